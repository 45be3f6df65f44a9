/**
 * `ai-audit scan --cache`, run as a child process on temporary copies of the fixture workspaces: a second scan
 * reuses the results of unchanged files and gives the same report, and every input a result depends on (the file's
 * bytes, a manifest the import rules read, the configuration) makes it analyse again. A cache file not signed with
 * the user's key (planted in the repository, edited) is not used.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../../..');
const cli = join(repo, 'server/out/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runWith(args: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1', ...env }, timeout: 180000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The `cache: …` line of a scan's standard error, as [reused, total, analysed]. */
function cacheLine(r: Run): [number, number, number] {
  const m = /^cache: (\d+) of (\d+) files unchanged since the cached scan, (\d+) analysed$/m.exec(r.stderr);
  assert.ok(m, `no cache line in:\n${r.stderr}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The report without what differs between two runs of the same scan (none of its fields do). */
function report(r: Run): { findings: { ruleId: string; path: string }[]; filesScanned: number } {
  assert.equal(r.stderr.includes('Error'), false, r.stderr);
  return JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[]; filesScanned: number };
}

describe('cli --cache', function () {
  this.timeout(300000);
  let dir: string;
  let cacheFile: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-cache-'));
    // Made before the first scan, so that saving the cache does not change a folder the analyses look up.
    mkdirSync(join(dir, 'cache'));
    cacheFile = join(dir, 'cache', 'scan.json');
    // The signing key lives in the user's cache folder: one per test.
    env = { XDG_CACHE_HOME: join(dir, 'home-cache') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) => runWith(args, cwd, { ...env, ...extra });

  /** A copy of a fixture folder inside the test's folder. */
  function copy(fixture: string): string {
    const target = join(dir, 'work');
    cpSync(join(repo, 'test/fixtures', fixture), target, { recursive: true });
    return target;
  }

  it('reuses every result of an unchanged workspace, with the same report, on one thread and on workers', () => {
    const work = copy('workspace');
    const scan = (...extra: string[]) => run(['scan', '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', cacheFile, ...extra], work);
    const cold = scan();
    const [reused, total, analysed] = cacheLine(cold);
    assert.equal(reused, 0);
    assert.equal(analysed, total);
    assert.ok(total > 5, `a real workspace (${total} files)`);
    assert.ok(report(cold).findings.length > 5);
    // Readable by this user only, outside of what the report lists.
    assert.equal(statSync(cacheFile).mode & 0o777, 0o600);

    for (const jobs of ['1', '2']) {
      const warm = scan('--jobs', jobs);
      assert.deepEqual(cacheLine(warm), [total, total, 0], `--jobs ${jobs}`);
      assert.deepEqual(report(warm), report(cold), `--jobs ${jobs}`);
    }
  });

  it('analyses a file again when its bytes change, and reports what it holds now', () => {
    const work = copy('workspace');
    const scan = () => run(['scan', '--format', 'json', '--fail-on', 'none', '--rule', 'python/yaml-load', '--cache', '--cache-location', cacheFile], work);
    const cold = report(scan());
    const target = cold.findings.find((f) => f.ruleId === 'python/yaml-load');
    assert.ok(target, 'the workspace has a yaml.load finding');
    const file = join(work, target.path);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/yaml\.load\(/g, 'yaml.safe_load('));
    const edited = scan();
    const [, total, analysed] = cacheLine(edited);
    assert.equal(analysed, 1, `only the edited file of ${total} is analysed`);
    assert.equal(report(edited).findings.filter((f) => f.path === target.path).length, 0);
    // And back: the stored result is of the edited bytes, the old one is gone.
    writeFileSync(file, text);
    const restored = scan();
    assert.equal(cacheLine(restored)[2], 1);
    assert.deepEqual(report(restored), cold);
  });

  it('analyses a file again when a manifest its imports were checked against changes (look-ups recorded on workers)', () => {
    const work = copy('deps-project');
    const scan = (...extra: string[]) => run(['scan', '--format', 'json', '--fail-on', 'none', '--rule', 'deps/undeclared-import', '--cache', '--cache-location', cacheFile, ...extra], work);
    assert.deepEqual(report(scan('--jobs', '2')).findings, [], 'every import is declared');
    const manifest = join(work, 'web/package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/\n\s*"zod": "[^"]+",?/, ''));
    const after = scan();
    assert.ok(cacheLine(after)[2] >= 1, 'the importing file is analysed again');
    const findings = report(after).findings;
    assert.deepEqual(findings.map((f) => [f.ruleId, f.path]), [['deps/undeclared-import', 'web/src/routes.js']]);
  });

  it('starts over when the configuration changes, and keeps separate scans apart', () => {
    const work = copy('workspace');
    const base = ['scan', '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', cacheFile];
    const total = cacheLine(run(base, work))[1];
    assert.deepEqual(cacheLine(run([...base, '--min-severity', 'high'], work)), [0, total, total]);
    writeFileSync(join(work, 'ai-audit.json'), JSON.stringify({ rules: { 'python/yaml-load': 'off' } }));
    const withFile = run(base, work);
    assert.equal(cacheLine(withFile)[0], 0);
    assert.equal(report(withFile).findings.some((f) => f.ruleId === 'python/yaml-load'), false);
    // The default location: one file per scanned folder under XDG_CACHE_HOME, never in the workspace.
    const xdg = join(dir, 'home-cache');
    const inHome = ['scan', '--format', 'json', '--fail-on', 'none', '--cache'];
    assert.equal(cacheLine(run(inHome, work, { XDG_CACHE_HOME: xdg }))[0], 0);
    assert.equal(cacheLine(run(inHome, work, { XDG_CACHE_HOME: xdg }))[2], 0);
    assert.equal(cacheLine(run([...inHome, join(work, 'api')], work, { XDG_CACHE_HOME: xdg }))[0], 0, 'another scanned folder has its own cache');
    assert.ok(existsSync(join(xdg, 'ai-audit')));
  });

  it('does not trust a cache file planted in the repository, nor scan it', () => {
    const work = copy('workspace');
    const planted = join(work, '.ai-audit-cache.json');
    const scan = () => run(['scan', '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', planted], work);
    const honest = scan();
    const total = cacheLine(honest)[1];
    const findings = report(honest).findings;
    assert.ok(findings.length > 5);
    assert.equal(findings.some((f) => f.path === '.ai-audit-cache.json'), false, 'the cache file is not audited');
    // The same file with every result emptied, as someone without the user's key would commit it.
    const [header, body] = readFileSync(planted, 'utf8').split('\n') as [string, string];
    const parsed = JSON.parse(body) as { files: Record<string, { result: { findings: unknown[] } }> };
    for (const entry of Object.values(parsed.files)) entry.result.findings = [];
    writeFileSync(planted, `${header}\n${JSON.stringify(parsed)}`);
    // Saving the cache into the scanned folder makes the look-ups that listed it stale once, then never again.
    scan();
    assert.deepEqual(cacheLine(scan()), [total, total, 0]);
    writeFileSync(planted, `${header}\n${JSON.stringify(parsed)}`);
    const forged = scan();
    assert.match(forged.stderr, /^note: the cache file .* does not carry this user's signature; it is rebuilt$/m);
    assert.deepEqual(cacheLine(forged), [0, total, total]);
    assert.deepEqual(report(forged).findings, findings);
    // Another user's key (another cache home) does not verify it either; this user's next scan does.
    assert.equal(cacheLine(run(['scan', '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', planted], work, { XDG_CACHE_HOME: join(dir, 'other-user') }))[0], 0);
    assert.equal(cacheLine(run(['scan', '--format', 'json', '--fail-on', 'none', '--cache', '--cache-location', planted], work, { XDG_CACHE_HOME: join(dir, 'other-user') }))[0], total);
    assert.match(scan().stderr, /does not carry this user's signature/);
    writeFileSync(planted, 'not a cache file');
    const broken = scan();
    assert.match(broken.stderr, /^note: the cache file .* is not one ai-audit wrote; it is rebuilt$/m);
    assert.equal(broken.status, 0);
    assert.equal(cacheLine(scan())[0], total);
  });

  it('refuses --cache with --fix, and --cache-location without --cache, in one sentence', () => {
    const work = copy('workspace');
    for (const [args, pattern] of [
      [['scan', '--cache', '--fix'], /--cache and --fix cannot be combined/],
      [['scan', '--cache-location', cacheFile], /--cache-location goes with --cache/],
    ] as const) {
      const r = run([...args], work);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
    assert.equal(existsSync(cacheFile), false);
  });
});
