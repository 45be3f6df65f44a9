import os
import asana

# ruleid: secrets/asana-token
configuration.access_token = os.environ["ASANA_ACCESS_TOKEN"]

# ok: secrets/asana-token
configuration.access_token = os.environ["ASANA_ACCESS_TOKEN"]

# ok: secrets/asana-token
configuration.access_token = "x/xxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
