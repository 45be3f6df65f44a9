import os
import openai
from openai import OpenAI

# ruleid: secrets/openai-api-key
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

# ok: secrets/openai-api-key
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])

# ok: secrets/openai-api-key
client = OpenAI(api_key="sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/openai-api-key
openai.api_key = os.environ["OPENAI_API_KEY"]

# ok: secrets/openai-api-key
client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
