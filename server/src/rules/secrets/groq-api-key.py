import os
from groq import Groq

# ruleid: secrets/groq-api-key
client = Groq(api_key="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")

# ok: secrets/groq-api-key
client = Groq(api_key=os.environ.get("GROQ_API_KEY"))

# ok: secrets/groq-api-key
client = Groq(api_key="gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
