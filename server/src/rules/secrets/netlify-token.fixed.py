import os
import requests

# ruleid: secrets/netlify-token
resp = requests.get("https://api.netlify.com/api/v1/sites", headers={"Authorization": "Bearer " + os.environ["NETLIFY_AUTH_TOKEN"]})

# ok: secrets/netlify-token
resp = requests.get("https://api.netlify.com/api/v1/sites", headers={"Authorization": "Bearer " + os.environ["NETLIFY_AUTH_TOKEN"]})

# ok: secrets/netlify-token
resp = requests.get("https://api.netlify.com/api/v1/sites", headers={"Authorization": "Bearer nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})

# ruleid: secrets/netlify-token
auth_header = ("Bearer " + os.environ["NETLIFY_AUTH_TOKEN"]).encode("ascii")
