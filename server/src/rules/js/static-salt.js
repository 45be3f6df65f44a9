import crypto from "node:crypto";

const SALT = "my-app-salt";

export function hashPassword(password) {
  // ruleid: js/static-salt
  return crypto.scryptSync(password, SALT, 64).toString("hex");
}

export function deriveKey(passphrase, callback) {
  // ruleid: js/static-salt
  crypto.pbkdf2(passphrase, Buffer.from("fixed-salt"), 600000, 32, "sha256", callback);
}

export function hashPasswordSafely(password) {
  const salt = crypto.randomBytes(16);
  // ok: js/static-salt
  const hash = crypto.scryptSync(password, salt, 64);
  return `${salt.toString("hex")}:${hash.toString("hex")}`;
}

export function verify(password, stored) {
  const [saltHex] = stored.split(":");
  // ok: js/static-salt
  return crypto.scryptSync(password, Buffer.from(saltHex, "hex"), 64);
}
