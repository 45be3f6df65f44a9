import os

# ruleid: secrets/google-oauth-client-secret
GOOGLE_CLIENT_SECRET = "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"

# ok: secrets/google-oauth-client-secret
GOOGLE_CLIENT_SECRET = os.environ["GOOGLE_CLIENT_SECRET"]

# ok: secrets/google-oauth-client-secret
GOOGLE_CLIENT_SECRET = "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
