import os
from groq import Groq

# ruleid: secrets/groq-api-key
client = Groq(api_key=os.environ["GROQ_API_KEY"])

# ok: secrets/groq-api-key
client = Groq(api_key=os.environ.get("GROQ_API_KEY"))

# ok: secrets/groq-api-key
client = Groq(api_key="gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
