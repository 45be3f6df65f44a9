app.post("/login", async (req, res) => {
  await signIn(req.body.username, req.body.password);
  // ruleid: js/open-redirect
  res.redirect(req.query.returnTo);
});

app.get("/out", (req, res) => {
  const target = req.query.url;
  // ruleid: js/open-redirect
  res.redirect(302, target);
});

app.get("/product", (req, res) => {
  // ok: js/open-redirect
  res.redirect("/products/" + encodeURIComponent(req.query.id));
});

app.get("/logout", (req, res) => {
  // ok: js/open-redirect
  res.redirect("/login");
});

app.get("/docs", (req, res) => {
  // ok: js/open-redirect
  res.redirect(301, "https://docs.example.com/");
});
