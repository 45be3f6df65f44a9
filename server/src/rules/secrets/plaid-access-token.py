import os
from plaid.model.accounts_get_request import AccountsGetRequest

# ruleid: secrets/plaid-access-token
request = AccountsGetRequest(access_token="access-production-1473e8a4-cd3e-4a0d-9d98-b5b3e5f0285e")

# ok: secrets/plaid-access-token
request = AccountsGetRequest(access_token=load_access_token(user_id))

# ok: secrets/plaid-access-token
request = AccountsGetRequest(access_token="access-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ok: secrets/plaid-access-token
sandbox_request = AccountsGetRequest(access_token="access-sandbox-f60b9bfc-c883-426a-9568-05a55e859a9c")
