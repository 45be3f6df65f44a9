import os
import requests

# ruleid: secrets/datadog-api-key
resp = requests.post("https://api.datadoghq.eu/api/v2/series", json=payload, headers={"DD-API-KEY": "e3407eb9463d723d58024ae4cae6884e"})

# ok: secrets/datadog-api-key
resp = requests.post("https://api.datadoghq.eu/api/v2/series", json=payload, headers={"DD-API-KEY": os.environ["DD_API_KEY"]})

# ok: secrets/datadog-api-key
resp = requests.post("https://api.datadoghq.eu/api/v2/series", json=payload, headers={"DD-API-KEY": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
