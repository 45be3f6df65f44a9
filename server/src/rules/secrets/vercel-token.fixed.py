import os
import requests

# ruleid: secrets/vercel-token
resp = requests.get("https://api.vercel.com/v9/projects", headers={"Authorization": "Bearer " + os.environ["VERCEL_TOKEN"]})

# ok: secrets/vercel-token
resp = requests.get("https://api.vercel.com/v9/projects", headers={"Authorization": f"Bearer {os.environ['VERCEL_TOKEN']}"})

# ok: secrets/vercel-token
resp = requests.get("https://api.vercel.com/v9/projects", headers={"Authorization": "Bearer xxxxxxxxxxxxxxxxxxxxxxxx"})
