import os
import requests

# ruleid: secrets/buildkite-token
BUILDKITE_TOKEN = "bkua_5a4fd12aabfe228f219e9cb0eb53f16947ccf25e"

# ruleid: secrets/buildkite-token
resp = requests.get("https://api.buildkite.com/v2/organizations/acme/pipelines", headers={"Authorization": "Bearer bkua_c84d8dbc74254770f58904dba41ecccc3fc1626e"})

# ok: secrets/buildkite-token
resp = requests.get("https://api.buildkite.com/v2/organizations/acme/pipelines", headers={"Authorization": "Bearer " + os.environ["BUILDKITE_API_TOKEN"]})
