const serialize = require("node-serialize");
const express = require("express");
const cookieParser = require("cookie-parser");

const app = express();
app.use(cookieParser());

app.get("/profile", (req, res) => {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  // ruleid: js/node-serialize-unserialize
  const profile = JSON.parse(raw);
  res.send(`Hello ${profile.username}`);
});

function loadState(text) {
  // ruleid: js/node-serialize-unserialize
  return JSON.parse(text);
}

app.get("/profile-safe", (req, res) => {
  const raw = Buffer.from(req.cookies.profile, "base64").toString();
  // ok: js/node-serialize-unserialize
  const profile = JSON.parse(raw);
  res.json({ username: String(profile.username) });
});

function saveState(state) {
  // ok: js/node-serialize-unserialize
  return serialize.serialize(state);
}
