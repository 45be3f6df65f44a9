import os
import cohere

# ruleid: secrets/cohere-api-key
co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])

# ok: secrets/cohere-api-key
co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])

# ok: secrets/cohere-api-key
co = cohere.ClientV2(api_key="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ok: secrets/cohere-api-key
COHERE_SDK_COMMIT = "3f9c2a71d0b84e6f95a1c7d2e8b04f6a9c3d5e17"
