import os
import discord

# ruleid: secrets/discord-bot-token
client.run(os.environ["DISCORD_TOKEN"])

# ok: secrets/discord-bot-token
client.run(os.environ["DISCORD_TOKEN"])

# ok: secrets/discord-bot-token
client.run("xxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
