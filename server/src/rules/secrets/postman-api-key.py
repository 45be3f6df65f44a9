import os
import requests

# ruleid: secrets/postman-api-key
resp = requests.get("https://api.getpostman.com/collections", headers={"X-Api-Key": "PMAK-cd72ce7becb6cf0301a9a706-93d2d11efad1274f38f6159560b47e9ecd"})

# ok: secrets/postman-api-key
resp = requests.get("https://api.getpostman.com/collections", headers={"X-Api-Key": os.environ["POSTMAN_API_KEY"]})

# ok: secrets/postman-api-key
resp = requests.get("https://api.getpostman.com/collections", headers={"X-Api-Key": "PMAK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
