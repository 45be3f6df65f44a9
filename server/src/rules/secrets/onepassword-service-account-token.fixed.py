import os
from onepassword.client import Client

# ruleid: secrets/onepassword-service-account-token
client = await Client.authenticate(auth=os.environ["OP_SERVICE_ACCOUNT_TOKEN"], integration_name="billing-sync", integration_version="1.0.0")

# ok: secrets/onepassword-service-account-token
client = await Client.authenticate(auth=os.environ["OP_SERVICE_ACCOUNT_TOKEN"], integration_name="billing-sync", integration_version="1.0.0")

# ok: secrets/onepassword-service-account-token
client = await Client.authenticate(auth="ops_eyJ...", integration_name="billing-sync", integration_version="1.0.0")
