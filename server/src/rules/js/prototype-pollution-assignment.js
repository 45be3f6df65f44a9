const store = {};

app.post("/prefs/:section", (req, res) => {
  const { key, value } = req.body;
  // ruleid: js/prototype-pollution-assignment
  store[req.params.section][key] = value;
  res.sendStatus(204);
});

function setPath(target, section, key, value) {
  target[section] = target[section] || {};
  // ruleid: js/prototype-pollution-assignment
  target[section][key] = value;
}

const prefs = new Map();
app.post("/prefs-safe/:section", (req, res) => {
  const { key, value } = req.body;
  if (!prefs.has(req.params.section)) prefs.set(req.params.section, new Map());
  // ok: js/prototype-pollution-assignment
  prefs.get(req.params.section).set(String(key), value);
  res.sendStatus(204);
});

function identity(size) {
  const matrix = Array.from({ length: size }, () => new Array(size).fill(0));
  for (let i = 0; i < size; i++) {
    // ok: js/prototype-pollution-assignment
    matrix[i][i] = 1;
  }
  return matrix;
}

const { XML_ATTRKEY } = require("./constants");
function setAttribute(node, name, value) {
  // ok: js/prototype-pollution-assignment
  node[XML_ATTRKEY][name] = value;
}
