const libxmljs = require("libxmljs");

app.post("/import", (req, res) => {
  // ruleid: js/xxe-external-entities
  const doc = libxmljs.parseXml(req.body.xml, { noent: false });
  res.json({ items: doc.find("//item").length });
});

function parseFeed(xml) {
  // ruleid: js/xxe-external-entities
  return libxmljs.parseXml(xml, { dtdload: false, noblanks: true });
}

app.post("/import-safe", (req, res) => {
  // ok: js/xxe-external-entities
  const doc = libxmljs.parseXml(req.body.xml, { noblanks: true });
  res.json({ items: doc.find("//item").length });
});

function parseFeedSafely(xml) {
  // ok: js/xxe-external-entities
  return libxmljs.parseXml(xml, { noent: false, nonet: true });
}
