import os
import discord

# ruleid: secrets/discord-bot-token
client.run("NzYxNDYwMDQ0NTYzNDg5MTQ2OQ.pj0Ka1.BuCagjYrJvYglHkFj1RXxXdA9dXy8AwClA5QWp")

# ok: secrets/discord-bot-token
client.run(os.environ["DISCORD_TOKEN"])

# ok: secrets/discord-bot-token
client.run("xxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
