import os
from elevenlabs.client import ElevenLabs

# ruleid: secrets/elevenlabs-api-key
client = ElevenLabs(api_key="sk_82e108c4ac4985c84384886e17017ffa9616ae03d7b7643d")

# ok: secrets/elevenlabs-api-key
client = ElevenLabs(api_key=os.getenv("ELEVENLABS_API_KEY"))

# ok: secrets/elevenlabs-api-key
client = ElevenLabs(api_key="sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
