import os
import requests

# ruleid: secrets/okta-api-token
resp = requests.get("https://acme.okta.com/api/v1/users", headers={"Authorization": "SSWS " + os.environ["OKTA_API_TOKEN"]})

# ok: secrets/okta-api-token
resp = requests.get("https://acme.okta.com/api/v1/users", headers={"Authorization": f"SSWS {os.environ['OKTA_API_TOKEN']}"})

# ok: secrets/okta-api-token
resp = requests.get("https://acme.okta.com/api/v1/users", headers={"Authorization": "SSWS xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
