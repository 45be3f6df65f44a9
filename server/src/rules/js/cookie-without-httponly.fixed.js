import session from "express-session";

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ruleid: js/cookie-without-httponly
    cookie: { httpOnly: true, secure: true },
  }),
);

export function setRefreshToken(res, token) {
  // ruleid: js/cookie-without-httponly
  res.cookie("refresh_token", token, { httpOnly: true, secure: true, sameSite: "strict" });
}

export function setRefreshTokenSafely(res, token) {
  // ok: js/cookie-without-httponly
  res.cookie("refresh_token", token, { httpOnly: true, secure: true, sameSite: "strict" });
}

// ok: js/cookie-without-httponly
const fetchOptions = { credentials: "include", httpOnly: false };
