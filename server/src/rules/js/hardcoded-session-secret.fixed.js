const express = require("express");
const session = require("express-session");
const cookieParser = require("cookie-parser");

const app = express();

app.use(
  session({
    // ruleid: js/hardcoded-session-secret
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
  }),
);

const COOKIE_SECRET = process.env.COOKIE_SECRET;
// ruleid: js/hardcoded-session-secret
app.use(cookieParser(COOKIE_SECRET));

app.use(
  session({
    // ok: js/hardcoded-session-secret
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);

// ok: js/hardcoded-session-secret
app.use(cookieParser(process.env.COOKIE_SECRET));
