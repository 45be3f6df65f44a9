import os
import wandb

# ruleid: secrets/wandb-api-key
wandb.login(key=os.environ["WANDB_API_KEY"])

# ok: secrets/wandb-api-key
wandb.login(key=os.environ["WANDB_API_KEY"])

# ok: secrets/wandb-api-key
wandb.login(key="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
