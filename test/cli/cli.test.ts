/**
 * The built CLI (server/out/cli.js) run as a child process over test/fixtures/workspace: golden text, JSON and
 * SARIF reports (the rule set pinned with --rule so new rules elsewhere do not move them; UPDATE_GOLDEN=1 rewrites
 * them), exit codes, --fix on a temporary copy, and SARIF validated by the SARIF multitool and the 2.1.0 schema.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validate } from './jsonSchema';

const repo = join(__dirname, '../../..');
const cli = join(repo, 'server/out/cli.js');
const workspace = join(repo, 'test/fixtures/workspace');
const goldenDir = join(repo, 'test/cli/golden');
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The rules the reports are pinned to: settled rules that between them cover every output feature (a safe fix, a
 * suppressed finding, engine-reported directive problems, revealed hidden text, all four severities).
 */
const PINNED = ['python/yaml-load', 'unicode/tag-characters', 'ai-audit/ignore-without-reason', 'ai-audit/ignore-unused'].join(',');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; scans get a generous per-file budget so a loaded test machine cannot cut a golden report short. */
function run(args: string[], cwd = workspace, env: NodeJS.ProcessEnv = {}): Run {
  const argv = args[0] === 'scan' ? ['scan', '--time-budget-ms', '120000', ...args.slice(1)] : args;
  const result = spawnSync(process.execPath, [cli, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1', ...env }, timeout: 180000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Replaces what differs between machines and releases (the version, absolute paths) and, in SARIF, the text taken
 * from the rules' documentation pages, which their authors edit; the SARIF tests check that text separately.
 */
function normalise(text: string): string {
  const workspaceUrl = pathToFileURL(workspace).toString();
  const repoUrl = pathToFileURL(repo).toString();
  return text
    .split(workspaceUrl).join('file:///<workspace>')
    .split(repoUrl).join('file:///<repo>')
    .split(`"${version}"`).join('"<version>"');
}

function golden(name: string, actual: string): void {
  const file = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`missing golden ${name}; run with UPDATE_GOLDEN=1 to create it`);
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from the golden output (UPDATE_GOLDEN=1 rewrites it after review)`);
}

function assertOneSentence(r: Run, pattern: RegExp): void {
  assert.equal(r.status, 2, `exit code (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, pattern);
  assert.equal(r.stderr.trim().split('\n').length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

const MULTITOOL = join(repo, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const SARIF_SCHEMA = join(repo, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');

describe('cli', function () {
  // Every test starts the CLI as a child process, some several times, on a machine other jobs share.
  this.timeout(300000);
  describe('golden reports over test/fixtures/workspace', () => {
    it('text', () => {
      const r = run(['scan', '--rule', PINNED]);
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stderr, '');
      golden('scan.txt', normalise(r.stdout));
    });

    it('json', () => {
      const r = run(['scan', '.', '--rule', PINNED, '--format', 'json']);
      assert.equal(r.status, 1, r.stderr);
      const report = JSON.parse(r.stdout) as { tool: { version: string } };
      assert.equal(report.tool.version, version);
      golden('scan.json', normalise(r.stdout));
    });

    it('sarif', () => {
      const r = run(['scan', '--rule', PINNED, '--format', 'sarif']);
      assert.equal(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      for (const rule of log.runs[0].tool.driver.rules) {
        rule.fullDescription.text = '<What it does>';
        rule.help = { text: '<documentation page>', markdown: '<documentation page>' };
      }
      golden('scan.sarif', normalise(`${JSON.stringify(log, null, 2)}\n`));
    });
  });

  describe('report contents', () => {
    const report = () => JSON.parse(run(['scan', '--rule', PINNED, '--format', 'json']).stdout);

    it('skips binary, non-UTF-8, generated and vendored files and says why', () => {
      const r = report();
      assert.deepEqual(r.skipped, [
        { path: 'assets/data.txt', reason: 'binary' },
        { path: 'assets/legacy-notes.txt', reason: 'not UTF-8' },
        { path: 'assets/logo.png', reason: 'binary' },
        { path: 'package-lock.json', reason: 'generated' },
      ]);
      assert.ok(!r.findings.some((f: { path: string }) => f.path.startsWith('vendor/')), 'vendored code is not audited');
      assert.equal(r.summary.filesScanned, 4);
      const text = run(['scan', '--rule', PINNED]).stdout;
      assert.match(text, /Skipped 4 files: 2 binary, 1 generated, 1 not UTF-8\./);
    });

    it('keeps suppressed findings apart, with the reason of their directive', () => {
      const r = report();
      assert.equal(r.suppressed.length, 1);
      assert.equal(r.suppressed[0].ruleId, 'python/yaml-load');
      assert.deepEqual(r.suppressed[0].suppression, { kind: 'inSource', justification: 'fixture generated by our own build, never user input' });
      assert.ok(!r.findings.some((f: { suppression?: unknown }) => f.suppression));
    });

    it('writes every finding as path:line:col: severity rule-id message', () => {
      const lines = run(['scan', '--rule', PINNED, '--quiet']).stdout.trim().split('\n');
      assert.ok(lines.length >= 4);
      for (const line of lines) assert.match(line, /^[\w./-]+:\d+:\d+: (critical|high|medium|low) [a-z0-9-]+\/[a-z0-9-]+ \S/);
    });

    it('filters by --min-severity and --exclude, and scans a single file', () => {
      const high = JSON.parse(run(['scan', '--rule', PINNED, '--format', 'json', '--min-severity', 'high']).stdout);
      assert.ok(high.findings.length > 0);
      assert.ok(high.findings.every((f: { severity: string }) => f.severity === 'high' || f.severity === 'critical'));
      const excluded = JSON.parse(run(['scan', '--rule', PINNED, '--format', 'json', '--exclude', 'api/**', '--exclude', 'web/*.js']).stdout);
      assert.deepEqual([...new Set(excluded.findings.map((f: { path: string }) => f.path))], ['AGENTS.md']);
      assert.equal(excluded.summary.filesScanned, 1);
      const single = JSON.parse(run(['scan', 'api/config_loader.py', '--rule', PINNED, '--format', 'json']).stdout);
      assert.deepEqual([...new Set(single.findings.map((f: { path: string }) => f.path))], ['api/config_loader.py']);
    });

    it('--jobs N runs files on this thread and N-1 workers and gives the same report as a sequential run', () => {
      const sequential = run(['scan', '--rule', PINNED, '--format', 'json']);
      const parallel = run(['scan', '--rule', PINNED, '--format', 'json', '--jobs', '3']);
      assert.equal(parallel.status, sequential.status);
      assert.equal(parallel.stdout, sequential.stdout);
      // Workers are started before the files are looked up; those the audit does not need are stopped, and so are
      // all of them when the command stops on a usage error (a worker left running would keep the process alive).
      const one = spawnSync(process.execPath, [cli, 'scan', 'AGENTS.md', '--rule', PINNED, '--format', 'json', '--jobs', '4'], { cwd: workspace, encoding: 'utf8', timeout: 60000 });
      assert.equal(one.status, 1, `exit code (stderr: ${one.stderr})`);
      assert.equal(JSON.parse(one.stdout).summary.filesScanned, 1);
      assertOneSentence(run(['scan', '--jobs', '3', 'no/such/dir']), /^ai-audit: No such file or folder: no\/such\/dir/);
    });

    it('--output writes the report to a file and the summary to stderr', () => {
      const dir = mkdtempSync(join(tmpdir(), 'ai-audit-cli-'));
      try {
        const out = join(dir, 'report.sarif');
        const r = run(['scan', '--rule', PINNED, '--format', 'sarif', '--output', out]);
        assert.equal(r.status, 1);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^Scanned 4 files: /m);
        assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('exit codes', () => {
    it('1 when a finding is at or above --fail-on (default high), 0 below it or with none', () => {
      assert.equal(run(['scan', '--rule', 'python/yaml-load']).status, 1);
      assert.equal(run(['scan', '--rule', 'python/yaml-load', '--fail-on', 'critical']).status, 0);
      assert.equal(run(['scan', '--rule', 'ai-audit/ignore-unused', '--rule', 'python/yaml-load', '--fail-on', 'low']).status, 1);
      assert.equal(run(['scan', '--rule', PINNED, '--fail-on', 'none']).status, 0);
    });

    it('0 when nothing is found', () => {
      const r = run(['scan', 'web/server.js', '--rule', 'python/yaml-load']);
      assert.equal(r.status, 0, r.stdout);
      assert.match(r.stdout, /^Scanned 1 file: no findings\.$/m);
    });

    it('2 with one sentence and no stack trace for usage errors', () => {
      assertOneSentence(run(['scan', '--frobnicate']), /^ai-audit: Unknown option --frobnicate /);
      assertOneSentence(run(['scan', 'no/such/dir']), /^ai-audit: No such file or folder: no\/such\/dir/);
      // The paths are looked up at once; the first missing one of the command line is named.
      assertOneSentence(run(['scan', 'api/config_loader.py', 'no/such/one', 'AGENTS.md', 'no/such/two']), /^ai-audit: No such file or folder: no\/such\/one\.?$/m);
      assertOneSentence(run(['scan', '--format', 'xml']), /^ai-audit: Invalid value "xml" for --format; expected one of text, json, sarif\./);
      assertOneSentence(run(['scan', '--fail-on', 'urgent']), /--fail-on; expected one of low, medium, high, critical, none/);
      assertOneSentence(run(['scan', '--rule', 'python/no-such-rule']), /Unknown rule "python\/no-such-rule"/);
      assertOneSentence(run(['scan', '--unsafe-fixes']), /--unsafe-fixes only applies together with --fix/);
      assertOneSentence(run(['scan', '--jobs', 'many']), /Invalid value "many" for --jobs/);
      assertOneSentence(run(['scan', '--output']), /Option --output needs a value/);
      assertOneSentence(run(['deploy']), /Unknown command "deploy"/);
      assertOneSentence(run(['scan', '--rule', PINNED, '--output', join(workspace, 'no-such-folder', 'r.json')]), /Could not write the report/);
    });

    it('--version, --help and help scan exit 0', () => {
      assert.deepEqual(run(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
      const help = run(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /ai-audit scan \[paths\.\.\.\]/);
      assert.match(run(['help', 'scan']).stdout, /--fail-on SEVERITY/);
      assert.match(run(['scan', '--help']).stdout, /--unsafe-fixes/);
    });
  });

  describe('--fix', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'ai-audit-fix-'));
      cpSync(workspace, dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('applies safe fixes, prints them, and a second run finds nothing fixable', () => {
      const first = run(['scan', '--fix', '--jobs', '2', '--rule', PINNED], dir);
      assert.match(first.stdout, /^fixed api\/config_loader\.py:12: python\/yaml-load Use yaml\.safe_load$/m);
      assert.match(first.stdout, /^fixed AGENTS\.md:3: unicode\/tag-characters /m);
      const loader = readFileSync(join(dir, 'api/config_loader.py'), 'utf8');
      assert.match(loader, /return yaml\.safe_load\(f\)\n\n\ndef load_defaults/);
      assert.match(loader, /ai-audit-ignore-next-line python\/yaml-load -- [^\n]*\n\s+return yaml\.load\(f, Loader=yaml\.Loader\)/, 'a suppressed finding is not fixed');
      assert.doesNotMatch(readFileSync(join(dir, 'AGENTS.md'), 'utf8'), /[\u{E0000}-\u{E007F}]/u);
      assert.equal(first.status, 0, 'the exit code is about what is left: only findings below --fail-on high');
      assert.match(first.stdout, /^Scanned 4 files: 2 findings \(0 critical, 0 high, 1 medium, 1 low\); 1 suppressed, 2 fixes applied\./m);

      const second = JSON.parse(run(['scan', '--rule', PINNED, '--format', 'json'], dir).stdout);
      assert.equal(second.findings.filter((f: { fixes: { safety: string }[] }) => f.fixes.some((x) => x.safety === 'safe')).length, 0);
      assert.deepEqual(second.findings.map((f: { ruleId: string }) => f.ruleId), ['ai-audit/ignore-without-reason', 'ai-audit/ignore-unused']);
      const again = run(['scan', '--fix', '--rule', PINNED], dir);
      assert.doesNotMatch(again.stdout, /^fixed /m);
    });

    it('leaves files alone without --fix and keeps unsafe fixes for --unsafe-fixes', () => {
      writeFileSync(join(dir, 'api/shell.py'), 'import subprocess\n\nsubprocess.run("make clean", shell=True)\n');
      run(['scan', '--rule', 'python/subprocess-shell-true'], dir);
      run(['scan', '--fix', '--rule', 'python/subprocess-shell-true'], dir);
      assert.equal(readFileSync(join(dir, 'api/shell.py'), 'utf8'), 'import subprocess\n\nsubprocess.run("make clean", shell=True)\n');
      const r = run(['scan', '--fix', '--unsafe-fixes', '--rule', 'python/subprocess-shell-true', 'api/shell.py'], dir);
      assert.match(r.stdout, /^fixed api\/shell\.py:3: python\/subprocess-shell-true /m);
      assert.doesNotMatch(readFileSync(join(dir, 'api/shell.py'), 'utf8'), /shell=True/);
    });
  });

  describe('SARIF', () => {
    let dir: string;
    let file: string;
    let log: Record<string, any>;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'ai-audit-sarif-'));
      file = join(dir, 'scan.sarif');
      const r = run(['scan', '--rule', PINNED, '--format', 'sarif', '--output', file]);
      assert.equal(r.status, 1, r.stderr);
      log = JSON.parse(readFileSync(file, 'utf8'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('is valid against the SARIF 2.1.0 schema', () => {
      const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8'));
      assert.deepEqual(validate(schema, log), []);
    });

    it('passes the SARIF multitool validator without errors', function () {
      assert.ok(existsSync(MULTITOOL), `the SARIF multitool is missing at ${MULTITOOL} (npm ci installs it)`);
      const out = join(dir, 'validation.sarif');
      const r = spawnSync(MULTITOOL, ['validate', '--json-schema', SARIF_SCHEMA, '--output', out, file], { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 110000 });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const validation = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(validation.runs[0].invocations[0].executionSuccessful, true);
      const errors = (validation.runs[0].results as { level?: string; ruleId: string; message: { arguments?: string[] } }[]).filter((x) => x.level === 'error');
      assert.deepEqual(errors.map((e) => `${e.ruleId}: ${(e.message.arguments ?? []).join(' ')}`), []);
    });

    it('carries what GitHub code scanning reads', () => {
      const run0 = log.runs[0];
      const rules = run0.tool.driver.rules as Record<string, any>[];
      const yamlRule = rules.find((r) => r.id === 'python/yaml-load')!;
      assert.equal(yamlRule.shortDescription.text, 'yaml.load without a safe loader');
      assert.match(yamlRule.help.markdown, /## Use instead/);
      assert.doesNotMatch(yamlRule.help.text, /```|## /);
      assert.match(yamlRule.help.text, /^Use instead$/m);
      assert.match(yamlRule.help.text, /^ {4}import yaml$/m, 'code keeps its text, indented');
      assert.match(yamlRule.fullDescription.text, /^Flags yaml\.load and yaml\.load_all /);
      assert.ok(yamlRule.properties.tags.includes('security'));
      assert.ok(yamlRule.properties.tags.includes('external/cwe/cwe-502'));
      assert.equal(yamlRule.properties['security-severity'], '8.0');
      assert.equal(yamlRule.properties.precision, 'high');
      const results = run0.results as Record<string, any>[];
      for (const result of results) {
        assert.equal(rules[result.ruleIndex].id, result.ruleId);
        assert.equal(result.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.match(result.partialFingerprints['aiAuditFingerprint/v1'], /^[0-9a-f]{32}$/);
      }
      const levels = Object.fromEntries(results.map((r) => [r.ruleId, r.level]));
      assert.equal(levels['python/yaml-load'], 'error');
      assert.equal(levels['ai-audit/ignore-without-reason'], 'warning');
      assert.equal(levels['ai-audit/ignore-unused'], 'note');
      const fixed = results.find((r) => r.ruleId === 'python/yaml-load' && !r.suppressions)!;
      assert.equal(fixed.fixes[0].description.text, 'Use yaml.safe_load');
      assert.ok(fixed.fixes[0].artifactChanges[0].replacements.some((x: Record<string, any>) => x.insertedContent.text === 'safe_load' && x.deletedRegion.startLine === 12));
      assert.deepEqual(fixed.locations[0].physicalLocation.region, { startLine: 12, startColumn: 16, endLine: 12, endColumn: 48 });
      const suppressed = results.find((r) => r.suppressions)!;
      assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource', justification: 'fixture generated by our own build, never user input' }]);
      assert.equal(run0.columnKind, 'utf16CodeUnits');
    });
  });

  describe('rules', () => {
    it('lists the rules and counts them consistently', () => {
      const list = JSON.parse(run(['rules', '--format', 'json']).stdout) as { id: string; severity: string }[];
      const stats = JSON.parse(run(['rules', '--stats', '--format', 'json']).stdout);
      assert.ok(list.some((r) => r.id === 'python/yaml-load'));
      assert.equal(stats.total, list.length);
      assert.equal(Object.values(stats.bySeverity as Record<string, number>).reduce((a, b) => a + b, 0), list.length);
      assert.equal(Object.values(stats.byPack as Record<string, number>).reduce((a, b) => a + b, 0), list.length);
      const text = run(['rules', '--stats']);
      assert.equal(text.status, 0);
      assert.match(text.stdout, new RegExp(`^${list.length} rules, \\d+ on by default`));
      assert.match(run(['rules']).stdout, /^python\/yaml-load\s+high\s+high\s+stable\s+safe\s+yaml\.load without a safe loader$/m);
    });
  });
});
