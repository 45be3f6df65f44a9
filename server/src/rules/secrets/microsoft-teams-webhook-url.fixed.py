import os
import requests

# ruleid: secrets/microsoft-teams-webhook-url
requests.post(os.environ["TEAMS_WEBHOOK_URL"], json=card, timeout=10)

# ok: secrets/microsoft-teams-webhook-url
requests.post(os.environ["TEAMS_WEBHOOK_URL"], json=card, timeout=10)

# ok: secrets/microsoft-teams-webhook-url
requests.post("xxxxx://xxxxxxx.xxxxxxx.xxxxxx.xxx/xxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", json=card, timeout=10)

# ruleid: secrets/microsoft-teams-webhook-url
requests.post(os.environ["TEAMS_WEBHOOK_URL"], json=card, timeout=10)
