import os
from sendgrid import SendGridAPIClient

# ruleid: secrets/sendgrid-api-key
sg = SendGridAPIClient("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")

# ok: secrets/sendgrid-api-key
sg = SendGridAPIClient(os.environ["SENDGRID_API_KEY"])

# ok: secrets/sendgrid-api-key
sg = SendGridAPIClient("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
