import os
import requests

# ruleid: secrets/terraform-cloud-token
resp = requests.get("https://app.terraform.io/api/v2/organizations", headers={"Authorization": "Bearer " + os.environ["TF_TOKEN_app_terraform_io"]})

# ok: secrets/terraform-cloud-token
resp = requests.get("https://app.terraform.io/api/v2/organizations", headers={"Authorization": "Bearer " + os.environ["TF_TOKEN_app_terraform_io"]})
