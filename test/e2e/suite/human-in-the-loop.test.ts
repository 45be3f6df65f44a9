/**
 * End-to-end checks of the "human in the loop" features inside a real VS Code extension host, through the API only:
 * a large insertion is tracked as unreviewed AI-sized code (CodeLens, note on the findings inside it) until it is
 * marked reviewed, the threshold setting, and ignoring a finding with a reason in languages whose comment syntax
 * differs from the UI test's. The files are written into the workspace copy by the tests themselves.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, createAndOpen, ours, rangeOf, ruleOf, until, waitForDiagnostics } from './helpers';

const MARK_REVIEWED = 'aiAudit.markReviewed';
const THRESHOLD_SETTING = 'unreviewedBlockMinLines';
/** What the user reads at the end of a finding inside an unreviewed block (protocol.ts UNREVIEWED_NOTE). */
const UNREVIEWED_NOTE = '(in unreviewed AI-sized block)';

/** Ten non-blank lines with one `python/yaml-load` finding: what an assistant might paste in one go. */
const LARGE_BLOCK = [
  '',
  'def load_settings(path):',
  '    with open(path) as handle:',
  '        text = handle.read()',
  '    values = yaml.load(text)',
  '    if not values:',
  '        return {}',
  '    merged = dict(values)',
  '    merged.setdefault("debug", False)',
  '    merged.setdefault("workers", 4)',
  '    return merged',
  '',
].join('\n');

/** Three lines with a `python/yaml-load` finding: a short edit, below the default threshold. */
const SHORT_BLOCK = ['', 'def parse(text):', '    return yaml.load(text)', ''].join('\n');

/** The "Mark reviewed" CodeLenses of a document. */
async function reviewLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.filter((lens) => lens.command?.command === MARK_REVIEWED);
}

/** Waits until the document shows exactly `count` "Mark reviewed" CodeLenses and returns them. */
async function waitForLenses(uri: vscode.Uri, count: number): Promise<vscode.CodeLens[]> {
  let lenses: vscode.CodeLens[] = [];
  await until(async () => (lenses = await reviewLenses(uri)).length === count, `${count} "Mark reviewed" CodeLens(es) on ${uri.path}, got ${lenses.length}`);
  return lenses;
}

/** Inserts `text` at the end of the document in one WorkspaceEdit (like an accepted suggestion or an agent's write). */
async function insertAtEnd(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, text);
  assert.equal(await vscode.workspace.applyEdit(edit), true, 'the edit applies');
}

/** The `python/yaml-load` findings of a list of diagnostics. */
function yamlLoads(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => ruleOf(d) === 'python/yaml-load');
}

/** Sets the threshold in the user settings and waits until the extension host sees the new value. */
async function setThreshold(value: number | undefined): Promise<void> {
  const configuration = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('aiAudit');
  await configuration().update(THRESHOLD_SETTING, value, vscode.ConfigurationTarget.Global);
  await until(() => configuration().inspect(THRESHOLD_SETTING)?.globalValue === value, `aiAudit.${THRESHOLD_SETTING} reads ${value}`);
}

describe('ai-audit: human in the loop', () => {
  before(async () => {
    await activateExtension();
  });

  it('marks a large insertion as unreviewed until "Mark reviewed", and leaves a short one alone', async () => {
    const document = await createAndOpen('import yaml\n', 'hitl_block.py');
    await insertAtEnd(document, LARGE_BLOCK);
    const [lens] = await waitForLenses(document.uri, 1);
    assert.equal(lens!.range.start.line, 1, 'the lens sits on the first line of the block');
    assert.match(lens!.command!.title, /Unreviewed AI-sized code \(\d+ lines\): Mark reviewed/);
    const noted = await waitForDiagnostics(document.uri, (d) => yamlLoads(d).some((x) => x.message.endsWith(UNREVIEWED_NOTE)));
    assert.equal(yamlLoads(noted)[0]!.range.start.line, rangeOf(document, 'yaml.load(text)').start.line);

    await vscode.commands.executeCommand(lens!.command!.command, ...(lens!.command!.arguments ?? []));
    await waitForLenses(document.uri, 0);
    await waitForDiagnostics(document.uri, (d) => yamlLoads(d).length === 1 && !d.some((x) => x.message.includes(UNREVIEWED_NOTE)));

    await insertAtEnd(document, SHORT_BLOCK);
    await waitForDiagnostics(document.uri, (d) => yamlLoads(d).length === 2);
    assert.deepEqual(await reviewLenses(document.uri), [], 'a short insertion gets no lens');
    assert.ok(!ours(document.uri).some((x) => x.message.includes(UNREVIEWED_NOTE)), 'nor a note on its finding');
  });

  it('follows aiAudit.unreviewedBlockMinLines: a lower threshold records a short insertion, 0 records none', async () => {
    const document = await createAndOpen('import yaml\n', 'hitl_threshold.py');
    try {
      await setThreshold(2);
      await insertAtEnd(document, SHORT_BLOCK);
      const [lens] = await waitForLenses(document.uri, 1);
      await vscode.commands.executeCommand(lens!.command!.command, ...(lens!.command!.arguments ?? []));
      await waitForLenses(document.uri, 0);

      await setThreshold(0);
      await insertAtEnd(document, LARGE_BLOCK);
      await waitForDiagnostics(document.uri, (d) => yamlLoads(d).length === 2);
      assert.deepEqual(await reviewLenses(document.uri), [], 'with tracking off a large insertion gets no lens');
    } finally {
      await setThreshold(undefined);
    }
  });

  /**
   * Files in other comment syntaxes than the UI test's JavaScript: the finding, and what the directive above it
   * starts with (the finding line's indentation and the language's line comment).
   */
  const ignoreCases = [
    {
      language: 'Go',
      path: ['ping.go'],
      rule: 'go/command-injection',
      text: [
        'package handlers',
        '',
        'import (',
        '\t"net/http"',
        '\t"os/exec"',
        ')',
        '',
        'func Ping(w http.ResponseWriter, r *http.Request) {',
        '\thost := r.URL.Query().Get("host")',
        '\tout, _ := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()',
        '\tw.Write(out)',
        '}',
        '',
      ].join('\n'),
      needle: 'exec.Command(',
      prefix: '\t//',
    },
    {
      language: 'a GitHub Actions workflow',
      path: ['.github', 'workflows', 'triage.yml'],
      rule: 'gha/script-injection',
      text: [
        'name: triage',
        'on:',
        '  issues:',
        '    types: [opened]',
        'permissions: {}',
        'jobs:',
        '  label:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - name: Log the title',
        '        run: echo "New issue: ${{ github.event.issue.title }}"',
        '',
      ].join('\n'),
      needle: 'github.event.issue.title',
      prefix: '        #',
    },
  ];
  const REASON = 'reviewed: the value comes from a trusted source';

  for (const { language, path, rule, text, needle, prefix } of ignoreCases) {
    it(`ignores a finding in ${language} with a reason, in its comment syntax on the line above`, async () => {
      const document = await createAndOpen(text, ...path);
      const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === rule));
      const finding = diagnostics.find((d) => ruleOf(d) === rule)!;
      const line = rangeOf(document, needle).start.line;
      assert.equal(finding.range.start.line, line, `${rule} is reported on the line of ${needle}`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding.range);
      const ignore = actions.find((a) => a.command?.command === 'aiAudit.ignore' && a.title.includes('on this line'));
      assert.ok(ignore?.command, `an "ignore on this line" action is offered (got: ${actions.map((a) => a.title).join(' | ')})`);
      // The reason goes in as the command's extra argument, instead of the input box the code action opens.
      const applied = await vscode.commands.executeCommand<boolean>(ignore.command.command, ...(ignore.command.arguments ?? []), REASON);
      assert.equal(applied, true, 'the server inserted the directive');
      assert.equal(document.lineAt(line).text, `${prefix} ai-audit-ignore-next-line ${rule} -- ${REASON}`, 'the directive is on the line above the finding');
      assert.equal(rangeOf(document, needle).start.line, line + 1);
      await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === rule) && !d.some((x) => ruleOf(x).startsWith('ai-audit/')));
    });
  }
});
