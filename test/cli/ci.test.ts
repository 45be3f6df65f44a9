/**
 * The CLI features a pipeline needs, in a temporary git repository: `--diff` (only findings on changed lines, plus
 * untracked files; a bad ref or a folder outside git is a usage error), `ai-audit.json` and `--config` (rules,
 * thresholds, excludes, team policy), and the exit codes of each.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '../../../server/out/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function scan(cwd: string, args: string[]): Run {
  const result = spawnSync(process.execPath, [cli, 'scan', '--time-budget-ms', '120000', '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' }, timeout: 180000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The (path, line, rule) of each finding of a JSON report. */
function findings(run: Run): string[] {
  const report = JSON.parse(run.stdout) as { findings: { path: string; ruleId: string; range: { start: { line: number } } }[] };
  return report.findings.map((f) => `${f.path}:${f.range.start.line + 1}:${f.ruleId}`);
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

const UNSAFE_LOAD = 'def load(data):\n    return yaml.load(data)\n';

describe('cli: CI features', function () {
  this.timeout(240000);
  let repo: string;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'ai-audit-ci-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'test@example.com');
    git(repo, 'config', 'user.name', 'Test');
    git(repo, 'config', 'commit.gpgsign', 'false');
    writeFileSync(join(repo, 'old.py'), `import yaml\n\n${UNSAFE_LOAD}`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'initial');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  describe('--diff', () => {
    it('reports only findings on lines changed since the ref, and untracked files', () => {
      writeFileSync(join(repo, 'old.py'), `import yaml\n\n${UNSAFE_LOAD}\n${UNSAFE_LOAD.replace('load(data)', 'load_again(data)').replace('def load', 'def load_again')}`);
      writeFileSync(join(repo, 'new.py'), `import yaml\n${UNSAFE_LOAD}`);
      const all = scan(repo, ['--rule', 'python/yaml-load']);
      assert.deepEqual(findings(all), ['new.py:3:python/yaml-load', 'old.py:4:python/yaml-load', 'old.py:7:python/yaml-load']);
      const changed = scan(repo, ['--rule', 'python/yaml-load', '--diff', 'HEAD']);
      assert.equal(changed.status, 1, changed.stderr);
      assert.deepEqual(findings(changed), ['new.py:3:python/yaml-load', 'old.py:7:python/yaml-load']);
    });

    it('exits 0 when the findings are all on unchanged lines', () => {
      writeFileSync(join(repo, 'old.py'), `import yaml\n\n${UNSAFE_LOAD}\n# a comment added below\n`);
      const run = scan(repo, ['--rule', 'python/yaml-load', '--diff', 'HEAD']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(findings(run), []);
    });

    it('compares with a commit further back, counting committed changes too', () => {
      writeFileSync(join(repo, 'later.py'), `import yaml\n${UNSAFE_LOAD}`);
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'second');
      assert.deepEqual(findings(scan(repo, ['--rule', 'python/yaml-load', '--diff', 'HEAD~1'])), ['later.py:3:python/yaml-load']);
      assert.deepEqual(findings(scan(repo, ['--rule', 'python/yaml-load', '--diff', 'HEAD'])), []);
    });

    it('fails with exit code 2 and one sentence for an unknown ref or a folder outside git', () => {
      const bad = scan(repo, ['--diff', 'no-such-branch']);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /^ai-audit: --diff: git does not know the ref "no-such-branch"\.\n$/);
      const option = scan(repo, ['--diff', '--upload-pack=touch']);
      assert.equal(option.status, 2);
      const outside = mkdtempSync(join(tmpdir(), 'ai-audit-nogit-'));
      try {
        const run = scan(outside, ['--diff', 'HEAD']);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /is not inside a git repository\.\n$/);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  describe('ai-audit.json', () => {
    it('turns rules off, raises thresholds and excludes files', () => {
      mkdirSync(join(repo, 'generated'));
      writeFileSync(join(repo, 'generated/client.py'), `import yaml\n${UNSAFE_LOAD}`);
      assert.equal(findings(scan(repo, ['--rule', 'python/yaml-load'])).length, 2);
      writeFileSync(join(repo, 'ai-audit.json'), JSON.stringify({ exclude: ['generated/**'] }));
      assert.deepEqual(findings(scan(repo, ['--rule', 'python/yaml-load'])), ['old.py:4:python/yaml-load']);
      writeFileSync(join(repo, 'ai-audit.json'), JSON.stringify({ rules: { 'python/yaml-load': 'off' } }));
      const off = scan(repo, []);
      assert.equal(off.status, 0, off.stderr);
      assert.ok(!findings(off).some((f) => f.endsWith('python/yaml-load')));
      writeFileSync(join(repo, 'ai-audit.json'), JSON.stringify({ minimumSeverity: 'critical' }));
      assert.deepEqual(findings(scan(repo, ['--rule', 'python/yaml-load'])), []);
      // A flag is the more specific request and wins over the file.
      assert.equal(findings(scan(repo, ['--rule', 'python/yaml-load', '--min-severity', 'high'])).length, 2);
    });

    it('reports banned packages, banned models and MCP servers outside the allow-list', () => {
      writeFileSync(join(repo, 'ai-audit.json'), JSON.stringify({
        policy: { bannedPackages: { npm: ['left-pad'], pypi: ['pickle5'] }, bannedModels: ['evil-org/*'], allowedMcpServers: ['@modelcontextprotocol/server-filesystem'] },
      }));
      writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'x', dependencies: { 'left-pad': '1.3.0', express: '4.0.0' } }, null, 2));
      writeFileSync(join(repo, 'requirements.txt'), '# pickle5 is mentioned in a comment only\nrequests==2.32.0\npickle5==0.0.11\n');
      writeFileSync(join(repo, 'app.js'), "// import pad from 'left-pad' is only a comment\nconst pad = require('left-pad');\n");
      writeFileSync(join(repo, 'model.py'), '# AutoModel.from_pretrained("evil-org/model") in a comment\nfrom transformers import AutoModel\nm = AutoModel.from_pretrained("evil-org/model")\nok = AutoModel.from_pretrained("good-org/model")\n');
      mkdirSync(join(repo, '.vscode'));
      writeFileSync(join(repo, '.vscode/mcp.json'), JSON.stringify({ servers: {
        files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.1.1', '.'] },
        other: { command: 'npx', args: ['-y', 'some-mcp-server'] },
      } }, null, 2));
      const run = scan(repo, ['--rule', 'python/yaml-load', '--fail-on', 'high']);
      assert.equal(run.status, 1, run.stderr);
      const policy = findings(run).filter((f) => f.includes(':policy/'));
      assert.deepEqual(policy.sort(), [
        '.vscode/mcp.json:11:policy/mcp-server-not-allowed',
        'app.js:2:policy/banned-package',
        'model.py:3:policy/banned-model',
        'package.json:4:policy/banned-package',
        'requirements.txt:3:policy/banned-package',
      ]);
      // SARIF carries policy findings with a rule descriptor of their own, so code scanning shows them.
      const sarif = spawnSync(process.execPath, [cli, 'scan', '--format', 'sarif', '--rule', 'python/yaml-load'], { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 180000 });
      const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number }[] }[] };
      const driverRules = log.runs[0]!.tool.driver.rules.map((r) => r.id);
      const policyResults = log.runs[0]!.results.filter((r) => r.ruleId.startsWith('policy/'));
      assert.equal(policyResults.length, 5);
      for (const result of policyResults) assert.equal(driverRules[result.ruleIndex], result.ruleId);
      writeFileSync(join(repo, 'ai-audit.json'), JSON.stringify({ rules: { 'policy/*': 'off' }, policy: { bannedPackages: { npm: ['left-pad'] } } }));
      assert.deepEqual(findings(scan(repo, ['--rule', 'python/yaml-load'])).filter((f) => f.includes(':policy/')), []);
    });

    it('reads --config FILE and rejects a missing or invalid one with exit code 2', () => {
      writeFileSync(join(repo, 'strict.json'), JSON.stringify({ rules: { 'python/yaml-load': 'off' } }));
      assert.deepEqual(findings(scan(repo, ['--config', 'strict.json'])).filter((f) => f.endsWith('yaml-load')), []);
      const missing = scan(repo, ['--config', 'nope.json']);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /No such configuration file: nope\.json/);
      writeFileSync(join(repo, 'ai-audit.json'), JSON.stringify({ rulez: {} }));
      const invalid = scan(repo, []);
      assert.equal(invalid.status, 2);
      assert.match(invalid.stderr, /unknown key "rulez" \(did you mean "rules"\?\)/);
    });
  });
});
