import os
import requests

# ruleid: secrets/discord-webhook-url
requests.post(os.environ["DISCORD_WEBHOOK_URL"], json={"content": summary}, timeout=10)

# ok: secrets/discord-webhook-url
requests.post(os.environ["DISCORD_WEBHOOK_URL"], json={"content": summary}, timeout=10)

# ok: secrets/discord-webhook-url
requests.post("xxxxx://xxxxxxx.xxx/xxx/xxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", json={"content": summary}, timeout=10)
