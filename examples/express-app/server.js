// Status dashboard API: an Express app an assistant wrote, each unsafe handler followed by its safe twin.
const { exec, execFile } = require('child_process');
const https = require('https');
const express = require('express');
const mysql = require('mysql2');

const app = express();
app.use(express.json());

const pool = mysql.createPool({
  host: 'db.internal',
  user: 'dashboard',
  password: process.env.DB_PASSWORD,
  database: 'status',
});

app.get('/api/ping', (req, res) => {
  exec(`ping -c 1 ${req.query.host}`, (err, stdout) => res.type('text').send(stdout));
});

app.get('/api/ping-safe', (req, res) => {
  execFile('ping', ['-c', '1', String(req.query.host)], (err, stdout) => res.type('text').send(stdout));
});

app.get('/api/incidents', (req, res) => {
  pool.query("SELECT * FROM incidents WHERE service = '" + req.query.service + "'", (err, rows) => res.json(rows));
});

app.get('/api/incidents-safe', (req, res) => {
  pool.query('SELECT * FROM incidents WHERE service = ?', [req.query.service], (err, rows) => res.json(rows));
});

app.post('/api/threshold', (req, res) => {
  const check = eval(req.body.expression);
  res.json({ ok: check });
});

app.post('/api/threshold-safe', (req, res) => {
  const limit = Number(req.body.limit);
  res.json({ ok: Number.isFinite(limit) && limit < 500 });
});

// Calls the upstream status page; the first agent skips certificate checks.
const insecureAgent = new https.Agent({ rejectUnauthorized: false });
const verifiedAgent = new https.Agent({ ca: process.env.UPSTREAM_CA });

function upstream(path, agent) {
  return new Promise((resolve, reject) => {
    https.get({ host: 'status.upstream.example', path, agent }, resolve).on('error', reject);
  });
}

app.get('/api/upstream', async (req, res) => res.json(await upstream('/v1/summary', insecureAgent)));
app.get('/api/upstream-safe', async (req, res) => res.json(await upstream('/v1/summary', verifiedAgent)));

app.listen(3000);
