const jwt = require("jsonwebtoken");

function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  // ruleid: js/jwt-none-algorithm
  req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  next();
}

function issueDebugToken(user) {
  // ruleid: js/jwt-none-algorithm
  return jwt.sign({ sub: user.id }, "", { algorithm: "none" });
}

function authenticateSafely(req, res, next) {
  const token = req.headers.authorization?.split(" ")[1];
  // ok: js/jwt-none-algorithm
  req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  next();
}

function issueToken(user) {
  // ok: js/jwt-none-algorithm
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: "HS256", expiresIn: "15m" });
}
