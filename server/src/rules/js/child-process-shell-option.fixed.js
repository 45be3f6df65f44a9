import { spawn, spawnSync } from "node:child_process";

export function convert(req, res) {
  const { input, format } = req.body;
  // ruleid: js/child-process-shell-option
  const child = spawn("ffmpeg", ["-i", String(input), `out.${format}`]);
  child.on("close", () => res.sendStatus(204));
}

export function grep(pattern, file) {
  // ruleid: js/child-process-shell-option
  return spawnSync("grep", ["-r", pattern, file], { encoding: "utf8" });
}

export function convertSafely(req, res) {
  const { input, format } = req.body;
  // ok: js/child-process-shell-option
  const child = spawn("ffmpeg", ["-i", input, `out.${format}`]);
  child.on("close", () => res.sendStatus(204));
}

export function build() {
  // ok: js/child-process-shell-option
  return spawnSync("npm run build && npm test", { shell: true, stdio: "inherit" });
}
