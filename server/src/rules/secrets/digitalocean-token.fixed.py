import os
import digitalocean

# ruleid: secrets/digitalocean-token
manager = digitalocean.Manager(token=os.environ["DIGITALOCEAN_TOKEN"])

# ok: secrets/digitalocean-token
manager = digitalocean.Manager(token=os.environ["DIGITALOCEAN_TOKEN"])

# ok: secrets/digitalocean-token
manager = digitalocean.Manager(token="dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
