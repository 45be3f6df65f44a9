import os
from xai_sdk import Client

# ruleid: secrets/xai-api-key
client = Client(api_key="xai-vULTrMUZeRw2Slnzc2SNbpsGGZBQxTThJ3mpYJPQHkMV0SPnQslNJG4Hg6E9OXo66iItFJXXUTJ3NDhF")

# ok: secrets/xai-api-key
client = Client(api_key=os.getenv("XAI_API_KEY"))

# ok: secrets/xai-api-key
client = Client(api_key="xai-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
