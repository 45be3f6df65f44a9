import Stripe from "stripe";

// ruleid: secrets/stripe-secret-key
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// ok: secrets/stripe-secret-key
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// ok: secrets/stripe-secret-key
const stripe = new Stripe("sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
