import os
import digitalocean

# ruleid: secrets/digitalocean-token
manager = digitalocean.Manager(token="dop_v1_9a5ac44fb9c3de8505a8f3389ab6295d0377bfe2475dbf05213114d8efb0de80")

# ok: secrets/digitalocean-token
manager = digitalocean.Manager(token=os.environ["DIGITALOCEAN_TOKEN"])

# ok: secrets/digitalocean-token
manager = digitalocean.Manager(token="dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
