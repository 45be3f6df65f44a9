import os
from twilio.rest import Client

# ruleid: secrets/twilio-auth-token
client = Client("AC40843d6d6d43c67d96ddb7368973529a", os.environ["TWILIO_AUTH_TOKEN"])

# ok: secrets/twilio-auth-token
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])

# ok: secrets/twilio-auth-token
client = Client("AC0d5e8f64f31ff2293f7f3b7307502a40", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
