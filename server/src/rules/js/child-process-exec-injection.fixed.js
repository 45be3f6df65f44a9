const { exec, execSync, execFile } = require("child_process");
const cp = require("node:child_process");
const util = require("util");
const express = require("express");
const OpenAI = require("openai");

const app = express();
const openai = new OpenAI();

app.get("/ping", (req, res) => {
  const host = req.query.host;
  // ruleid: js/child-process-exec-injection
  execFile("ping", ["-c", "1", String(host)], (err, stdout) => res.send(stdout));
});

app.get("/ping-safe", (req, res) => {
  // ok: js/child-process-exec-injection
  execFile("ping", ["-c", "1", String(req.query.host)], (err, stdout) => res.send(stdout));
});

function compress(dir) {
  // ruleid: js/child-process-exec-injection
  return cp.execFileSync("tar", ["czf", "backup.tgz", String(dir)]).toString();
}

function history(branch, author, callback) {
  // ruleid: js/child-process-exec-injection
  cp.execFile("git", ["log", String(branch), `--author=${author}`, "--oneline"], { cwd: "/srv/repo" }, callback);
}

function countLines(file) {
  // ruleid: js/child-process-exec-injection
  return cp.execSync(`cat ${file} | wc -l`).toString();
}

function diskUsage() {
  // ok: js/child-process-exec-injection
  return execSync("df -h").toString();
}

const LOG_DIR = "/var/log/app";
function rotate() {
  // ok: js/child-process-exec-injection
  execSync(`logrotate ${LOG_DIR}/app.conf`);
}

async function runAgentStep(task) {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: task }] });
  const command = completion.choices[0].message.content;
  // ruleid: js/child-process-exec-injection
  return execSync(command, { encoding: "utf8" });
}

const execAsync = util.promisify(exec);
async function checkout(branch) {
  // todoruleid: js/child-process-exec-injection
  await execAsync(`git checkout ${branch}`);
}
