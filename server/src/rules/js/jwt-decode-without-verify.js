const jwt = require("jsonwebtoken");

function requireAdmin(req, res, next) {
  const token = req.headers.authorization.replace("Bearer ", "");
  // ruleid: js/jwt-decode-without-verify
  const claims = jwt.decode(token);
  if (claims.role !== "admin") return res.sendStatus(403);
  next();
}

function currentUser(req) {
  // ruleid: js/jwt-decode-without-verify
  return jwt.decode(req.cookies.session)?.sub;
}

function requireAdminSafely(req, res, next) {
  const token = req.headers.authorization.replace("Bearer ", "");
  // ok: js/jwt-decode-without-verify
  const claims = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
  if (claims.role !== "admin") return res.sendStatus(403);
  next();
}

const SAMPLE = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl";
// ok: js/jwt-decode-without-verify
const sampleClaims = jwt.decode(SAMPLE);
