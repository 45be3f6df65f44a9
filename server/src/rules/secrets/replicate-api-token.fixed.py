import os
import replicate

# ruleid: secrets/replicate-api-token
client = replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"])

# ok: secrets/replicate-api-token
client = replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"])

# ok: secrets/replicate-api-token
client = replicate.Client(api_token="r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
