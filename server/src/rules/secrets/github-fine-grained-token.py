import os
import requests

# ruleid: secrets/github-fine-grained-token
resp = requests.get("https://api.github.com/user/repos", headers={"Authorization": "Bearer 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"})

# ok: secrets/github-fine-grained-token
resp = requests.get("https://api.github.com/user/repos", headers={"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}"})

# ok: secrets/github-fine-grained-token
resp = requests.get("https://api.github.com/user/repos", headers={"Authorization": "Bearer github_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
