import os
from hubspot import HubSpot

# ruleid: secrets/hubspot-token
client = HubSpot(access_token=os.environ["HUBSPOT_ACCESS_TOKEN"])

# ok: secrets/hubspot-token
client = HubSpot(access_token=os.environ["HUBSPOT_ACCESS_TOKEN"])

# ok: secrets/hubspot-token
client = HubSpot(access_token="pat-na1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
