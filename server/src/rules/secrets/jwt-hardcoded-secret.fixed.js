const jwt = require("jsonwebtoken");

const JWT_SECRET = "supersecretkey123";

function login(user) {
  // ruleid: secrets/jwt-hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "1h" });
}

function authenticate(req) {
  // ruleid: secrets/jwt-hardcoded-secret
  return jwt.verify(req.headers.authorization.slice(7), JWT_SECRET);
}

function loginSafely(user) {
  // ok: secrets/jwt-hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "1h" });
}

function authenticateSafely(req, keys) {
  // ok: secrets/jwt-hardcoded-secret
  return jwt.verify(req.headers.authorization.slice(7), keys.current, { algorithms: ["HS256"] });
}
