import os
from openai import OpenAI

# ruleid: secrets/openrouter-api-key
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])

# ok: secrets/openrouter-api-key
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])

# ok: secrets/openrouter-api-key
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="sk-or-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
