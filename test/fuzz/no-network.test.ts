/**
 * A default audit never opens a socket or resolves a name: the engine over examples/ in this process, and the
 * CLI (one job and a worker pool) as a child with every network entry point replaced by one that throws and
 * records (test/fuzz/deny-network.ts, preloaded with `node -r`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../server/src/engine/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { collectFiles } from '../../server/src/audit/walk';
import { auditFiles } from '../../server/src/audit/run';
import { serverBundle } from '../lsp/harness';
import { denyNetwork } from './deny-network';

const root = join(__dirname, '../../..');
const examples = join(root, 'examples');

describe('fuzz/no-network', function () {
  this.timeout(60000);
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ai-audit-network-'));
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('the engine opens no connection while auditing examples/', async () => {
    const attempts: string[] = [];
    const restore = denyNetwork((what) => attempts.push(what));
    try {
      // A fresh engine, so loading rules and grammars happens under the patch too.
      const engine = new Engine(loadBundledRules());
      const { files } = await collectFiles(examples);
      assert.ok(files.length > 5, 'examples/ should hold files to audit');
      const results = await auditFiles(engine, files, { config: { ...DEFAULT_CONFIG, all: true } });
      assert.ok(results.some((r) => r.findings.length > 0), 'the audit should find something in examples/');
    } finally {
      restore();
    }
    assert.deepEqual(attempts, []);
  });

  for (const jobs of [1, 2]) {
    it(`the CLI opens no connection (--jobs ${jobs})`, () => {
      const log = join(scratch, `network-${jobs}.log`);
      const preload = join(__dirname, 'deny-network.js');
      const cli = join(serverBundle(), '../cli.js');
      const result = spawnSync(process.execPath, ['-r', preload, cli, 'scan', examples, '--format', 'json', '--fail-on', 'none', '--jobs', String(jobs), '--all'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, AI_AUDIT_NETWORK_LOG: log, CI: '1' },
      });
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout) as { summary: { filesScanned: number; findings: number } };
      assert.ok(report.summary.findings > 0, 'the scan should find something in examples/');
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      const loaded = lines.filter((l) => l.startsWith('loaded '));
      // With a pool, the worker threads loaded the guard too (thread ids other than 0).
      if (jobs > 1) assert.ok(loaded.some((l) => l !== 'loaded 0'), `the guard did not reach the worker threads: ${loaded.join(', ')}`);
      assert.deepEqual(lines.filter((l) => !l.startsWith('loaded ')), []);
    });
  }
});
