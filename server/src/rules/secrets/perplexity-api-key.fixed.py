import os
from openai import OpenAI

# ruleid: secrets/perplexity-api-key
client = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")

# ok: secrets/perplexity-api-key
client = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")

# ok: secrets/perplexity-api-key
client = OpenAI(api_key="pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", base_url="https://api.perplexity.ai")
