const crypto = require("crypto");

const KEY = Buffer.from(process.env.DATA_KEY, "hex");
const IV = Buffer.from("a1b2c3d4e5f60718", "utf8");

function encryptEmail(email) {
  // ruleid: js/static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", KEY, IV);
  return cipher.update(email, "utf8", "hex") + cipher.final("hex");
}

function encryptNote(note) {
  // ruleid: js/static-iv
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, Buffer.alloc(12, 0));
  return Buffer.concat([cipher.update(note, "utf8"), cipher.final()]);
}

function encryptEmailSafely(email) {
  const iv = crypto.randomBytes(16);
  // ok: js/static-iv
  const cipher = crypto.createCipheriv("aes-256-cbc", KEY, iv);
  return iv.toString("hex") + ":" + cipher.update(email, "utf8", "hex") + cipher.final("hex");
}

function encryptWithNonce(note, nonce) {
  // ok: js/static-iv
  return crypto.createCipheriv("aes-256-gcm", KEY, nonce).update(note);
}
