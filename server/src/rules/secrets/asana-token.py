import os
import asana

# ruleid: secrets/asana-token
configuration.access_token = "2/5273711136146240/7916170310599144:98e016e5a19e5ba530c64140e95bb595"

# ok: secrets/asana-token
configuration.access_token = os.environ["ASANA_ACCESS_TOKEN"]

# ok: secrets/asana-token
configuration.access_token = "x/xxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
