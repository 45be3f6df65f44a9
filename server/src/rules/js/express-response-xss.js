const express = require("express");
const escapeHtml = require("escape-html");

const app = express();

app.get("/search", (req, res) => {
  // ruleid: js/express-response-xss
  res.send(`<h1>Results for ${req.query.q}</h1>`);
});

app.get("/hello/:name", (req, res) => {
  const greeting = "<p>Hello " + req.params.name + "</p>";
  // ruleid: js/express-response-xss
  res.write(greeting);
  res.end();
});

app.get("/search-safe", (req, res) => {
  // ok: js/express-response-xss
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`);
});

app.get("/api/search", (req, res) => {
  // ok: js/express-response-xss
  res.json({ query: req.query.q });
});

app.get("/health", (req, res) => {
  // ok: js/express-response-xss
  res.send("ok");
});
