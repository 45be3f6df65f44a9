const jwt = require("jsonwebtoken");

const JWT_SECRET = process.env.JWT_SECRET;

function login(user) {
  // ruleid: js/jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: "1h" });
}

function authenticate(req, res, next) {
  // ruleid: js/jwt-hardcoded-secret
  req.user = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET, { algorithms: ["HS256"] });
  next();
}

function loginSafely(user) {
  // ok: js/jwt-hardcoded-secret
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
}

function authenticateSafely(req, res, next, publicKey) {
  // ok: js/jwt-hardcoded-secret
  req.user = jwt.verify(req.headers.authorization.slice(7), publicKey, { algorithms: ["RS256"] });
  next();
}
