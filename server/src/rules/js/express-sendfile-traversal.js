const path = require("path");

app.get("/files/:name", (req, res) => {
  // ruleid: js/express-sendfile-traversal
  res.sendFile(path.join(__dirname, "files", req.params.name));
});

app.get("/reports", (req, res) => {
  const file = "reports/" + req.query.month + ".pdf";
  // ruleid: js/express-sendfile-traversal
  res.download(file);
});

app.get("/files-safe/:name", (req, res) => {
  // ok: js/express-sendfile-traversal
  res.sendFile(req.params.name, { root: path.join(__dirname, "files") });
});

app.get("/", (req, res) => {
  // ok: js/express-sendfile-traversal
  res.sendFile(path.join(__dirname, "public", "index.html"));
});
