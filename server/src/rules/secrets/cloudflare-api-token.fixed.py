import os
from cloudflare import Cloudflare

# ruleid: secrets/cloudflare-api-token
client = Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"])

# ok: secrets/cloudflare-api-token
client = Cloudflare(api_token=os.environ["CLOUDFLARE_API_TOKEN"])

# ok: secrets/cloudflare-api-token
client = Cloudflare(api_token="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
