import os
import requests

# ruleid: secrets/doppler-token
resp = requests.get("https://api.doppler.com/v3/configs/config/secrets", auth=(os.environ["DOPPLER_TOKEN"], ""))

# ok: secrets/doppler-token
resp = requests.get("https://api.doppler.com/v3/configs/config/secrets", auth=(os.environ["DOPPLER_TOKEN"], ""))
