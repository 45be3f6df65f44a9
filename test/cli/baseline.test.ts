/** `ai-audit baseline` and `ai-audit scan --baseline`, run as a user runs them, in a temporary folder. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '../../../server/out/cli.js');

const LOADER = ['import yaml', '', '', 'def load(stream):', '    return yaml.load(stream)', ''].join('\n');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [cli, ...args, '--rule', 'python/yaml-load', '--time-budget-ms', '120000'], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' }, timeout: 180000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli/baseline', function () {
  this.timeout(240000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-cli-baseline-'));
    mkdirSync(join(dir, 'src'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records findings, then reports only new ones after edits above the recorded one', () => {
    writeFileSync(join(dir, 'src/config.py'), LOADER);
    const recorded = run(['baseline', 'src'], dir);
    assert.equal(recorded.status, 0, recorded.stderr);
    assert.match(recorded.stderr, /Recorded 1 finding of 1 scanned file in \.ai-audit-baseline\.json/);
    const file = JSON.parse(readFileSync(join(dir, '.ai-audit-baseline.json'), 'utf8')) as { findings: { path: string; ruleId: string }[] };
    assert.deepEqual(file.findings.map((f) => [f.path, f.ruleId]), [['src/config.py', 'python/yaml-load']]);

    const clean = run(['scan', 'src', '--baseline', '.ai-audit-baseline.json'], dir);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /no findings; 1 suppressed/);

    // Lines added above the recorded finding, and a new finding below it.
    writeFileSync(join(dir, 'src/config.py'), `"""Settings."""\nDEFAULTS = {}\n\n${LOADER}\n\ndef load_more(stream):\n    return yaml.load(stream)\n`);
    const scanned = run(['scan', 'src', '--baseline', '.ai-audit-baseline.json', '-f', 'json'], dir);
    assert.equal(scanned.status, 1, scanned.stderr);
    const report = JSON.parse(scanned.stdout) as { findings: { range: { start: { line: number } } }[]; suppressed: { suppression: { kind: string } }[] };
    assert.deepEqual(report.findings.map((f) => f.range.start.line + 1), [12]);
    assert.deepEqual(report.suppressed.map((f) => f.suppression.kind), ['external']);
  });

  it('writes the file named by --output and explains a baseline it cannot read', () => {
    writeFileSync(join(dir, 'src/config.py'), LOADER);
    assert.equal(run(['baseline', 'src', '--output', 'audit/base.json'], dir).status, 2, 'a missing folder is a usage error');
    mkdirSync(join(dir, 'audit'));
    assert.equal(run(['baseline', 'src', '--output', 'audit/base.json'], dir).status, 0);
    assert.equal(run(['scan', 'src', '--baseline', 'audit/base.json'], dir).status, 0);
    writeFileSync(join(dir, 'broken.json'), '{"version": 7}');
    const broken = run(['scan', 'src', '--baseline', 'broken.json'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.json: The baseline file has version 7/);
  });
});
