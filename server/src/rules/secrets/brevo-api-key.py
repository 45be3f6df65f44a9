import os
import brevo_python

# ruleid: secrets/brevo-api-key
configuration.api_key["api-key"] = "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"

# ok: secrets/brevo-api-key
configuration.api_key["api-key"] = os.environ["BREVO_API_KEY"]

# ok: secrets/brevo-api-key
configuration.api_key["api-key"] = "xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
