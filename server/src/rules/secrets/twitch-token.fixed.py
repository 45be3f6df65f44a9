import os
from twitchAPI.twitch import Twitch

# ruleid: secrets/twitch-token
twitch = await Twitch("hof5gwx0su6owfnys0yan9c87zr6t", os.environ["TWITCH_CLIENT_SECRET"])

# ok: secrets/twitch-token
twitch = await Twitch(os.environ["TWITCH_CLIENT_ID"], os.environ["TWITCH_CLIENT_SECRET"])

# ok: secrets/twitch-token
twitch = await Twitch("hof5gwx0su6owfnys0yan9c87zr6t", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
