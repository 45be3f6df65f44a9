import os
from xai_sdk import Client

# ruleid: secrets/xai-api-key
client = Client(api_key=os.environ["XAI_API_KEY"])

# ok: secrets/xai-api-key
client = Client(api_key=os.getenv("XAI_API_KEY"))

# ok: secrets/xai-api-key
client = Client(api_key="xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
