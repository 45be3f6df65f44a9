import os
import requests

# ruleid: secrets/slack-webhook-url
requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": message}, timeout=10)

# ok: secrets/slack-webhook-url
requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": message}, timeout=10)

# ok: secrets/slack-webhook-url
requests.post("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", json={"text": message}, timeout=10)
