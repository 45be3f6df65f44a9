const crypto = require("crypto");

function createSigningKeys() {
  // ruleid: js/rsa-short-key
  return crypto.generateKeyPairSync("rsa", { modulusLength: 3072, publicKeyEncoding: { type: "spki", format: "pem" } });
}

async function createBrowserKey() {
  return window.crypto.subtle.generateKey(
    // ruleid: js/rsa-short-key
    { name: "RSA-OAEP", modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["encrypt", "decrypt"],
  );
}

function createSigningKeysSafely() {
  // ok: js/rsa-short-key
  return crypto.generateKeyPairSync("rsa", { modulusLength: 3072, publicKeyEncoding: { type: "spki", format: "pem" } });
}

function createEdKeys() {
  // ok: js/rsa-short-key
  return crypto.generateKeyPairSync("ed25519");
}

const layout = { modulusLength: 512 };
