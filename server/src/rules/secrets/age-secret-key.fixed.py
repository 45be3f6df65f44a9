import os
import pyrage

# ruleid: secrets/age-secret-key
identity = pyrage.x25519.Identity.from_str(os.environ["SOPS_AGE_KEY"])

# ok: secrets/age-secret-key
identity = pyrage.x25519.Identity.from_str(os.environ["SOPS_AGE_KEY"])

# ok: secrets/age-secret-key
recipient = pyrage.x25519.Recipient.from_str("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")
