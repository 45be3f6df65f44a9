/** `scan --check-registry`: the opt-in registry check, against a local fake registry (never the real one). */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../../server/out/cli.js');

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, CI: 'true', ...env } }, (error, stdout) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 2) : 0, stdout });
    });
  });
}

describe('cli/check-registry', () => {
  let server: Server;
  let base: string;
  let dir: string;
  const asked: string[] = [];

  before(async () => {
    server = createServer((request, response) => {
      asked.push(request.url ?? '');
      response.statusCode = 404;
      response.end('{}');
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-registry-'));
    writeFileSync(join(dir, 'requirements.txt'), 'reqeusts==2.31.0\n');
  });

  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('confirms that a near-miss name does not exist, only when asked to', async () => {
    const env = { AI_AUDIT_PYPI_REGISTRY: `${base}/pypi`, AI_AUDIT_NPM_REGISTRY: base };
    const quiet = await run(['scan', dir, '--all', '--format', 'json', '--fail-on', 'none'], env);
    assert.equal(asked.length, 0, 'no request without --check-registry');
    assert.match(quiet.stdout, /deps\/typosquat/);
    const checked = await run(['scan', dir, '--all', '--format', 'json', '--fail-on', 'none', '--check-registry'], env);
    assert.ok(asked.some((url) => url.includes('reqeusts')), `asked the fake registry: ${asked.join(', ')}`);
    assert.match(checked.stdout, /registry has no package named/);
  });
});
