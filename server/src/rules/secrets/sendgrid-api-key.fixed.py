import os
from sendgrid import SendGridAPIClient

# ruleid: secrets/sendgrid-api-key
sg = SendGridAPIClient(os.environ["SENDGRID_API_KEY"])

# ok: secrets/sendgrid-api-key
sg = SendGridAPIClient(os.environ["SENDGRID_API_KEY"])

# ok: secrets/sendgrid-api-key
sg = SendGridAPIClient("SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
