const axios = require("axios");
const express = require("express");

const app = express();

app.get("/preview", async (req, res) => {
  // ruleid: js/ssrf
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post("/webhook-test", async (req, res) => {
  const target = req.body.callbackUrl;
  // ruleid: js/ssrf
  const response = await axios.post(target, { ping: true });
  res.json({ status: response.status });
});

app.get("/avatar/:user", async (req, res) => {
  // ok: js/ssrf
  const response = await fetch(`https://api.github.com/users/${encodeURIComponent(req.params.user)}`);
  res.json(await response.json());
});

app.get("/status", async (req, res) => {
  // ok: js/ssrf
  const response = await axios.get("https://status.example.com/api/v2/summary.json");
  res.json(response.data);
});

async function loadUser(id) {
  // ok: js/ssrf
  return fetch(`/api/users/${id}`).then((r) => r.json());
}
