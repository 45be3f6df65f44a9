const crypto = require("crypto");

const SECRET_KEY = process.env.SECRET_KEY;

function encrypt(text) {
  const iv = crypto.randomBytes(16);
  // ruleid: js/hardcoded-cipher-key
  const cipher = crypto.createCipheriv("aes-256-cbc", SECRET_KEY, iv);
  return iv.toString("hex") + cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function signWebhook(body) {
  // ruleid: js/hardcoded-cipher-key
  return crypto.createHmac("sha256", Buffer.from(process.env.HMAC_KEY)).update(body).digest("hex");
}

const KEY = Buffer.from(process.env.ENCRYPTION_KEY, "base64");

function encryptSafely(text) {
  const iv = crypto.randomBytes(16);
  // ok: js/hardcoded-cipher-key
  const cipher = crypto.createCipheriv("aes-256-cbc", KEY, iv);
  return iv.toString("hex") + cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function signWebhookSafely(body, secret) {
  // ok: js/hardcoded-cipher-key
  return crypto.createHmac("sha256", secret).update(body).digest("hex");
}
