/** The audit pool: how many files `--jobs auto` analyses at once, and workers started before the files are known. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTO_MAX_JOBS, AUTO_MIN_BYTES, EarlyWorkers, autoJobs, auditFilesInParallel, workerOptionsOf } from '../../server/src/audit/pool';
import { Engine } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { FileReads } from '../../server/src/audit/run';

describe('unit/pool', () => {
  it('runs on one thread until the files add up to enough work to pay for starting workers', () => {
    assert.equal(autoJobs(0, 8), 1);
    assert.equal(autoJobs(AUTO_MIN_BYTES - 1, 8), 1);
    assert.equal(autoJobs(AUTO_MIN_BYTES, 2), 2);
    assert.equal(autoJobs(AUTO_MIN_BYTES, 1), 1);
  });

  it('uses one worker per core, up to the cap', () => {
    assert.equal(autoJobs(200 * 1024 * 1024, 3), 3);
    assert.equal(autoJobs(200 * 1024 * 1024, 64), AUTO_MAX_JOBS);
  });
});

describe('unit/pool early workers', function () {
  this.timeout(60000);
  let dir: string;
  const options = { config: { ...DEFAULT_CONFIG } };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-pool-'));
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `f${i}.js`), `const cp = require('child_process');\ncp.exec('ls ' + process.argv[${i}]);\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('audits with a worker started before the files were known, and the same findings as one thread', async () => {
    const files = readdirSync(dir).map((name) => join(dir, name));
    const engine = new Engine(loadBundledRules());
    const alone = await auditFilesInParallel(engine, files, options, 1);
    const early = new EarlyWorkers(1, options);
    try {
      const together = await auditFilesInParallel(engine, files, options, 2, false, early);
      assert.deepEqual(together.map((a) => a.findings.map((f) => `${a.path}:${f.range.start.line} ${f.ruleId}`)), alone.map((a) => a.findings.map((f) => `${a.path}:${f.range.start.line} ${f.ruleId}`)));
      assert.ok(alone.some((a) => a.findings.length > 0), 'the files have findings');
      // The pool took the started worker instead of starting another.
      assert.equal(early.take(workerOptionsOf(options)), undefined);
    } finally {
      early.release();
    }
  });

  it('gives a started worker only to an audit with the same options, and stops the ones not taken', async () => {
    const early = new EarlyWorkers(1, options);
    assert.equal(early.take(workerOptionsOf({ config: { ...DEFAULT_CONFIG, timeBudgetMs: 1 } })), undefined);
    const worker = early.take(workerOptionsOf(options));
    assert.ok(worker, 'a worker for the same options');
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    await worker.terminate();
    await exited;
    const waiting = new EarlyWorkers(1, options);
    waiting.release();
    assert.equal(waiting.take(workerOptionsOf(options)), undefined);
  });
});

describe('unit/pool file reads', () => {
  let dir: string;
  let files: string[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-reads-'));
    files = ['a', 'b', 'c', 'd'].map((name) => join(dir, name));
    files.forEach((file, i) => writeFileSync(file, `file ${i}`));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const readAll = async (reads: FileReads) => {
    const seen: string[] = [];
    const pending: number[] = [];
    for (let i = 0; i < files.length; i++) {
      seen.push(String(await reads.read(files[i]!, files.slice(i + 1))));
      pending.push(reads.pending);
    }
    return { seen, pending };
  };

  it('reads on this thread while the reads are quick, and nothing ahead', async () => {
    const { seen, pending } = await readAll(new FileReads({ share: Infinity, minimumMs: 0, eachMs: 0 }));
    assert.deepEqual(seen, ['file 0', 'file 1', 'file 2', 'file 3']);
    assert.deepEqual(pending, [0, 0, 0, 0]);
  });

  it('reads nothing ahead for reads that are each quick, however much of the time they take', async () => {
    const { pending } = await readAll(new FileReads({ share: -1, minimumMs: -1, eachMs: Infinity }));
    assert.deepEqual(pending, [0, 0, 0, 0]);
  });

  it('reads the next files ahead once the reads wait for the disk, and hands them out in turn', async () => {
    const { seen, pending } = await readAll(new FileReads({ share: -1, minimumMs: -1, eachMs: -1 }));
    assert.deepEqual(seen, ['file 0', 'file 1', 'file 2', 'file 3']);
    assert.deepEqual(pending, [3, 2, 1, 0]);
    assert.equal(await new FileReads({ share: -1, minimumMs: -1, eachMs: -1 }).read(join(dir, 'missing'), []), undefined);
  });
});
