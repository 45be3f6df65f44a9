import os
import requests

# ruleid: secrets/vercel-token
resp = requests.get("https://api.vercel.com/v9/projects", headers={"Authorization": "Bearer aDkT31vJ1E90U8HsNzPMIzWu"})

# ok: secrets/vercel-token
resp = requests.get("https://api.vercel.com/v9/projects", headers={"Authorization": f"Bearer {os.environ['VERCEL_TOKEN']}"})

# ok: secrets/vercel-token
resp = requests.get("https://api.vercel.com/v9/projects", headers={"Authorization": "Bearer xxxxxxxxxxxxxxxxxxxxxxxx"})
