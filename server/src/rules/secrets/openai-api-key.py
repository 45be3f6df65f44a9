import os
import openai
from openai import OpenAI

# ruleid: secrets/openai-api-key
client = OpenAI(api_key="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")

# ok: secrets/openai-api-key
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

# ok: secrets/openai-api-key
client = OpenAI(api_key="sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/openai-api-key
openai.api_key = "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"

# ok: secrets/openai-api-key
client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
