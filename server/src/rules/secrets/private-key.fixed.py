import os
from cryptography.hazmat.primitives import serialization

# ruleid: secrets/private-key
SIGNING_KEY = os.environ["SIGNING_KEY"]

# ruleid: secrets/private-key
JWT_PRIVATE_KEY = os.environ["JWT_PRIVATE_KEY"]

# ok: secrets/private-key
JWT_PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuzS0rNDc3XqL0wPsb4Jt\n-----END PUBLIC KEY-----\n"

# ok: secrets/private-key
with open(os.environ["JWT_PRIVATE_KEY_PATH"], "rb") as fh:
    private_key = serialization.load_pem_private_key(fh.read(), password=None)

# ok: secrets/private-key
PEM_MARKER = "-----BEGIN RSA PRIVATE KEY-----"

# ok: secrets/private-key
TEMPLATE = "-----BEGIN PRIVATE KEY-----\n<paste the key here>\n-----END PRIVATE KEY-----\n"

# ok: secrets/private-key
SAMPLE = "-----BEGIN OPENSSH PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END OPENSSH PRIVATE KEY-----\n"

# ok: secrets/private-key
SERVICE_ACCOUNT = {"type": "service_account", "project_id": "orbit-prod-4821", "private_key_id": "e3a9a2120ea0c4f9064e012b88d85da412252cc7", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDk2Lr0WJq8vN3y\nZPA6+mj5Zku2aQb3xsuBzl3E18vBO+p/MSC6pMVbuoYoBYGS+Xu5eI1zCVcTnQ1h\n-----END PRIVATE KEY-----\n", "client_email": "billing-sync@orbit-prod-4821.iam.gserviceaccount.com", "token_uri": "https://oauth2.googleapis.com/token"}
