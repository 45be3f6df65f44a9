const cp = require("child_process");
const { exec } = require("child_process");

function diskUsage() {
  // ruleid: js/child-process-exec-constant
  return cp.execFileSync("df", ["-h"]).toString();
}

function restart(callback) {
  // ruleid: js/child-process-exec-constant
  cp.execFile("systemctl", ["restart", "nginx"], callback);
}

function status(callback) {
  // ruleid: js/child-process-exec-constant
  exec("git status --porcelain", callback);
}

function diskUsageDirect() {
  // ok: js/child-process-exec-constant
  return cp.execFileSync("df", ["-h"]).toString();
}

function pipeline(callback) {
  // ok: js/child-process-exec-constant
  cp.exec("ps aux | grep node", callback);
}
