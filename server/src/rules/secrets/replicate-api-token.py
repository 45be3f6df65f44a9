import os
import replicate

# ruleid: secrets/replicate-api-token
client = replicate.Client(api_token="r8_ycpnY4mHPeFzgYZKlPRJ42QUfLVBxcfwi9BSM")

# ok: secrets/replicate-api-token
client = replicate.Client(api_token=os.environ["REPLICATE_API_TOKEN"])

# ok: secrets/replicate-api-token
client = replicate.Client(api_token="r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
