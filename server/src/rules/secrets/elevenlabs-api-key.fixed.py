import os
from elevenlabs.client import ElevenLabs

# ruleid: secrets/elevenlabs-api-key
client = ElevenLabs(api_key=os.environ["ELEVENLABS_API_KEY"])

# ok: secrets/elevenlabs-api-key
client = ElevenLabs(api_key=os.getenv("ELEVENLABS_API_KEY"))

# ok: secrets/elevenlabs-api-key
client = ElevenLabs(api_key="sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
