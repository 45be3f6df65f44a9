/**
 * Bad input at the engine and at the CLI's decoding step: binary data, a 5 MB minified line, invalid UTF-8, a
 * half-typed file in every language, empty and BOM-only files, malformed YAML and JSON. `analyse` never throws,
 * never reports an internal error, returns within its budget, and a skipped file carries a notice that says why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type AnalysisResult } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { DEFAULT_CONFIG, type AuditConfig } from '../../server/src/engine/config';
import { decodeFile, encodeFile } from '../../server/src/audit/decode';

const engine = new Engine(loadBundledRules());
/** Every rule on, the product's default budget. */
const CONFIG: AuditConfig = { ...DEFAULT_CONFIG, all: true };
const TODAY = '2026-06-01';
/**
 * Room on top of the budget: analysis checks the deadline between steps, not continuously, and the tests share a
 * loaded machine. What this catches is analysis that ignores its budget, not a few hundred milliseconds.
 */
const SLACK_MS = 3000;

async function analyse(path: string, text: string, config: AuditConfig = CONFIG): Promise<AnalysisResult> {
  const started = performance.now();
  const result = await engine.analyse({ path, text }, { config, today: TODAY });
  const wall = performance.now() - started;
  assert.ok(wall < config.timeBudgetMs + SLACK_MS, `${path}: took ${Math.round(wall)} ms, budget ${config.timeBudgetMs} ms`);
  assert.deepEqual(result.notices.filter((n) => n.kind === 'error'), [], `${path}: internal error`);
  return result;
}

/** Half-typed code: what an editor holds while someone (or an assistant) is in the middle of writing it. */
const HALF_TYPED: Record<string, string> = {
  'app.py': 'import yaml\n\ndef load(path):\n    data = yaml.load(open(path))\n\ndef broken(x:\n    return [x for\n',
  'server.js': "const { exec } = require('child_process');\napp.get('/p', (req, res) => {\n  exec('ping ' + req.query.host);\n  res.send(`${\n",
  'service.ts': 'interface User { name: string;\nexport function f(u: User): Promise<\n  return fetch(`/api/${u.',
  'view.tsx': 'export const View = ({ html }) => (\n  <div dangerouslySetInnerHTML={{ __html: html }}\n    <span>{html\n',
  'handler.go': 'package main\n\nimport "os/exec"\n\nfunc run(name string) {\n\texec.Command("sh", "-c", "ls "+name\n\tif err :=\n',
  'Dao.java': 'class Dao {\n  ResultSet find(String email) {\n    return stmt.executeQuery("SELECT * FROM u WHERE e = \'" + email\n  void x(\n',
  'Program.cs': 'class P {\n  static void Main(string[] args) {\n    Process.Start("cmd.exe", "/c " + args[0]\n    var x = new {\n',
  'index.php': '<?php\n$id = $_GET["id"];\n$db->query("SELECT * FROM t WHERE id = " . $id\nfunction f( {\n',
  'app.rb': 'class App\n  def run(cmd)\n    system("ls #{cmd}"\n  def other(\n',
  'deploy.sh': '#!/bin/sh\nif [ -z "$1" ]; then\n  eval "$1"\ncase $x in\n  a) echo "unterminated\n',
  'main.c': '#include <stdio.h>\nint main(int argc, char **argv) {\n  char buf[8];\n  strcpy(buf, argv[1]\n  for (;;\n',
  'main.cpp': 'template <typename T>\nclass Box { T value;\nint main() { system(std::string("ls ") + \n',
  'lib.rs': 'fn run(cmd: &str) {\n    std::process::Command::new("sh").arg("-c").arg(cmd\n    let x = match {\n',
  'deploy.ps1': 'param([string]$Name\nInvoke-Expression "Get-Item $Name"\nfunction f {\n',
  '.github/workflows/ci.yml': 'on: [push]\njobs:\n  build:\n    steps:\n      - run: echo "${{ github.event.issue.title }}\n      - uses: [\n',
  'docker-compose.yml': 'services:\n  web:\n    image: nginx\n    ports: ["80:80"\n    privileged: tru\n',
  'Dockerfile': 'FROM node:20\nRUN curl -fsSL https://example.com/install.sh | \nCOPY . \n',
  '.vscode/mcp.json': '{ "servers": { "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"',
  'package.json': '{ "name": "x", "scripts": { "postinstall": "curl https://example.com | sh" }, "dependencies": { "left-pad": ',
  'AGENTS.md': '# Rules\n\n- Always run tests\n- ```bash\nrm -rf\n',
  'requirements.txt': 'flask==\nrequests>=\n--extra-index-url\n',
};

/** Files with nothing to analyse: empty, a byte order mark alone, whitespace. */
const EMPTY_TEXTS = ['', '\uFEFF', '\n\n\t \n', '\uFEFF\n'];

describe('unit/bad-input', () => {
  before(async function () {
    // Load every grammar and compile every rule's query once, so the budget checks below measure analysis rather
    // than one-time WASM and query compilation (which the engine cannot interrupt).
    this.timeout(120000);
    for (const [path, text] of Object.entries(HALF_TYPED)) {
      for (const sample of [text, ...EMPTY_TEXTS]) await engine.analyse({ path, text: sample }, { config: CONFIG });
    }
  });

  it('skips a binary file with a notice that says why', async () => {
    const text = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0xff]).toString('utf8');
    const result = await analyse('logo.py', text);
    assert.deepEqual(result.findings, []);
    assert.equal(result.notices.length, 1);
    assert.equal(result.notices[0]!.kind, 'skipped');
    assert.match(result.notices[0]!.message, /binary/);
  });

  it('skips a file over the size limit with a notice naming the limit', async () => {
    const text = `x = 1\n${'# padding line for the size limit\n'.repeat(40000)}`;
    const result = await analyse('big.py', text, { ...CONFIG, maxFileSizeKb: 1024 });
    assert.deepEqual(result.findings, []);
    assert.match(result.notices[0]!.message, /^Skipped: the file is \d+ KB, over the 1024 KB limit/);
  });

  it('handles a 5 MB minified line: syntax rules skipped with a notice, text rules still run', async () => {
    const hidden = [...'exfiltrate'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    const text = `var a=[${Array.from({ length: 330000 }, (_, i) => `f${i}(${i})`).join(',')}];/*${hidden}*/`;
    assert.ok(text.length > 5_000_000);
    const result = await analyse('dist/app.min.js', text, { ...CONFIG, maxFileSizeKb: 8192 });
    assert.equal(result.parsed, false);
    assert.ok(result.notices.some((n) => n.kind === 'skipped' && /minified/.test(n.message)), JSON.stringify(result.notices));
    assert.ok(result.findings.some((f) => f.ruleId === 'unicode/tag-characters'), 'hidden-character checks still run');
  });

  it('handles invalid UTF-8 decoded as Node decodes it', async () => {
    const mostlyInvalid = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 64))).toString('utf8');
    const skipped = await analyse('data.py', mostlyInvalid);
    assert.deepEqual(skipped.findings, []);
    assert.ok(skipped.notices.some((n) => n.kind === 'skipped' && /invalid UTF-8/.test(n.message)));
    // A stray invalid byte in otherwise normal code: analysed, and the finding after it is still there.
    const stray = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nimport yaml\ncfg = yaml.load(open("c.yml"))\n')]).toString('utf8');
    assert.ok(stray.includes('\uFFFD'));
    const analysed = await analyse('stray.py', stray);
    assert.ok(analysed.findings.some((f) => f.ruleId === 'python/yaml-load'));
  });

  for (const [path, text] of Object.entries(HALF_TYPED)) {
    it(`analyses a half-typed ${path}`, async () => {
      const result = await analyse(path, text);
      for (const f of result.findings) {
        assert.ok(f.startOffset >= 0 && f.endOffset <= text.length && f.startOffset <= f.endOffset, `${f.ruleId}: range inside the text`);
      }
    });
  }

  it('still finds complete calls in a half-typed file', async () => {
    const result = await analyse('app.py', HALF_TYPED['app.py']!);
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'python/yaml-load').map((f) => f.range.start.line), [3]);
  });

  it('never hangs on half-typed Python whose syntax tree has an ERROR node at its root', () => {
    // Found by long random typing runs: a fix's trace of a cursor's driver looped forever when it walked up from
    // the root. Run in a child process, so a loop fails this test instead of stopping the suite.
    const text = readFileSync(join(__dirname, '../../../test/fixtures/half-typed/error-root.py'), 'utf8');
    const engineModule = join(__dirname, '../../server/src/engine/engine.js');
    const rulesModule = join(__dirname, '../../server/src/engine/ruleset.js');
    const script = `const { Engine } = require(${JSON.stringify(engineModule)}); const { loadBundledRules } = require(${JSON.stringify(rulesModule)});
      const text = require('fs').readFileSync(0, 'utf8');
      new Engine(loadBundledRules()).analyse({ path: 'error-root.py', text }).then((r) => console.log(r.findings.length));`;
    const run = spawnSync(process.execPath, ['-e', script], { input: text, timeout: 20_000, encoding: 'utf8' });
    assert.equal(run.signal, null, 'the analysis did not finish within 20 s');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\d+\n$/);
  });

  it('handles empty files, BOM-only files and whitespace-only files in every language', async () => {
    // A generous budget: this is about what an empty file yields, and a loaded machine must not add a timeout note.
    const config = { ...CONFIG, timeBudgetMs: 20000 };
    for (const path of Object.keys(HALF_TYPED)) {
      for (const text of EMPTY_TEXTS) {
        const result = await analyse(path, text, config);
        assert.deepEqual(result.findings, [], `${path} ${JSON.stringify(text)}`);
        assert.deepEqual(result.notices, [], `${path} ${JSON.stringify(text)}`);
      }
    }
  });

  it('handles malformed YAML and JSON', async () => {
    const cases: [string, string][] = [
      ['.github/workflows/release.yml', 'on:\n  push:\n\tbranches: [main\njobs: {build: {steps: [{run: "echo ${{ github.event.issue.title }}"}\n'],
      ['.github/workflows/dup.yml', 'on: push\non: pull_request\njobs:\n  a: &x\n    <<: *y\n'],
      ['.gitlab-ci.yml', 'build:\n  script:\n    - echo "unterminated\n  - : :\n'],
      ['.vscode/mcp.json', '{ "servers": { "x": { "command": "npx", "args": ["-y", "pkg"], } }, /* comment */ '],
      ['.claude/settings.json', '{"permissions": {"allow": ["Bash(*)"'],
      ['package.json', '[1, 2,, "scripts"]'],
      ['tsconfig.json', '\u0000{}'],
      ['config.yaml', '- a\n-b: [\n  ? complex\n  : key\n%TAG !e! tag:example.com,2000:\n--- !e!foo "bar"\n'],
    ];
    for (const [path, text] of cases) await analyse(path, text);
  });

  it('cuts off a file too big for the budget and says so', async () => {
    const text = `import subprocess\n${'subprocess.run("tar czf " + name, shell=True)\n'.repeat(40000)}`;
    const result = await analyse('huge.py', text, { ...CONFIG, timeBudgetMs: 100, maxFileSizeKb: 8192 });
    assert.ok(result.notices.some((n) => n.kind === 'timeout' && /cut off/.test(n.message)), JSON.stringify(result.notices));
  });

  describe('decoding file bytes (CLI)', () => {
    it('decodes UTF-8, and removes and restores a byte order mark', () => {
      const bytes = Buffer.from('\uFEFFprint("café")\n', 'utf8');
      const decoded = decodeFile(bytes);
      assert.deepEqual(decoded, { text: 'print("café")\n', bom: true });
      assert.deepEqual(encodeFile('print("café")\n', true), bytes);
      assert.deepEqual(decodeFile(Buffer.from('plain\n')), { text: 'plain\n', bom: false });
      assert.deepEqual(decodeFile(Buffer.alloc(0)), { text: '', bom: false });
    });

    it('sets aside binary and invalid UTF-8 files with a reason', () => {
      assert.deepEqual(decodeFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), { skipped: 'binary' });
      assert.deepEqual(decodeFile(Buffer.from('caf\u00e9 cr\u00e8me\n', 'latin1')), { skipped: 'not UTF-8' });
      assert.deepEqual(decodeFile(Buffer.from([0xed, 0xa0, 0x80])), { skipped: 'not UTF-8' }, 'an encoded surrogate is not UTF-8');
      assert.deepEqual(decodeFile(Buffer.from([0xe2, 0x82])), { skipped: 'not UTF-8' }, 'a truncated sequence is not UTF-8');
    });
  });
});
