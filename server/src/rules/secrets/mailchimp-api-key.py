import os
import mailchimp_marketing as MailchimpMarketing

# ruleid: secrets/mailchimp-api-key
client.set_config({"api_key": "d28f6b0951847c2c8c039c95d3003516-us22", "server": "us21"})

# ok: secrets/mailchimp-api-key
client.set_config({"api_key": os.environ["MAILCHIMP_API_KEY"], "server": "us21"})

# ok: secrets/mailchimp-api-key
client.set_config({"api_key": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "server": "us21"})
