import json
import os
from google.oauth2 import service_account

# ruleid: secrets/gcp-service-account-key
credentials = service_account.Credentials.from_service_account_info({"type": "service_account", "project_id": "orbit-prod-4821", "private_key_id": "e3a9a2120ea0c4f9064e012b88d85da412252cc7", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDk2Lr0WJq8vN3y\nZPA6+mj5Zku2aQb3xsuBzl3E18vBO+p/MSC6pMVbuoYoBYGS+Xu5eI1zCVcTnQ1h\n-----END PRIVATE KEY-----\n", "client_email": "billing-sync@orbit-prod-4821.iam.gserviceaccount.com", "client_id": "104937126648219375521", "token_uri": "https://oauth2.googleapis.com/token"})

# ok: secrets/gcp-service-account-key
credentials = service_account.Credentials.from_service_account_file(os.environ["GOOGLE_APPLICATION_CREDENTIALS"])

# ok: secrets/gcp-service-account-key
credentials = service_account.Credentials.from_service_account_info(json.loads(os.environ["GCP_SA_JSON"]))

# ok: secrets/gcp-service-account-key
TEMPLATE = {"type": "service_account", "project_id": "<project>", "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}
