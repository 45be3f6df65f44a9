/**
 * End-to-end checks inside a real VS Code extension host, through the API only: activation and commands,
 * diagnostics with their exact ranges, suppression comments, hover, code actions and their fix, the workspace
 * audit and the rule documentation. The workspace is a copy of test/fixtures/e2e-workspace.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, open, rangeOf, ruleOf, waitForDiagnostics } from './helpers';

describe('ai-audit in VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('activates and registers every command of the manifest', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, true);
    const declared = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(declared.length >= 7, `the manifest declares the commands (${declared.join(', ')})`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((id) => !registered.has(id)), [], 'every declared command is registered');
  });

  it('reports yaml.load in Python with its exact range, and honours the ignore comment', async () => {
    const document = await open('settings_loader.py');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'python/yaml-load'));
    const yamlLoad = diagnostics.filter((d) => ruleOf(d) === 'python/yaml-load');
    assert.equal(yamlLoad.length, 1, 'one finding: the second yaml.load is suppressed by its ignore comment');
    const expected = rangeOf(document, 'yaml.load(handle)', 0);
    assert.deepEqual(
      [yamlLoad[0]!.range.start.line, yamlLoad[0]!.range.start.character, yamlLoad[0]!.range.end.line, yamlLoad[0]!.range.end.character],
      [expected.start.line, expected.start.character, expected.end.line, expected.end.character],
    );
    assert.equal(yamlLoad[0]!.severity, vscode.DiagnosticSeverity.Error, 'high severity is an error');
    const others = diagnostics.filter((d) => ruleOf(d) !== 'python/yaml-load');
    assert.deepEqual(others.map((d) => `${ruleOf(d)}: ${d.message}`), [], 'no other diagnostic: the ignore comment is valid and used, the analysis complete');
  });

  it('reports command injection in JavaScript', async () => {
    const document = await open('files.js');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'js/child-process-exec-injection'));
    const finding = diagnostics.find((d) => ruleOf(d) === 'js/child-process-exec-injection')!;
    assert.equal(finding.range.start.line, rangeOf(document, 'exec(`ls').start.line);
  });

  it('explains the finding on hover, with the CWE link', async () => {
    const document = await open('settings_loader.py');
    const [finding] = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'python/yaml-load'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, finding!.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /python\/yaml-load/);
    assert.match(text, /cwe\.mitre\.org\/data\/definitions\/502\.html/);
  });

  it('offers the safe fix as the preferred quick fix, plus ignore and documentation actions', async () => {
    const document = await open('settings_loader.py');
    const [finding] = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'python/yaml-load'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding!.range);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Use yaml.safe_load');
    assert.ok(fix, `the fix is offered (got: ${titles.join(' | ')})`);
    assert.equal(fix.isPreferred, true, 'a safe fix is preferred');
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
    assert.ok(actions.some((a) => a.command?.command === 'aiAudit.ignore'), 'an ignore action calls the client command');
    assert.ok(actions.some((a) => a.command?.command === 'aiAudit.showRuleDocumentation'), 'a documentation action is offered');
  });

  it('audits the workspace through the server command and returns its summary', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('aiAudit.auditWorkspace');
    assert.ok(summary, 'the command returns the audit summary');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 2, `both fixture files audited (files: ${summary.files})`);
    assert.ok(summary.findings >= 2, `both findings published (findings: ${summary.findings})`);
  });

  it('opens the rule documentation in the Markdown preview', async () => {
    await vscode.commands.executeCommand('aiAudit.showRuleDocumentation', 'python/yaml-load');
    const deadline = Date.now() + 20_000;
    const isPreview = (tab: vscode.Tab): boolean => tab.input instanceof vscode.TabInputWebview && /markdown/i.test(tab.input.viewType) && /yaml-load/.test(tab.label);
    while (!vscode.window.tabGroups.all.some((g) => g.tabs.some(isPreview))) {
      assert.ok(Date.now() < deadline, `a Markdown preview of yaml-load.md opens (tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', ')})`);
      await new Promise<void>((resolve) => {
        const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
          listener.dispose();
          resolve();
        });
        setTimeout(() => {
          listener.dispose();
          resolve();
        }, 1000);
      });
    }
  });

  it('restarts the server, after which the server commands still answer and the audit cache is still there', async () => {
    // A closed file without findings: its result is stored in the extension's storage for this workspace.
    const closed = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'closed_clean.py');
    await vscode.workspace.fs.writeFile(closed, Buffer.from('import json\n\n\ndef read(text):\n    return json.loads(text)\n'));
    try {
      const first = await vscode.commands.executeCommand<{ files: number } | undefined>('aiAudit.auditWorkspace');
      assert.ok(first && first.files >= 3, 'the new file is audited');
      await vscode.commands.executeCommand('aiAudit.restartServer');
      const cleared = await vscode.commands.executeCommand<unknown>('aiAudit.clearResults');
      assert.equal(typeof cleared, 'number', 'clearResults returns the number of files it cleared');
      const summary = await vscode.commands.executeCommand<{ files: number; unchanged?: number } | undefined>('aiAudit.auditWorkspace');
      assert.ok(summary && summary.files >= 3, 'the restarted server audits the workspace');
      assert.ok((summary.unchanged ?? 0) >= 1, `the new server process reuses the stored result of the unchanged closed file (${JSON.stringify(summary)})`);
    } finally {
      await vscode.workspace.fs.delete(closed);
    }
  });

  it('applies the fix, after which the finding is gone', async () => {
    const document = await open('settings_loader.py');
    const [finding] = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'python/yaml-load'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding!.range);
    const fix = actions.find((a) => a.title === 'Use yaml.safe_load');
    assert.ok(fix?.edit, 'the fix carries its edit');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.match(document.lineAt(finding!.range.start.line).text, /return yaml\.safe_load\(handle\)/);
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === 'python/yaml-load'));
  });
});
