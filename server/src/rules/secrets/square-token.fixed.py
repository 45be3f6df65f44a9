import os
from square.client import Client

# ruleid: secrets/square-token
client = Client(access_token=os.environ["SQUARE_ACCESS_TOKEN"], environment="production")

# ok: secrets/square-token
client = Client(access_token=os.environ["SQUARE_ACCESS_TOKEN"], environment="production")

# ok: secrets/square-token
client = Client(access_token="EAAAl-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", environment="production")
