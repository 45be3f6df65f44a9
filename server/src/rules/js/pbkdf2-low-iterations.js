const crypto = require("crypto");

const ITERATIONS = 1000;

function hashPassword(password, salt) {
  // ruleid: js/pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, ITERATIONS, 64, "sha512").toString("hex");
}

function deriveKey(passphrase, salt, callback) {
  // ruleid: js/pbkdf2-low-iterations
  crypto.pbkdf2(passphrase, salt, 10_000, 32, "sha256", callback);
}

function legacyHash(password, salt) {
  // ruleid: js/pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, 5000, 64, "sha512");
}

function hashPasswordSafely(password, salt) {
  // ok: js/pbkdf2-low-iterations
  return crypto.pbkdf2Sync(password, salt, 600_000, 32, "sha256").toString("hex");
}

function deriveKeyWithConfig(passphrase, salt, rounds, callback) {
  // ok: js/pbkdf2-low-iterations
  crypto.pbkdf2(passphrase, salt, rounds, 32, "sha256", callback);
}
