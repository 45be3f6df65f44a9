import os
import stripe

# ruleid: secrets/stripe-secret-key
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

# ok: secrets/stripe-secret-key
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

# ok: secrets/stripe-secret-key
stripe.api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# ok: secrets/stripe-secret-key
stripe.api_key = "sk_test_51gHsh7SghhFKQcu36nVbXREi600k6lYDIdMHs72rMxMfKGuCrRjbszdnkIKlFwxGkb6TTtSYoEmgRT2CDXyspsEV6UFUoBWlwP"  # test mode: reported by no rule

# ruleid: secrets/stripe-secret-key
client = stripe.StripeClient(os.environ["STRIPE_SECRET_KEY"])
