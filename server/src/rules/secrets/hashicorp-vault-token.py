import os
import hvac

# ruleid: secrets/hashicorp-vault-token
client = hvac.Client(url="https://vault.acme.internal:8200", token="hvs.CAESI4qnFymzZa1EexxPiNn-osok4tysJAxoS5GR-eRLDtqikrroC9IFUN3XdAO8VwLnN4-nGvxRizR6A8x469Hkpsx")

# ok: secrets/hashicorp-vault-token
client = hvac.Client(url="https://vault.acme.internal:8200", token=os.environ["VAULT_TOKEN"])

# ok: secrets/hashicorp-vault-token
client = hvac.Client(url="https://vault.acme.internal:8200", token="hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
