const escapeRegExp = require("lodash/escapeRegExp");

app.get("/search", async (req, res) => {
  // ruleid: js/regex-injection
  const pattern = new RegExp(req.query.q, "i");
  res.json(products.filter((p) => pattern.test(p.name)));
});

function highlight(text, term) {
  // ruleid: js/regex-injection
  return text.replace(RegExp(`(${term})`, "gi"), "<mark>$1</mark>");
}

app.get("/search-safe", async (req, res) => {
  // ok: js/regex-injection
  const pattern = new RegExp(escapeRegExp(String(req.query.q)), "i");
  res.json(products.filter((p) => pattern.test(p.name)));
});

const WORD = "\\b(todo|fixme)\\b";
// ok: js/regex-injection
const marker = new RegExp(WORD, "gi");
