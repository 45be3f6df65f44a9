import os
from openai import OpenAI

# ruleid: secrets/openrouter-api-key
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="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")

# ok: secrets/openrouter-api-key
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])

# ok: secrets/openrouter-api-key
client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="sk-or-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
