import os
from google import genai

# ruleid: secrets/google-api-key
client = genai.Client(api_key="AIzaWahVBO_pfBgFxFdzYgMsYRU2fmCtJfZWBdi")

# ok: secrets/google-api-key
client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])

# ok: secrets/google-api-key
client = genai.Client(api_key="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
