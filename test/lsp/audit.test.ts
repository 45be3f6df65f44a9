/** The workspace audit command over a temporary folder: progress, closed-file diagnostics, re-runs, clearing. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuditSummary } from '../../server/src/protocol';
import { TestServer } from './harness';

const UNSAFE = 'import yaml\n\n\ndef read(stream):\n    return yaml.load(stream)\n';
const SAFE = 'import yaml\n\n\ndef read(stream):\n    return yaml.safe_load(stream)\n';

describe('lsp/audit workspace', function () {
  let root: string;
  let server: TestServer;
  const uri = (relative: string) => pathToFileURL(join(root, relative)).toString();

  before(async function () {
    root = mkdtempSync(join(tmpdir(), 'ai-audit-lsp-'));
    const write = (relative: string, text: string | Buffer) => {
      mkdirSync(join(root, relative, '..'), { recursive: true });
      writeFileSync(join(root, relative), text);
    };
    write('app/loader.py', UNSAFE);
    write('app/clean.py', SAFE);
    write('app/open.py', SAFE);
    write('node_modules/pkg/vendored.py', UNSAFE);
    write('ignored/skip.py', UNSAFE);
    write('.gitignore', 'ignored/\n');
    write('excluded/gen.py', UNSAFE);
    write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    server = await TestServer.start({
      workDoneProgress: true,
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'project' }],
      settings: () => ({ exclude: ['excluded/**'] }),
    });
  });

  after(async function () {
    if (server) assert.equal(await server.stop(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  it('audits closed files with progress and publishes their diagnostics', async function () {
    // An open document is audited from the editor's text, not from disk.
    await server.open(uri('app/open.py'), UNSAFE);
    const mark = server.diagnostics.length;
    const summary = await server.connection.sendRequest<AuditSummary>('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });
    // Read: app/{loader,clean,open}.py and .gitignore; set aside: the PNG.
    assert.deepEqual(summary, { files: 4, findings: 2, skipped: 1, skippedReasons: { binary: 1 }, cancelled: false });
    const published = server.diagnostics.slice(mark);
    const loader = published.filter((d) => d.uri === uri('app/loader.py'));
    assert.equal(loader.length, 1);
    assert.deepEqual(loader[0]!.diagnostics.map((d) => d.code), ['python/yaml-load']);
    assert.deepEqual(loader[0]!.diagnostics[0]!.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 28 } });
    assert.ok(published.some((d) => d.uri === uri('app/open.py') && d.diagnostics.length === 1));
    for (const never of ['node_modules/pkg/vendored.py', 'ignored/skip.py', 'excluded/gen.py']) {
      assert.ok(!published.some((d) => d.uri === uri(never)), `${never} is not audited`);
    }
    const kinds = server.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.equal(server.progress[0]!.value.cancellable, true);
    assert.ok(server.progress.some((p) => p.value.kind === 'report' && p.value.message === '4/4 files'));
  });

  it('replaces the results of an earlier run instead of adding to them', async function () {
    writeFileSync(join(root, 'app/loader.py'), SAFE);
    const mark = server.diagnostics.length;
    const summary = await server.connection.sendRequest<AuditSummary>('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });
    assert.equal(summary.findings, 1);
    const loader = server.diagnostics.slice(mark).filter((d) => d.uri === uri('app/loader.py'));
    assert.deepEqual(loader.map((d) => d.diagnostics.length), [0]);
    writeFileSync(join(root, 'app/loader.py'), UNSAFE);
  });

  it('audits only the named files and leaves the other results alone', async function () {
    const mark = server.diagnostics.length;
    const summary = await server.connection.sendRequest<AuditSummary>('workspace/executeCommand', {
      command: 'aiAudit.auditFiles',
      arguments: [[join(root, 'app/loader.py'), uri('app/clean.py'), join(root, 'excluded/gen.py'), join(root, 'no-such-file.py')]],
    });
    // app/clean.py is as the last run read it, so its result is reused; app/loader.py was written since.
    assert.deepEqual(summary, { files: 2, findings: 1, skipped: 0, cancelled: false, unchanged: 1 });
    const published = server.diagnostics.slice(mark);
    assert.deepEqual(published.map((d) => d.uri).sort(), [uri('app/clean.py'), uri('app/loader.py')]);
    assert.deepEqual(published.find((d) => d.uri === uri('app/loader.py'))?.diagnostics.map((d) => d.code), ['python/yaml-load']);
  });

  it('clears the results of closed files', async function () {
    await server.connection.sendRequest<AuditSummary>('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });
    const mark = server.diagnostics.length;
    const cleared = await server.connection.sendRequest<number>('workspace/executeCommand', { command: 'aiAudit.clearResults', arguments: [] });
    assert.equal(cleared, 3, 'app/loader.py, app/clean.py and .gitignore: the closed files the audit read');
    const published = server.diagnostics.slice(mark);
    assert.deepEqual(published.find((d) => d.uri === uri('app/loader.py'))?.diagnostics, []);
    assert.ok(!published.some((d) => d.uri === uri('app/open.py')), 'open documents keep their diagnostics');
  });

  it('stops when the user cancels the progress', async function () {
    mkdirSync(join(root, 'many'));
    for (let i = 0; i < 300; i++) writeFileSync(join(root, 'many', `m${i}.py`), UNSAFE);
    const mark = server.progress.length;
    const pending = server.connection.sendRequest<AuditSummary>('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });
    const begin = await server.waitFor('the progress to begin', () => server.progress.slice(mark).find((p) => p.value.kind === 'begin'));
    await server.connection.sendNotification('window/workDoneProgress/cancel', { token: begin.token });
    const summary = await pending;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.files < 304, `stopped early (${summary.files} files)`);
    assert.equal(server.progress.at(-1)?.value.kind, 'end');
    rmSync(join(root, 'many'), { recursive: true, force: true });
  });
});

describe('lsp/audit cache', function () {
  let root: string;
  let storage: string;
  const servers: TestServer[] = [];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'ai-audit-lsp-cache-'));
    storage = mkdtempSync(join(tmpdir(), 'ai-audit-lsp-storage-'));
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'app/loader.py'), UNSAFE);
    writeFileSync(join(root, 'app/clean.py'), SAFE);
  });

  after(async function () {
    for (const server of servers) await server.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  });

  /** A server of a new session, with the client's storage folder for this workspace. */
  async function session(): Promise<TestServer> {
    const server = await TestServer.start({
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'project' }],
      initializationOptions: { trusted: true, cacheDir: join(storage, 'audit-cache') },
    });
    servers.push(server);
    return server;
  }
  const audit = (server: TestServer) => server.connection.sendRequest<AuditSummary>('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });

  it('reuses the results of the last session from the storage folder, and analyses what changed since', async function () {
    const first = await session();
    assert.deepEqual(await audit(first), { files: 2, findings: 1, skipped: 0, cancelled: false });
    // One cache file and the key that signs it, both readable by this user only.
    const files = readdirSync(join(storage, 'audit-cache')).sort();
    assert.equal(files.length, 2);
    assert.match(files[0]!, /^audit-[0-9a-f]{16}\.json$/);
    assert.equal(files[1], 'key');
    for (const file of files) assert.equal(statSync(join(storage, 'audit-cache', file)).mode & 0o777, 0o600);
    assert.equal(await first.stop(), 0);

    writeFileSync(join(root, 'app/clean.py'), UNSAFE);
    const second = await session();
    const mark = second.diagnostics.length;
    assert.deepEqual(await audit(second), { files: 2, findings: 2, skipped: 0, cancelled: false, unchanged: 1 });
    // A reused result is published like a fresh one.
    const loader = second.diagnostics.slice(mark).find((d) => d.uri === pathToFileURL(join(root, 'app/loader.py')).toString());
    assert.deepEqual(loader?.diagnostics.map((d) => d.code), ['python/yaml-load']);
    assert.deepEqual(await audit(second), { files: 2, findings: 2, skipped: 0, cancelled: false, unchanged: 2 });
  });

  it('shares one cache between workspace folders whose settings agree', async function () {
    const other = mkdtempSync(join(tmpdir(), 'ai-audit-lsp-cache-other-'));
    try {
      writeFileSync(join(other, 'tool.py'), UNSAFE);
      const server = await TestServer.start({
        workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'project' }, { uri: pathToFileURL(other).toString(), name: 'other' }],
        initializationOptions: { trusted: true, cacheDir: join(storage, 'audit-cache') },
      });
      servers.push(server);
      const first = await audit(server);
      assert.equal(first.files, 3);
      assert.deepEqual(await audit(server), { ...first, unchanged: 3 });
      assert.equal(readdirSync(join(storage, 'audit-cache')).filter((n) => n.startsWith('audit-')).length, 1, 'one cache file for both folders');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('starts over when the settings change what runs', async function () {
    const server = await TestServer.start({
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'project' }],
      initializationOptions: { trusted: true, cacheDir: join(storage, 'audit-cache') },
      settings: () => ({ rules: { 'python/yaml-load': 'off' } }),
    });
    servers.push(server);
    const before = readdirSync(join(storage, 'audit-cache')).filter((n) => n.startsWith('audit-'));
    assert.deepEqual(await audit(server), { files: 2, findings: 0, skipped: 0, cancelled: false });
    // The cache of the settings no folder has any more is gone from the storage folder; this run's is there.
    const after = readdirSync(join(storage, 'audit-cache')).filter((n) => n.startsWith('audit-'));
    assert.equal(after.length, 1);
    assert.ok(!before.includes(after[0]!), `a new cache file (${after[0]}), the old one (${before.join(', ')}) removed`);
  });
});
