import os
from pyairtable import Api

# ruleid: secrets/airtable-token
api = Api("patiCZhsuCuFWgSLd.ae264c0d9738d9d1abd84de6c89a8f0631d23c5d9b8cf8f80dcdf8dac8be1cc5")

# ok: secrets/airtable-token
api = Api(os.environ["AIRTABLE_API_KEY"])

# ok: secrets/airtable-token
api = Api("xxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
