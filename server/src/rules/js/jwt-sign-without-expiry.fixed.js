import jwt from "jsonwebtoken";

export function login(user) {
  // ruleid: js/jwt-sign-without-expiry
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "1h" });
}

export function apiToken(user) {
  // ruleid: js/jwt-sign-without-expiry
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: "HS256", expiresIn: "1h" });
}

export function loginSafely(user) {
  // ok: js/jwt-sign-without-expiry
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET, { expiresIn: "15m" });
}

export function withExpClaim(user) {
  // ok: js/jwt-sign-without-expiry
  return jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET);
}

const TOKEN_OPTIONS = { expiresIn: "1h", algorithm: "HS256" };
export function refresh(user) {
  // ok: js/jwt-sign-without-expiry
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, TOKEN_OPTIONS);
}
