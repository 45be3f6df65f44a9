import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const ALGORITHM = "aes-128-ecb";

export function encryptCard(number, key) {
  // ruleid: js/cipher-ecb-mode
  const cipher = createCipheriv(ALGORITHM, key, null);
  return Buffer.concat([cipher.update(number, "utf8"), cipher.final()]).toString("hex");
}

export function decryptCard(hex, key) {
  // ruleid: js/cipher-ecb-mode
  const decipher = createDecipheriv("aes-256-ecb", key, null);
  return Buffer.concat([decipher.update(hex, "hex"), decipher.final()]).toString("utf8");
}

export function encryptCardSafely(number, key) {
  const iv = randomBytes(12);
  // ok: js/cipher-ecb-mode
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  return { iv, data: Buffer.concat([cipher.update(number, "utf8"), cipher.final()]), tag: cipher.getAuthTag() };
}

export function decryptCbc(data, key, iv) {
  // ok: js/cipher-ecb-mode
  return createDecipheriv("aes-256-cbc", key, iv);
}
