import os
from hubspot import HubSpot

# ruleid: secrets/hubspot-token
client = HubSpot(access_token="pat-na1-d0e550e4-b4a6-4ca4-a956-0a06f1e06c41")

# ok: secrets/hubspot-token
client = HubSpot(access_token=os.environ["HUBSPOT_ACCESS_TOKEN"])

# ok: secrets/hubspot-token
client = HubSpot(access_token="pat-na1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
