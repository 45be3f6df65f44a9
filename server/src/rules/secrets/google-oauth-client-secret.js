import { OAuth2Client } from "google-auth-library";

// ruleid: secrets/google-oauth-client-secret
const oauth = new OAuth2Client("81723-web.apps.googleusercontent.com", "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", "https://app.acme.io/callback");

// ok: secrets/google-oauth-client-secret
const oauth = new OAuth2Client(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET, "https://app.acme.io/callback");

// ok: secrets/google-oauth-client-secret
const oauth = new OAuth2Client("81723-web.apps.googleusercontent.com", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "https://app.acme.io/callback");
