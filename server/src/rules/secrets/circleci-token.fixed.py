import os
import requests

# ruleid: secrets/circleci-token
resp = requests.get("https://circleci.com/api/v2/me", headers={"Circle-Token": os.environ["CIRCLE_TOKEN"]})

# ok: secrets/circleci-token
resp = requests.get("https://circleci.com/api/v2/me", headers={"Circle-Token": os.environ["CIRCLE_TOKEN"]})
