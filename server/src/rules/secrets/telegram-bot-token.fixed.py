import os
from telegram.ext import ApplicationBuilder

# ruleid: secrets/telegram-bot-token
app = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()

# ok: secrets/telegram-bot-token
app = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).build()

# ok: secrets/telegram-bot-token
app = ApplicationBuilder().token("xxxxxxxxxx:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").build()

# ruleid: secrets/telegram-bot-token
requests.post("https://api.telegram.org/bot8595923853:AAndiEVS1VRqPdUwsKqkRSVwBDgejHmNgCQ/sendMessage", json={"chat_id": chat_id, "text": text})
