import os
import stripe

# ruleid: secrets/stripe-secret-key
stripe.api_key = "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"

# ok: secrets/stripe-secret-key
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]

# ok: secrets/stripe-secret-key
stripe.api_key = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# ok: secrets/stripe-secret-key
stripe.api_key = "sk_test_51gHsh7SghhFKQcu36nVbXREi600k6lYDIdMHs72rMxMfKGuCrRjbszdnkIKlFwxGkb6TTtSYoEmgRT2CDXyspsEV6UFUoBWlwP"  # test mode: reported by no rule

# ruleid: secrets/stripe-secret-key
client = stripe.StripeClient("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")
