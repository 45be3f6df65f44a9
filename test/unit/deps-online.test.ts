/**
 * The optional online registry check, against a fake registry started here (never the real one): an existing name,
 * a missing name, a slow registry (timeout), the cache, and proof that a default audit opens no socket.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { RegistryClient, confirmFindings, ecosystemOf, registryUrl } from '../../server/src/deps-online/registry';
import { ALL, TODAY, testEngine } from '../helpers';

describe('deps-online registry check', () => {
  let server: Server;
  let base = '';
  const hits: string[] = [];
  const stalled: ServerResponse[] = [];

  before(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      const url = request.url ?? '';
      hits.push(url);
      if (url.includes('slow-package')) {
        stalled.push(response);
        return;
      }
      if (url.includes('broken-registry')) return void response.writeHead(503).end();
      const exists = /\/(npm\/(express|@scope%2Fwidget)|pypi\/requests\/json)$/.test(url);
      response.writeHead(exists ? 200 : 404, { 'content-type': 'application/json' }).end(exists ? '{"name":"x"}' : '{"error":"Not found"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    for (const response of stalled) response.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    hits.length = 0;
  });

  const client = (timeoutMs = 2000) => new RegistryClient({ npmRegistry: `${base}/npm`, pypiRegistry: `${base}/pypi`, timeoutMs });

  it('builds the registry URLs (scoped npm names are escaped)', () => {
    assert.equal(registryUrl('npm', 'express'), 'https://registry.npmjs.org/express');
    assert.equal(registryUrl('npm', '@scope/widget'), 'https://registry.npmjs.org/@scope%2Fwidget');
    assert.equal(registryUrl('pypi', 'requests'), 'https://pypi.org/pypi/requests/json');
  });

  it('reports an existing name (200) and a missing one (404)', async () => {
    const registry = client();
    assert.equal(await registry.exists('npm', 'express'), 'exists');
    assert.equal(await registry.exists('npm', '@scope/widget'), 'exists');
    assert.equal(await registry.exists('npm', 'expresss-made-up'), 'missing');
    assert.equal(await registry.exists('pypi', 'requests'), 'exists');
    assert.equal(await registry.exists('pypi', 'reqeusts'), 'missing');
    assert.deepEqual(hits, ['/npm/express', '/npm/@scope%2Fwidget', '/npm/expresss-made-up', '/pypi/requests/json', '/pypi/reqeusts/json']);
  });

  it('gives up after the timeout and reports unknown, without caching it', async () => {
    const registry = client(150);
    const started = Date.now();
    assert.equal(await registry.exists('npm', 'slow-package'), 'unknown');
    assert.ok(Date.now() - started < 1500, 'the timeout was not honoured');
    assert.equal(await registry.exists('npm', 'slow-package'), 'unknown');
    assert.equal(registry.requests, 2);
  });

  it('treats server errors as unknown', async () => {
    assert.equal(await client().exists('npm', 'broken-registry'), 'unknown');
  });

  it('answers a second question from the cache and shares concurrent requests', async () => {
    const registry = client();
    const [a, b] = await Promise.all([registry.exists('pypi', 'Requests'), registry.exists('pypi', 'requests')]);
    assert.deepEqual([a, b], ['exists', 'exists']);
    assert.equal(await registry.exists('pypi', 'requests'), 'exists');
    assert.equal(hits.length, 1);
    assert.equal(registry.requests, 1);
  });

  it('confirms findings: a missing name becomes high confidence, others pass through', async () => {
    const engine = testEngine();
    const text = '{\n  "dependencies": {\n    "express": "^4.21.2",\n    "expresss": "^4.21.2",\n    "request": "^2.88.2"\n  }\n}\n';
    const { findings } = await engine.analyse({ path: 'package.json', text }, { config: ALL, today: TODAY });
    const typo = findings.find((f) => f.ruleId === 'deps/typosquat');
    assert.ok(typo, 'expected a typosquat finding for expresss');
    const confirmed = await confirmFindings('package.json', findings, client());
    const after = confirmed.find((f) => f.ruleId === 'deps/typosquat')!;
    assert.equal(after.confidence, 'high');
    assert.equal(after.severity, 'high');
    assert.match(after.message, /registry has no package named `expresss`/);
    assert.deepEqual(confirmed.filter((f) => f.ruleId !== 'deps/typosquat'), findings.filter((f) => f.ruleId !== 'deps/typosquat'));
    assert.deepEqual(hits, ['/npm/expresss']);
  });

  it('knows which registry a file belongs to', () => {
    assert.equal(ecosystemOf('web/package.json'), 'npm');
    assert.equal(ecosystemOf('src/app.tsx'), 'npm');
    assert.equal(ecosystemOf('requirements-dev.txt'), 'pypi');
    assert.equal(ecosystemOf('pkg/pyproject.toml'), 'pypi');
    assert.equal(ecosystemOf('main.go'), undefined);
  });

  it('a default audit opens no socket', async () => {
    const original = Socket.prototype.connect;
    const originalFetch = globalThis.fetch;
    let connections = 0;
    Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
      connections++;
      return (original as (...a: unknown[]) => Socket).apply(this, args);
    } as typeof Socket.prototype.connect;
    globalThis.fetch = (async (...args: Parameters<typeof fetch>) => {
      connections++;
      return originalFetch(...args);
    }) as typeof fetch;
    try {
      const engine = testEngine();
      await engine.analyse({ path: 'package.json', text: '{"dependencies": {"expresss": "1.0.0", "made-up-package-xyz": "1.0.0"}}' }, { config: ALL, today: TODAY });
      await engine.analyse({ path: 'requirements.txt', text: 'reqeusts==2.32.3\npdf-invoice-extractor-ai==0.3\n' }, { config: ALL, today: TODAY });
      await engine.analyse({ path: 'app.py', text: 'import reqeusts\n' }, { config: ALL, today: TODAY });
    } finally {
      Socket.prototype.connect = original;
      globalThis.fetch = originalFetch;
    }
    assert.equal(connections, 0);
  });
});
