import os
import requests

# ruleid: secrets/slack-webhook-url
requests.post("https://hooks.slack.com/services/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", json={"text": message}, timeout=10)

# ok: secrets/slack-webhook-url
requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": message}, timeout=10)

# ok: secrets/slack-webhook-url
requests.post("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", json={"text": message}, timeout=10)
