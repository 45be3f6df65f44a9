import os
import requests

# ruleid: secrets/terraform-cloud-token
resp = requests.get("https://app.terraform.io/api/v2/organizations", headers={"Authorization": "Bearer bUGJmGEp7CgQ0P.atlasv1.BQFI14zGtSnovm14TUOizwd1iaeOV4qBkdfQ1y3GQsMpSscDlkrCaqx9vJupc94tnw"})

# ok: secrets/terraform-cloud-token
resp = requests.get("https://app.terraform.io/api/v2/organizations", headers={"Authorization": "Bearer " + os.environ["TF_TOKEN_app_terraform_io"]})
