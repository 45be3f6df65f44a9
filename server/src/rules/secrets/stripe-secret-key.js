import Stripe from "stripe";

// ruleid: secrets/stripe-secret-key
const stripe = new Stripe("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");

// ok: secrets/stripe-secret-key
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// ok: secrets/stripe-secret-key
const stripe = new Stripe("sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
