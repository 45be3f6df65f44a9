import os
import requests

# ruleid: secrets/new-relic-key
resp = requests.post("https://api.newrelic.com/graphql", json={"query": query}, headers={"API-Key": os.environ["NEW_RELIC_API_KEY"]})

# ok: secrets/new-relic-key
resp = requests.post("https://api.newrelic.com/graphql", json={"query": query}, headers={"API-Key": os.environ["NEW_RELIC_API_KEY"]})

# ok: secrets/new-relic-key
resp = requests.post("https://api.newrelic.com/graphql", json={"query": query}, headers={"API-Key": "NRAK-xxxxxxxxxxxxxxxxxxxxxxxxxxx"})
