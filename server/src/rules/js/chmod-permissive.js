const fs = require("fs");

function publishScript(path) {
  // ruleid: js/chmod-permissive
  fs.chmodSync(path, 0o777);
}

function shareUploads(dir) {
  // ruleid: js/chmod-permissive
  fs.mkdirSync(dir, { recursive: true, mode: 0o777 });
}

function saveKey(path, pem) {
  // ruleid: js/chmod-permissive
  fs.writeFileSync(path, pem, { mode: 0o666 });
}

function openUp(path) {
  // ruleid: js/chmod-permissive
  fs.chmodSync(path, 511);
  // ruleid: js/chmod-permissive
  return fs.promises.chmod(path, "666");
}

function publishScriptSafely(path) {
  // ok: js/chmod-permissive
  fs.chmodSync(path, 0o755);
}

function saveKeySafely(path, pem) {
  // ok: js/chmod-permissive
  fs.writeFileSync(path, pem, { mode: 0o600 });
}
