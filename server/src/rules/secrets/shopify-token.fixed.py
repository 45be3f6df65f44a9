import os
import shopify

# ruleid: secrets/shopify-token
session = shopify.Session("acme-outdoor.myshopify.com", "2024-10", os.environ["SHOPIFY_ACCESS_TOKEN"])

# ok: secrets/shopify-token
session = shopify.Session("acme-outdoor.myshopify.com", "2024-10", os.environ["SHOPIFY_ACCESS_TOKEN"])

# ok: secrets/shopify-token
session = shopify.Session("acme-outdoor.myshopify.com", "2024-10", "shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ruleid: secrets/shopify-token
shopify.Session.setup(api_key="7f3c9a2b", secret=os.environ["SHOPIFY_ACCESS_TOKEN"])
