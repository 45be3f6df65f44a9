/** `aiAudit/report` over a real server: nothing before an audit; after one, the webview page, HTML, Markdown, SARIF. */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AuditSummary, ReportParams, ReportResult } from '../../server/src/protocol';
import { TestServer } from './harness';

describe('lsp/report', function () {
  let root: string;
  let server: TestServer;
  const report = (params: ReportParams) => server.connection.sendRequest<ReportResult>('aiAudit/report', params);

  before(async function () {
    root = mkdtempSync(join(tmpdir(), 'ai-audit-report-'));
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'app/loader.py'), 'import yaml\n\n\ndef read(stream):\n    return yaml.load(stream)\n');
    writeFileSync(join(root, 'app/quiet.py'), 'import yaml\n\n\ndef read(stream):\n    # ai-audit-ignore-next-line python/yaml-load -- the stream is our own <signed> file\n    return yaml.load(stream)\n');
    writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    server = await TestServer.start({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'project' }] });
  });

  after(async function () {
    if (server) assert.equal(await server.stop(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  it('has nothing to show before an audit', async function () {
    assert.deepEqual(await report({ format: 'html' }), { findings: 0 });
  });

  it('renders the last audit for the webview, under a strict CSP with the given nonce', async function () {
    const summary = await server.connection.sendRequest<AuditSummary>('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });
    assert.equal(summary.findings, 1);
    const nonce = 'abcdefghijklmnopqrstuvwx';
    const page = await report({ format: 'webview', nonce, cspSource: 'vscode-webview://x', unreviewed: 2 });
    assert.equal(page.findings, 1);
    const text = page.text!;
    assert.match(text, new RegExp(`content="default-src 'none'; img-src vscode-webview://x data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';"`));
    assert.equal((text.match(/<script/g) ?? []).length, 1);
    assert.ok(text.includes(`<script nonce="${nonce}">`));
    assert.ok(!/(src|href)="(https?:)?\/\//.test(text), 'no remote content');
    assert.ok(text.includes(`data-uri="${pathToFileURL(join(root, 'app/loader.py')).toString()}"`));
    assert.ok(text.includes('<svg'), 'charts');
    assert.match(text, /<b>2<\/b>unreviewed AI-sized blocks/);
    // The suppression's reason is shown, escaped.
    assert.ok(text.includes('the stream is our own &#60;signed&#62; file'));
    assert.match(text, /Skipped: 1 binary\./);
    // A nonce that could break out of its attribute is refused.
    assert.equal((await report({ format: 'webview', nonce: '"><script>' })).text, undefined);
  });

  it('exports a static HTML page, Markdown and SARIF', async function () {
    const html = (await report({ format: 'html' })).text!;
    assert.ok(!html.includes('<script'), 'the exported page needs no script');
    assert.match(html, /default-src 'none'/);
    const markdown = (await report({ format: 'markdown' })).text!;
    assert.match(markdown, /^# AI Audit report\n/);
    assert.match(markdown, /\| high \| `app\/loader\.py:5:12` \| `python\/yaml-load` \|/);
    assert.match(markdown, /- Unreviewed AI-sized blocks: unknown/);
    assert.match(markdown, /\| `app\/quiet\.py:6` \| `python\/yaml-load` \| the stream is our own &lt;signed> file \|/);
    const sarif = JSON.parse((await report({ format: 'sarif' })).text!) as { version: string; runs: { results: { ruleId: string; suppressions?: { justification: string }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0]!.results.map((r) => [r.ruleId, r.suppressions?.[0]?.justification]), [['python/yaml-load', undefined], ['python/yaml-load', 'the stream is our own <signed> file']]);
  });
});
