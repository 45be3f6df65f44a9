import os
from pyairtable import Api

# ruleid: secrets/airtable-token
api = Api(os.environ["AIRTABLE_API_KEY"])

# ok: secrets/airtable-token
api = Api(os.environ["AIRTABLE_API_KEY"])

# ok: secrets/airtable-token
api = Api("xxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
