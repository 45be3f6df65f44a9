import os
import requests

# ruleid: secrets/figma-token
resp = requests.get("https://api.figma.com/v1/files/Qx8tLmN2pR", headers={"X-Figma-Token": "figd_qESZBPYJXBo625RYXDaIMxVyp3YS3QxIxQYIK6a1"})

# ok: secrets/figma-token
resp = requests.get("https://api.figma.com/v1/files/Qx8tLmN2pR", headers={"X-Figma-Token": os.environ["FIGMA_TOKEN"]})

# ok: secrets/figma-token
resp = requests.get("https://api.figma.com/v1/files/Qx8tLmN2pR", headers={"X-Figma-Token": "figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
