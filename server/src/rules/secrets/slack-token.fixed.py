import os
from slack_sdk import WebClient

# ruleid: secrets/slack-token
client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])

# ok: secrets/slack-token
client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])

# ok: secrets/slack-token
client = WebClient(token="xoxb-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/slack-token
user_client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])

# ok: secrets/slack-token
client = WebClient(token="xoxb-your-bot-token")
