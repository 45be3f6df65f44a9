const express = require("express");
const sanitize = require("mongo-sanitize");
const User = require("./models/user");

const app = express();
app.use(express.json());

app.post("/login", async (req, res) => {
  // ruleid: js/nosql-operator-injection
  const user = await User.findOne({ username: String(req.body.username), password: String(req.body.password) });
  res.json({ ok: !!user });
});

app.get("/orders", async (req, res) => {
  // ruleid: js/nosql-operator-injection
  const orders = await db.collection("orders").find(req.query).toArray();
  res.json(orders);
});

app.get("/profile", async (req, res) => {
  const { email } = req.query;
  // ruleid: js/nosql-operator-injection
  res.json(await User.findOne({ email: String(email), active: true }));
});

app.post("/login-safe", async (req, res) => {
  // ok: js/nosql-operator-injection
  const user = await User.findOne({ username: String(req.body.username) });
  res.json({ ok: !!user && (await user.verifyPassword(String(req.body.password))) });
});

app.get("/orders-safe", async (req, res) => {
  // ok: js/nosql-operator-injection
  const orders = await db.collection("orders").find(sanitize(req.query)).toArray();
  res.json(orders);
});

app.get("/active", async (req, res) => {
  // ok: js/nosql-operator-injection
  res.json(await User.find({ active: true }));
});

function firstAdmin(users) {
  // ok: js/nosql-operator-injection
  return users.find((u) => u.role === "admin");
}

app.post("/search", async (req, res) => {
  const filter = req.body.filter;
  // todoruleid: js/nosql-operator-injection
  res.json(await User.find(filter));
});
