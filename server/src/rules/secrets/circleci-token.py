import os
import requests

# ruleid: secrets/circleci-token
resp = requests.get("https://circleci.com/api/v2/me", headers={"Circle-Token": "CCIPAT_khvMdgaKjIg8xNbe3nNyjO_8bbf33feff9243a8f506b40928b5b7a767c76fb0"})

# ok: secrets/circleci-token
resp = requests.get("https://circleci.com/api/v2/me", headers={"Circle-Token": os.environ["CIRCLE_TOKEN"]})
