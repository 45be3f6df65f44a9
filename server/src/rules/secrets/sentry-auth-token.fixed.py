import os
import requests
import sentry_sdk

# ruleid: secrets/sentry-auth-token
sentry_sdk.init(dsn="https://f9f3ca9df158d9f8000e85ada90a0ba1:fb2c365375acb450fa471418304bb446@o508761.ingest.sentry.io/1945412", traces_sample_rate=0.2)

# ok: secrets/sentry-auth-token
sentry_sdk.init(dsn="https://e927a1c5c6f10f991663c508588fe940@o384662.ingest.us.sentry.io/5149061", traces_sample_rate=0.2)

# ok: secrets/sentry-auth-token
sentry_sdk.init(dsn="sntrys_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", traces_sample_rate=0.2)

# ruleid: secrets/sentry-auth-token
resp = requests.get("https://sentry.io/api/0/projects/", headers={"Authorization": "Bearer " + os.environ["SENTRY_AUTH_TOKEN"]})

# ok: secrets/sentry-auth-token
resp = requests.get("https://sentry.io/api/0/projects/", headers={"Authorization": "Bearer " + os.environ["SENTRY_AUTH_TOKEN"]})
