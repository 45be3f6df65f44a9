const crypto = require("crypto");

function encrypt(text, password) {
  // ruleid: js/cipher-without-iv
  const cipher = crypto.createCipher("aes-256-cbc", password);
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function decrypt(data, password) {
  // ruleid: js/cipher-without-iv
  const decipher = crypto.createDecipher("aes-256-cbc", password);
  return decipher.update(data, "hex", "utf8") + decipher.final("utf8");
}

function encryptSafely(text, key) {
  const iv = crypto.randomBytes(12);
  // ok: js/cipher-without-iv
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function decryptSafely(data, key) {
  const raw = Buffer.from(data, "base64");
  // ok: js/cipher-without-iv
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
