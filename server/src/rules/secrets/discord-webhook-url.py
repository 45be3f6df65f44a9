import os
import requests

# ruleid: secrets/discord-webhook-url
requests.post("https://discord.com/api/webhooks/3095179961581005917/NDQjQuFMTHWPxUgSNbtMJ_eq17HIH7o8Be48Ie9v-tdjQLh3hag5YKeXMvU5umZxZkWb", json={"content": summary}, timeout=10)

# ok: secrets/discord-webhook-url
requests.post(os.environ["DISCORD_WEBHOOK_URL"], json={"content": summary}, timeout=10)

# ok: secrets/discord-webhook-url
requests.post("xxxxx://xxxxxxx.xxx/xxx/xxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", json={"content": summary}, timeout=10)
