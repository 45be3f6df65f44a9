const crypto = require("crypto");

function encryptToken(token, key, iv) {
  // ruleid: js/weak-cipher-algorithm
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, iv);
  return cipher.update(token, "utf8", "base64") + cipher.final("base64");
}

function scramble(data, key) {
  // ruleid: js/weak-cipher-algorithm
  const cipher = crypto.createCipheriv("rc4", key, "");
  return cipher.update(data);
}

function encryptTokenSafely(token, key) {
  const iv = crypto.randomBytes(12);
  // ok: js/weak-cipher-algorithm
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  return { iv, data: cipher.update(token, "utf8", "base64") + cipher.final("base64"), tag: cipher.getAuthTag() };
}

function stream(data, key, nonce) {
  // ok: js/weak-cipher-algorithm
  return crypto.createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 }).update(data);
}
