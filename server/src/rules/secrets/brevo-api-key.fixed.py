import os
import brevo_python

# ruleid: secrets/brevo-api-key
configuration.api_key["api-key"] = os.environ["BREVO_API_KEY"]

# ok: secrets/brevo-api-key
configuration.api_key["api-key"] = os.environ["BREVO_API_KEY"]

# ok: secrets/brevo-api-key
configuration.api_key["api-key"] = "xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
