import os
import requests

# ruleid: secrets/buildkite-token
BUILDKITE_TOKEN = os.environ["BUILDKITE_API_TOKEN"]

# ruleid: secrets/buildkite-token
resp = requests.get("https://api.buildkite.com/v2/organizations/acme/pipelines", headers={"Authorization": "Bearer " + os.environ["BUILDKITE_API_TOKEN"]})

# ok: secrets/buildkite-token
resp = requests.get("https://api.buildkite.com/v2/organizations/acme/pipelines", headers={"Authorization": "Bearer " + os.environ["BUILDKITE_API_TOKEN"]})
