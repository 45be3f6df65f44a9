/**
 * The audit cache in-process: what it stores, what makes a stored result stale (bytes, look-ups on disk, the day
 * of a dated ignore directive), which results it never stores, and how a run that did not reach every file keeps
 * the rest.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditCache, auditContext, cacheKey, storeKey } from '../../server/src/audit/cache';
import { recordProjectReads, npmDeclared } from '../../server/src/rules/deps/project';
import { auditFiles, type FileAudit } from '../../server/src/audit/run';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { Engine } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';

const UNSAFE = 'import yaml\n\n\ndef read(stream):\n    return yaml.load(stream)\n';

describe('unit/audit-cache', function () {
  this.timeout(60000);
  let dir: string;
  const engine = new Engine(loadBundledRules());
  const options = { config: { ...DEFAULT_CONFIG, timeBudgetMs: 60000 } };
  const context = auditContext({ config: options.config, policy: null });
  let key: Buffer;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-unit-cache-'));
    key = cacheKey(join(dir, 'home'))!;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ids = (results: FileAudit[]) => results.map((r) => r.findings.map((f) => f.ruleId));

  it('reuses a stored result until the bytes change, and keeps only the files of the last run', async () => {
    const a = join(dir, 'a.py');
    const b = join(dir, 'b.py');
    writeFileSync(a, UNSAFE);
    writeFileSync(b, UNSAFE);
    const file = join(dir, 'cache.json');
    const first = AuditCache.open(file, key, context, '2026-01-01');
    const cold = await auditFiles(engine, [a, b], { ...options, cache: first });
    assert.deepEqual([first.reused, first.analysed], [0, 2]);
    await first.save();

    writeFileSync(b, UNSAFE.replace('yaml.load', 'yaml.safe_load'));
    const second = AuditCache.open(file, key, context, '2026-01-01');
    const warm = await auditFiles(engine, [a, b], { ...options, cache: second });
    assert.deepEqual([second.reused, second.analysed], [1, 1]);
    assert.deepEqual(warm[0], cold[0], 'the stored result, as it was');
    assert.deepEqual(ids(warm), [['python/yaml-load'], []]);
    await second.save();

    // A run of `a` only drops `b`, unless the run is partial.
    const third = AuditCache.open(file, key, context, '2026-01-01');
    await auditFiles(engine, [a], { ...options, cache: third });
    assert.ok(third.renewed('2026-01-01').expected(a));
    assert.equal(third.renewed('2026-01-01').expected(b), undefined);
    third.partial = true;
    assert.ok(third.renewed('2026-01-01').expected(b));
  });

  it('is empty for another context, and a result with a dated ignore directive lasts one day', async () => {
    const dated = join(dir, 'dated.py');
    writeFileSync(dated, `import yaml\nyaml.load(s)  # ai-audit-ignore python/yaml-load -- trusted input until 2026-06-30\n`);
    const file = join(dir, 'cache.json');
    const cache = AuditCache.open(file, key, context, '2026-06-30');
    const [result] = await auditFiles(engine, [dated], { ...options, today: '2026-06-30', cache });
    assert.ok(result!.findings.some((f) => f.suppression), 'suppressed on its last day');
    assert.ok(cache.renewed('2026-06-30').expected(dated), 'the same day: reused');
    assert.equal(cache.renewed('2026-07-01').expected(dated), undefined, 'the next day: analysed again (the directive has expired)');
    await cache.save();
    assert.ok(AuditCache.open(file, key, context, '2026-06-30').expected(dated));
    assert.equal(AuditCache.open(file, key, auditContext({ config: { ...options.config, all: true }, policy: null }), '2026-06-30').expected(dated), undefined);
  });

  it('goes stale when a folder or manifest the import rules looked up changes', async () => {
    mkdirSync(join(dir, 'web/src'), { recursive: true });
    writeFileSync(join(dir, 'web/package.json'), JSON.stringify({ name: 'web', dependencies: { express: '4' } }));
    const source = join(dir, 'web/src/app.js');
    writeFileSync(source, "import express from 'express';\nimport leftpadx from 'leftpadx';\n");
    const cache = AuditCache.open(undefined, undefined, context, '2026-01-01');
    await auditFiles(engine, [source], { ...options, config: { ...options.config, rules: { 'deps/undeclared-import': 'on' } }, cache });
    assert.ok(cache.renewed('2026-01-01').expected(source));
    // Touched without a change: still the same.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'web/package.json'), later, later);
    assert.ok(cache.renewed('2026-01-01').expected(source));
    // Changed, with the modification time put back (as `cp -p` or `rsync -t` leave it): stale.
    const manifest = join(dir, 'web/package.json');
    const before = statSync(manifest);
    writeFileSync(manifest, JSON.stringify({ name: 'web', dependencies: { express: '4', leftpadx: '1' } }));
    utimesSync(manifest, before.atime, before.mtime);
    assert.equal(statSync(manifest).mtimeMs, before.mtimeMs);
    assert.equal(cache.renewed('2026-01-01').expected(source), undefined);
    // A file added to a folder the look-ups listed: stale too (it may be a manifest or a local module).
    const again = AuditCache.open(undefined, undefined, context, '2026-01-01');
    await auditFiles(engine, [source], { ...options, config: { ...options.config, rules: { 'deps/undeclared-import': 'on' } }, cache: again });
    assert.ok(again.renewed('2026-01-01').expected(source));
    writeFileSync(join(dir, 'web/requirements.txt'), '');
    assert.equal(again.renewed('2026-01-01').expected(source), undefined);
  });

  it('does not take a body signed for one context under the header of another', async () => {
    const a = join(dir, 'a.py');
    writeFileSync(a, UNSAFE);
    const narrow = auditContext({ config: { ...options.config, rules: { '*': 'off', 'python/pickle-deserialization': 'on' } }, policy: null });
    const file = join(dir, 'cache.json');
    const cache = AuditCache.open(file, key, narrow, '2026-01-01');
    const [result] = await auditFiles(engine, [a], { config: { ...options.config, rules: { '*': 'off', 'python/pickle-deserialization': 'on' } }, cache });
    assert.deepEqual(result!.findings, []);
    await cache.save();
    const [header, body] = readFileSync(file, 'utf8').split('\n') as [string, string];
    writeFileSync(file, `${JSON.stringify({ ...JSON.parse(header), context })}\n${body}`);
    const swapped = AuditCache.open(file, key, context, '2026-01-01');
    assert.match(swapped.problem ?? '', /does not carry this user's signature/);
    assert.equal(swapped.expected(a), undefined);
  });

  it('keeps the first key when two runs make one at once', () => {
    const home = join(dir, 'race');
    mkdirSync(home);
    const first = Buffer.alloc(32, 1);
    assert.deepEqual(storeKey(join(home, 'key'), first), first);
    chmodSync(join(home, 'key'), 0o600);
    // The second run found no key, made its own, and finds the first one in place: it uses that.
    assert.deepEqual(storeKey(join(home, 'key'), Buffer.alloc(32, 2)), first);
    assert.deepEqual(cacheKey(home), first);
    assert.deepEqual(readdirSync(home), ['key'], 'no temporary file left');
  });

  it('never stores a result that was cut off or failed', async () => {
    const slow = join(dir, 'slow.py');
    writeFileSync(slow, UNSAFE);
    const cache = AuditCache.open(undefined, undefined, context, '2026-01-01');
    const [result] = await auditFiles(engine, [slow], { config: { ...options.config, timeBudgetMs: 0 }, cache });
    assert.ok(result!.notices.some((n) => n.kind === 'timeout'), JSON.stringify(result!.notices));
    assert.equal(cache.renewed('2026-01-01').expected(slow), undefined);
  });

  it('reads only a file signed with the key of this user, and keeps that key to this user', async () => {
    const a = join(dir, 'a.py');
    writeFileSync(a, UNSAFE);
    const file = join(dir, 'cache.json');
    const first = AuditCache.open(file, key, context, '2026-01-01');
    await auditFiles(engine, [a], { ...options, cache: first });
    assert.equal(await first.save(), undefined);
    assert.ok(AuditCache.open(file, key, context, '2026-01-01').expected(a), 'signed with this key: read');
    assert.equal(statSync(join(dir, 'home/key')).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir, 'home')).mode & 0o777, 0o700);
    assert.deepEqual(cacheKey(join(dir, 'home')), key, 'the same key on the next run');

    // A forged result (no findings) under the original signature, and a file signed with another key.
    const [header, body] = readFileSync(file, 'utf8').split('\n') as [string, string];
    const forgedBody = body.replace(/"findings":\[\{.*?\}\](?=,"notices")/, '"findings":[]');
    assert.notEqual(forgedBody, body);
    JSON.parse(forgedBody);
    writeFileSync(file, `${header}\n${forgedBody}`);
    const forged = AuditCache.open(file, key, context, '2026-01-01');
    assert.match(forged.problem ?? '', /does not carry this user's signature/);
    assert.equal(forged.expected(a), undefined);
    const other = cacheKey(join(dir, 'elsewhere'))!;
    assert.notDeepEqual(other, key);
    const stranger = AuditCache.open(file, other, context, '2026-01-01');
    assert.equal(stranger.expected(a), undefined);
    // A key others could read or write is replaced by a new one.
    chmodSync(join(dir, 'home/key'), 0o644);
    assert.notDeepEqual(cacheKey(join(dir, 'home')), key);
    assert.equal(statSync(join(dir, 'home/key')).mode & 0o777, 0o600);
  });

  it('records the look-ups of analyses that overlap on one thread in each of them', async () => {
    mkdirSync(join(dir, 'one/.git'), { recursive: true });
    mkdirSync(join(dir, 'two/.git'), { recursive: true });
    writeFileSync(join(dir, 'one/package.json'), '{}');
    writeFileSync(join(dir, 'two/package.json'), '{}');
    let releaseA!: () => void;
    const gateA = new Promise<void>((resolve) => (releaseA = resolve));
    let releaseB!: () => void;
    const gateB = new Promise<void>((resolve) => (releaseB = resolve));
    // A starts, B starts, A looks up, A ends, then B looks up: each holds its own look-up.
    const a = recordProjectReads(async () => {
      await gateA;
      npmDeclared(join(dir, 'one/a.js'));
    });
    const b = recordProjectReads(async () => {
      await gateB;
      npmDeclared(join(dir, 'two/b.js'));
    });
    releaseA();
    const ra = await a;
    releaseB();
    const rb = await b;
    assert.ok(ra.reads.some(([kind, path]) => kind === 'file' && path === join(dir, 'one/package.json')), JSON.stringify(ra.reads));
    assert.ok(rb.reads.some(([kind, path]) => kind === 'file' && path === join(dir, 'two/package.json')), JSON.stringify(rb.reads));
  });
});
