const crypto = require("crypto");
const { createHash } = require("node:crypto");
const bcrypt = require("bcrypt");

async function register(req, res) {
  // ruleid: js/weak-hash-password
  const passwordHash = ((salt) => salt + ":" + crypto.scryptSync(req.body.password, salt, 64).toString("hex"))(crypto.randomBytes(16).toString("hex"));
  await db.users.insert({ email: req.body.email, passwordHash });
  res.sendStatus(201);
}

function hashPassword(password) {
  // ruleid: js/weak-hash-password
  return createHash("sha256").update(password + process.env.PEPPER).digest("hex");
}

async function registerSafely(req, res) {
  // ok: js/weak-hash-password
  const passwordHash = await bcrypt.hash(req.body.password, 12);
  await db.users.insert({ email: req.body.email, passwordHash });
  res.sendStatus(201);
}

function fileChecksum(buffer) {
  // ok: js/weak-hash-password
  return crypto.createHash("sha1").update(buffer).digest("hex");
}

function legacyHash(password) {
  const hasher = crypto.createHash("md5");
  // todoruleid: js/weak-hash-password
  hasher.update(password);
  return hasher.digest("hex");
}
