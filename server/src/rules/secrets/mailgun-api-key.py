import os
import requests

# ruleid: secrets/mailgun-api-key
requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "key-93faf8380d9e6239b3360954403a6e4b"), data=message)

# ok: secrets/mailgun-api-key
requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", os.environ["MAILGUN_API_KEY"]), data=message)

# ok: secrets/mailgun-api-key
requests.post("https://api.mailgun.net/v3/mg.acme.io/messages", auth=("api", "key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), data=message)
