import os
from slack_sdk import WebClient

# ruleid: secrets/slack-token
client = WebClient(token="xoxb-646205255693-7324879670238-qiwdJGSboAkjB7P5cVEYppTT")

# ok: secrets/slack-token
client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])

# ok: secrets/slack-token
client = WebClient(token="xoxb-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/slack-token
user_client = WebClient(token="xoxp-204214340632-241639126686-5622426687198-76ccb1c51b13a7a1ccd9778673f49e91")

# ok: secrets/slack-token
client = WebClient(token="xoxb-your-bot-token")
