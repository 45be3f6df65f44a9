import os
import wandb

# ruleid: secrets/wandb-api-key
wandb.login(key="c58c77a670395a4d9fc413f3ec730dfd6b39dd0e")

# ok: secrets/wandb-api-key
wandb.login(key=os.environ["WANDB_API_KEY"])

# ok: secrets/wandb-api-key
wandb.login(key="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
