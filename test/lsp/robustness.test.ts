/** Input that must never take the server down, and files that are skipped with one visible notice. */
import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { messageText, TestServer } from './harness';

function notice(diagnostics: Diagnostic[]): Diagnostic | undefined {
  const notices = diagnostics.filter((d) => d.code === 'ai-audit/notice');
  assert.ok(notices.length <= 1, 'at most one notice per file');
  return notices[0];
}

/** The message of the file's notice; empty without one. */
function noticeMessage(diagnostics: Diagnostic[]): string {
  const info = notice(diagnostics);
  return info ? messageText(info) : '';
}

describe('lsp/robustness', function () {
  let server: TestServer;
  let settings: Record<string, unknown> = {};

  before(async function () {
    server = await TestServer.start({ settings: () => settings });
  });
  after(async function () {
    if (server) assert.equal(await server.stop(), 0);
  });

  it('reports a binary file as skipped', async function () {
    const published = await server.open('file:///project/image.py', `\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR${'\u0000'.repeat(40)}`);
    const info = notice(published.diagnostics);
    assert.ok(info, 'one information notice');
    assert.equal(info.severity, 3);
    assert.equal(info.source, 'ai-audit');
    assert.deepEqual(info.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(messageText(info), /binary/);
  });

  it('reports invalid UTF-8 (decoded to replacement characters) as skipped', async function () {
    const text = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x61, 0x62, 0x63]).toString('utf8');
    const published = await server.open('file:///project/latin1.py', text.repeat(20));
    assert.match(noticeMessage(published.diagnostics), /invalid UTF-8/);
  });

  it('reports a 5 MB minified line as too large', async function () {
    const line = `var a=${'[1,2,3],'.repeat(5 * 1024 * 128)}0;`;
    const published = await server.open('file:///project/bundle.min.js', line, 'javascript');
    assert.match(noticeMessage(published.diagnostics), /over the 1024 KB limit \(aiAudit\.maxFileSizeKb\)/);
  });

  it('says when syntax rules were skipped for a minified file under the size limit', async function () {
    const line = `var a=${'[1,2,3],'.repeat(10000)}0;eval(atob(x));`;
    const published = await server.open('file:///project/app.min.js', line, 'javascript');
    assert.match(noticeMessage(published.diagnostics), /minified/);
  });

  it('analyses a half-typed file and keeps answering', async function () {
    const uri = 'file:///project/half.py';
    const halfTyped = 'import yaml\n\ndef read(path:\n    with open(path) as handle\n        return yaml.load(handle\n';
    const published = await server.open(uri, halfTyped);
    assert.equal(notice(published.diagnostics), undefined, 'a syntax error is not a reason to skip');
    let text = halfTyped;
    for (let version = 2; version < 8; version++) {
      text = text.slice(0, -3);
      await server.change(uri, text, version);
    }
    const last = await server.diagnosticsFor(uri, (d) => d.version === 7);
    assert.ok(Array.isArray(last.diagnostics));
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 0 } });
    assert.equal(hover, null);
  });

  it('answers requests about unknown documents and malformed data without failing', async function () {
    const uri = 'file:///project/never-opened.py';
    assert.equal(await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await server.codeActions(uri, []), []);
    const open = 'file:///project/odd-data.py';
    await server.open(open, 'import yaml\nyaml.load(x)\n');
    const forged = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 12 } }, message: 'x', source: 'ai-audit', data: { version: 'one' } };
    assert.deepEqual(await server.codeActions(open, [forged]), []);
    const result = await server.connection.sendRequest<{ applied: boolean }>('aiAudit/ignore', { uri, line: 0, ruleId: 'python/yaml-load', scope: 'line', version: 1, reason: 'x' });
    assert.equal(result.applied, false);
    assert.equal(await server.connection.sendRequest('workspace/executeCommand', { command: 'aiAudit.noSuchCommand', arguments: [] }), null);
  });

  it('survives settings of the wrong shape', async function () {
    settings = { enable: 'yes', run: 3, minimumSeverity: ['high'], rules: { 'python/yaml-load': 12, 'not a rule': 'off' }, exclude: 'all', maxFileSizeKb: 'big', timeBudgetMs: null, docsBaseUrl: 'javascript:alert(1)' };
    const uri = 'file:///project/shapes.py';
    const published = await server.open(uri, 'import yaml\nyaml.load(x)\n');
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['python/yaml-load']);
    assert.match(published.diagnostics[0]!.codeDescription!.href, /^file:/);
    settings = {};
  });
});
