const https = require("https");
const tls = require("tls");
const fs = require("fs");

const server = https.createServer({
  key: fs.readFileSync("server.key"),
  cert: fs.readFileSync("server.crt"),
  // ruleid: js/tls-weak-version
  minVersion: "TLSv1.2",
});

// ruleid: js/tls-weak-version
const socket = tls.connect({ host: "legacy.example.com", port: 443, minVersion: "TLSv1.2" });

const modern = https.createServer({
  key: fs.readFileSync("server.key"),
  cert: fs.readFileSync("server.crt"),
  // ok: js/tls-weak-version
  minVersion: "TLSv1.2",
});

// ok: js/tls-weak-version
const client = tls.connect({ host: "api.example.com", port: 443, secureProtocol: "TLS_method" });
