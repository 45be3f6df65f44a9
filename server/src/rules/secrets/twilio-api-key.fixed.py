import os
from twilio.rest import Client

# ruleid: secrets/twilio-api-key
client = Client(os.environ["TWILIO_API_KEY"], os.environ["TWILIO_API_SECRET"], os.environ["TWILIO_ACCOUNT_SID"])

# ok: secrets/twilio-api-key
client = Client(os.environ["TWILIO_API_KEY"], os.environ["TWILIO_API_SECRET"], os.environ["TWILIO_ACCOUNT_SID"])

# ok: secrets/twilio-api-key
client = Client("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", os.environ["TWILIO_API_SECRET"], os.environ["TWILIO_ACCOUNT_SID"])
