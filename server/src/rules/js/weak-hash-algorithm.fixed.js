import crypto from "node:crypto";

export function signPayload(payload, secret) {
  // ruleid: js/weak-hash-algorithm
  return crypto.createHmac("sha256", secret).update(payload).digest("hex");
}

export function etag(body) {
  // ruleid: js/weak-hash-algorithm
  return crypto.createHash("sha256").update(body).digest("base64");
}

export function signPayloadSafely(payload, secret) {
  // ok: js/weak-hash-algorithm
  return crypto.createHmac("sha256", secret).update(payload).digest("hex");
}

export function contentHash(body) {
  // ok: js/weak-hash-algorithm
  return crypto.createHash("sha256").update(body).digest("hex");
}
