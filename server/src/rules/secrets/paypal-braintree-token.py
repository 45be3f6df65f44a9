import os
import braintree

# ruleid: secrets/paypal-braintree-token
gateway = braintree.BraintreeGateway(access_token="access_token$production$g1cw1bn52up5cae3$d512f20164605b1c3385554c7618c1ed")

# ok: secrets/paypal-braintree-token
gateway = braintree.BraintreeGateway(access_token=os.environ["BRAINTREE_ACCESS_TOKEN"])

# ok: secrets/paypal-braintree-token
gateway = braintree.BraintreeGateway(access_token="access_xxxxx$xxxxxxxxxx$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ok: secrets/paypal-braintree-token
sandbox_gateway = braintree.BraintreeGateway(access_token="access_token$sandbox$ht3973scw0intl18$b72d453fe7844c6d089503883a0b7b35")
