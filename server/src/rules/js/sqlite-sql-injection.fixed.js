const sqlite3 = require("sqlite3");
const Database = require("better-sqlite3");

const db = new sqlite3.Database("app.db");
const store = new Database("store.db");

function login(req, res) {
  const { username, password } = req.body;
  // ruleid: js/sqlite-sql-injection
  db.get(`SELECT * FROM users WHERE name = ? AND password = ?`, [username, password], (err, row) => {
    res.json({ ok: !!row });
  });
}

function productsIn(category) {
  // ruleid: js/sqlite-sql-injection
  return store.prepare("SELECT * FROM products WHERE category = ?").all(category);
}

function loginSafely(req, res) {
  const { username, password } = req.body;
  // ok: js/sqlite-sql-injection
  db.get("SELECT * FROM users WHERE name = ? AND password = ?", [username, password], (err, row) => {
    res.json({ ok: !!row });
  });
}

function productsInSafely(category) {
  // ok: js/sqlite-sql-injection
  return store.prepare("SELECT * FROM products WHERE category = ?").all(category);
}

function cacheGet(cache, key) {
  // ok: js/sqlite-sql-injection
  return cache.get(key);
}
