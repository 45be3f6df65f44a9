import os
import requests

# ruleid: secrets/postman-api-key
resp = requests.get("https://api.getpostman.com/collections", headers={"X-Api-Key": os.environ["POSTMAN_API_KEY"]})

# ok: secrets/postman-api-key
resp = requests.get("https://api.getpostman.com/collections", headers={"X-Api-Key": os.environ["POSTMAN_API_KEY"]})

# ok: secrets/postman-api-key
resp = requests.get("https://api.getpostman.com/collections", headers={"X-Api-Key": "PMAK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
