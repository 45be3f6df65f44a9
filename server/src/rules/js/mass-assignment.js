app.put("/users/:id", async (req, res) => {
  const user = await User.findById(req.params.id);
  // ruleid: js/mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

app.post("/users", async (req, res) => {
  // ruleid: js/mass-assignment
  const user = await User.create(req.body);
  res.status(201).json(user);
});

app.put("/users-safe/:id", async (req, res) => {
  const user = await User.findById(req.params.id);
  const { name, email } = req.body;
  // ok: js/mass-assignment
  Object.assign(user, { name: String(name), email: String(email) });
  await user.save();
  res.json(user);
});

app.post("/users-safe", async (req, res) => {
  // ok: js/mass-assignment
  const user = await User.create({ name: String(req.body.name), email: String(req.body.email), role: "member" });
  res.status(201).json(user);
});
