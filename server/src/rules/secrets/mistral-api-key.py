import os
from mistralai import Mistral

# ruleid: secrets/mistral-api-key
client = Mistral(api_key="bBaKa5Z0ntid9sS6LQ58zXh682PtXw3u")

# ok: secrets/mistral-api-key
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# ok: secrets/mistral-api-key
client = Mistral(api_key="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ok: secrets/mistral-api-key
MISTRAL_MODEL_SHA = "9b2e4c61f03d8a7e5b1c9f0a2d4e6b83"
