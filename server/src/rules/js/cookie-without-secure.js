const express = require("express");
const session = require("express-session");
const nodemailer = require("nodemailer");

const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // ruleid: js/cookie-without-secure
    cookie: { httpOnly: true, secure: false, maxAge: 3600000 },
  }),
);

app.post("/login", (req, res) => {
  // ruleid: js/cookie-without-secure
  res.cookie("auth", createToken(req.body.user), { httpOnly: true, secure: false });
  res.redirect("/");
});

app.post("/login-safe", (req, res) => {
  // ok: js/cookie-without-secure
  res.cookie("auth", createToken(req.body.user), { httpOnly: true, secure: true, sameSite: "lax" });
  res.redirect("/");
});

// ok: js/cookie-without-secure
const mailer = nodemailer.createTransport({ host: "smtp.example.com", port: 587, secure: false });
