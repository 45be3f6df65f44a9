import os
import mailchimp_marketing as MailchimpMarketing

# ruleid: secrets/mailchimp-api-key
client.set_config({"api_key": os.environ["MAILCHIMP_API_KEY"], "server": "us21"})

# ok: secrets/mailchimp-api-key
client.set_config({"api_key": os.environ["MAILCHIMP_API_KEY"], "server": "us21"})

# ok: secrets/mailchimp-api-key
client.set_config({"api_key": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "server": "us21"})
