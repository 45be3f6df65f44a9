import os
import requests

# ruleid: secrets/github-fine-grained-token
resp = requests.get("https://api.github.com/user/repos", headers={"Authorization": "Bearer " + os.environ["GITHUB_TOKEN"]})

# ok: secrets/github-fine-grained-token
resp = requests.get("https://api.github.com/user/repos", headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}"})

# ok: secrets/github-fine-grained-token
resp = requests.get("https://api.github.com/user/repos", headers={"Authorization": "Bearer github_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
