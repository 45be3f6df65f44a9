const fs = require("fs");
const path = require("path");
const { readFile } = require("fs/promises");

const UPLOADS = path.join(__dirname, "uploads");

app.get("/download", (req, res) => {
  // ruleid: js/path-traversal-fs
  fs.createReadStream(path.join(UPLOADS, req.query.file)).pipe(res);
});

app.get("/notes/:name", async (req, res) => {
  const notePath = `${__dirname}/notes/${req.params.name}.md`;
  // ruleid: js/path-traversal-fs
  res.send(await readFile(notePath, "utf8"));
});

app.get("/download-safe", (req, res) => {
  // ok: js/path-traversal-fs
  fs.createReadStream(path.join(UPLOADS, path.basename(req.query.file))).pipe(res);
});

function loadTemplate() {
  // ok: js/path-traversal-fs
  return fs.readFileSync(path.join(__dirname, "templates", "email.html"), "utf8");
}

async function handleToolCall(toolCall) {
  const args = JSON.parse(toolCall.function.arguments);
  // ruleid: js/path-traversal-fs
  return fs.promises.readFile(args.path, "utf8");
}
