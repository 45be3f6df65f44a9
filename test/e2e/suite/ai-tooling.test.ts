/**
 * End-to-end checks of the AI-tooling surfaces inside a real VS Code extension host, through the API only: hidden
 * Unicode tag characters in an agent rule file (AGENTS.md) and an MCP config (.vscode/mcp.json) with an unpinned
 * `npx -y` server and a plaintext token. The workspace is a copy of test/fixtures/e2e-workspace.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, rangeOf, ruleOf, until, waitForDiagnostics } from './helpers';

/** Resolves with the file's ai-audit diagnostics once every rule in `rules` has reported. */
function waitForRules(uri: vscode.Uri, rules: string[]): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (diagnostics) => rules.every((rule) => diagnostics.some((d) => ruleOf(d) === rule)));
}

/** [start line, start character, end line, end character] of a range, for one readable deepEqual. */
function span(range: vscode.Range): number[] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** The single run of Unicode tag characters in a document: its range and its text decoded to ASCII. */
function tagRun(document: vscode.TextDocument): { range: vscode.Range; decoded: string } {
  const text = document.getText();
  const runs = [...text.matchAll(/[\u{E0000}-\u{E007F}]+/gu)];
  assert.equal(runs.length, 1, `${document.uri.path} hides exactly one run of tag characters`);
  const run = runs[0]!;
  const decoded = [...run[0]].map((c) => String.fromCodePoint(c.codePointAt(0)! - 0xe0000)).join('');
  const start = run.index!;
  return { range: new vscode.Range(document.positionAt(start), document.positionAt(start + run[0].length)), decoded };
}

describe('ai-audit on AI-tooling files in VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('decodes the instruction hidden in AGENTS.md into the diagnostic and the hover', async () => {
    const document = await open('AGENTS.md');
    const { range, decoded } = tagRun(document);
    assert.ok(/^[\x20-\x7e]{20,}$/.test(decoded), `the fixture hides a readable sentence (decoded: ${JSON.stringify(decoded)})`);
    const diagnostics = await waitForRules(document.uri, ['unicode/tag-characters']);
    const tags = diagnostics.filter((d) => ruleOf(d) === 'unicode/tag-characters');
    assert.equal(tags.length, 1, 'one finding for the one hidden run');
    const finding = tags[0]!;
    assert.deepEqual(span(finding.range), span(range), 'the finding covers exactly the hidden run');
    assert.ok(finding.message.includes(`"${decoded}"`), `the message quotes the decoded text: ${finding.message}`);
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error, 'hidden text in an agent rule file is critical');
    assert.ok(!range.start.isEqual(new vscode.Position(range.start.line, 0)), 'the run sits after visible text on its line');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Hidden text the model reads/);
    assert.ok(text.includes(decoded), `the hover shows the decoded text: ${text.slice(0, 500)}`);
  });

  it('reports the unpinned npx server and the plaintext token of .vscode/mcp.json with exact ranges', async () => {
    const document = await open('.vscode', 'mcp.json');
    const diagnostics = await waitForRules(document.uri, ['mcp/unpinned-package', 'mcp/plaintext-secret']);
    const byRule = (rule: string): vscode.Diagnostic[] => diagnostics.filter((d) => ruleOf(d) === rule);

    const unpinned = byRule('mcp/unpinned-package');
    assert.equal(unpinned.length, 1, 'one unpinned server');
    assert.deepEqual(span(unpinned[0]!.range), span(rangeOf(document, '"@modelcontextprotocol/server-github"')), 'the package argument is reported');
    assert.equal(unpinned[0]!.severity, vscode.DiagnosticSeverity.Warning, 'medium severity is a warning');
    assert.match(unpinned[0]!.message, /@modelcontextprotocol\/server-github@/, 'the message shows a pinned example');

    const secret = byRule('mcp/plaintext-secret');
    assert.equal(secret.length, 1, 'one plaintext token');
    const value = /"GITHUB_PERSONAL_ACCESS_TOKEN":\s*("[^"]+")/.exec(document.getText())?.[1];
    assert.ok(value, 'the fixture sets GITHUB_PERSONAL_ACCESS_TOKEN in env');
    assert.deepEqual(span(secret[0]!.range), span(rangeOf(document, value)), 'the token value is reported');
    assert.equal(secret[0]!.severity, vscode.DiagnosticSeverity.Error, 'high severity is an error');
    assert.match(secret[0]!.message, /GITHUB_PERSONAL_ACCESS_TOKEN/);
    assert.ok(!secret[0]!.message.includes(value.slice(1, -1)), 'the message does not repeat the secret');
  });

  it('offers the plaintext-token fix as an unsafe, non-preferred quick fix that prompts through ${input:…}', async () => {
    const document = await open('.vscode', 'mcp.json');
    // The editor may re-open the file under another language mode right after it opened (json → jsonc), which
    // republishes its diagnostics: ask again with the current diagnostics until the actions answer for them.
    let fix: vscode.CodeAction | undefined;
    await until(async () => {
      const diagnostics = await waitForRules(document.uri, ['mcp/plaintext-secret']);
      const secret = diagnostics.find((d) => ruleOf(d) === 'mcp/plaintext-secret')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, secret.range);
      fix = actions.find((a) => a.edit && /\$\{input:[\w-]+\}/.test(a.title));
      return !!fix?.edit;
    }, 'the fix is offered for the plaintext token', 20_000);
    assert.ok(fix?.edit);
    assert.equal(fix.isPreferred, false, 'an unsafe fix is never preferred');
    assert.equal(fix.title.match(/\(unsafe\)/g)?.length, 1, `the title says "(unsafe)" once: ${fix.title}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    const reference = /\$\{input:([\w-]+)\}/.exec(fix.title)!;
    const text = document.getText();
    assert.ok(text.includes(`"GITHUB_PERSONAL_ACCESS_TOKEN": "${reference[0]}"`), `the value is now the reference:\n${text}`);
    assert.ok(!/ghp_/.test(text), 'the token is gone from the file');
    const parsed = JSON.parse(text) as { inputs?: { id: string; type: string; password?: boolean }[] };
    assert.deepEqual(parsed.inputs?.filter((i) => i.id === reference[1]).map((i) => [i.type, i.password]), [['promptString', true]], 'the input is declared as a password prompt');
    await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'mcp/plaintext-secret'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
