import os
import hvac

# ruleid: secrets/hashicorp-vault-token
client = hvac.Client(url="https://vault.acme.internal:8200", token=os.environ["VAULT_TOKEN"])

# ok: secrets/hashicorp-vault-token
client = hvac.Client(url="https://vault.acme.internal:8200", token=os.environ["VAULT_TOKEN"])

# ok: secrets/hashicorp-vault-token
client = hvac.Client(url="https://vault.acme.internal:8200", token="hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
