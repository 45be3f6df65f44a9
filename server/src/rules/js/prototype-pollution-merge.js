const _ = require("lodash");
const express = require("express");

const app = express();
app.use(express.json());

const defaults = { theme: "light", notifications: { email: true } };

app.post("/settings", (req, res) => {
  // ruleid: js/prototype-pollution-merge
  const settings = _.merge({}, defaults, req.body);
  res.json(settings);
});

app.put("/profile", (req, res) => {
  // ruleid: js/prototype-pollution-merge
  _.defaultsDeep(req.user.profile, req.body.profile);
  res.sendStatus(204);
});

app.post("/settings-safe", (req, res) => {
  const { theme, notifications } = req.body;
  // ok: js/prototype-pollution-merge
  const settings = { ...defaults, theme: String(theme), notifications: { email: Boolean(notifications?.email) } };
  res.json(settings);
});

// ok: js/prototype-pollution-merge
const config = _.merge({}, defaults, { theme: "dark" });
