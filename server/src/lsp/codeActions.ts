/**
 * Code actions per diagnostic, in a fixed order: the rule's fix (preferred when safe), fix all of the rule in the
 * file (safe fixes only), ignore on this line, ignore in this file, show documentation. `source.fixAll.aiAudit`
 * applies every safe fix of the file. Every edit names the document version; actions for a stale version are
 * dropped.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic, type Range, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { applyFixes, changedSpan } from '../engine/apply';
import { type Finding, fixLabel } from '../engine/finding';
import { Commands, type DiagnosticFix, FIX_ALL_KIND, type IgnoreCommandArguments } from '../protocol';
import { diagnosticData } from './diagnostics';
import { commentSyntaxFor } from './ignore';

/** A versioned edit of one document. */
export function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/** The one edit that turns the document's text into `after` (the changed middle, common prefix and suffix kept). */
export function minimalEdit(document: TextDocument, after: string): TextEdit | undefined {
  const before = document.getText();
  if (before === after) return undefined;
  const { start, oldEnd, newEnd } = changedSpan(before, after);
  return { range: { start: document.positionAt(start), end: document.positionAt(oldEnd) }, newText: after.slice(start, newEnd) };
}

/** The edit applying every safe fix of the given findings, or undefined when none applies. */
export function safeFixAllEdit(document: TextDocument, findings: readonly Finding[]): { edit: WorkspaceEdit; count: number } | undefined {
  const fixed = applyFixes(document.getText(), [...findings], (fix) => fix.safety === 'safe');
  const edit = fixed.applied.length ? minimalEdit(document, fixed.text) : undefined;
  return edit ? { edit: versionedEdit(document, [edit]), count: fixed.applied.length } : undefined;
}

/** Whether the client asked for kinds that include `kind` (no filter means every kind). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function fixAction(document: TextDocument, diagnostic: Diagnostic, fix: DiagnosticFix): CodeAction {
  const safe = fix.safety === 'safe';
  return {
    // Module rules may already end their title with the marker; it is shown once.
    title: fixLabel(fix),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: safe,
    edit: versionedEdit(document, fix.edits.map((e) => ({ range: e.range, newText: e.newText }))),
  };
}

/** Whether two LSP ranges are the same. */
function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The quick fixes for the diagnostics of a request. `findings` is the analysis of the document's current version
 * (for fix-all of a rule, and for diagnostics published for another version); undefined when it is stale.
 */
export function quickFixes(params: CodeActionParams, document: TextDocument, path: string, findings: readonly Finding[] | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const titles = new Set<string>();
  const add = (action: CodeAction) => {
    if (titles.has(action.title)) return;
    titles.add(action.title);
    actions.push(action);
  };
  const comments = commentSyntaxFor(path, document.getText()) !== undefined;
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnosticData(diagnostic);
    if (!data) continue;
    let fixes = data.fixes;
    if (data.version !== document.version) {
      // Computed for another version (or by a workspace audit before the file was opened): use the finding of the
      // current analysis at the same place, if there is one; otherwise its ranges no longer point at the right text.
      const current = findings?.find((f) => f.ruleId === data.ruleId && sameRange(f.range, diagnostic.range));
      if (!current) continue;
      fixes = current.fixes;
    }
    const ruleId = data.ruleId;
    for (const fix of fixes) actions.push(fixAction(document, diagnostic, fix));
    const ofRule = findings?.filter((f) => f.ruleId === ruleId && f.fixes.some((x) => x.safety === 'safe')) ?? [];
    if (ofRule.length > 1) {
      const all = safeFixAllEdit(document, ofRule);
      if (all) add({ title: `Fix all ${ruleId} in this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: all.edit });
    }
    // The rules that report ignore directives are answered by fixing the directive, not by another directive.
    if (comments && !ruleId.startsWith('ai-audit/')) {
      const line = diagnostic.range.start.line;
      const args = (scope: IgnoreCommandArguments['scope']): IgnoreCommandArguments => ({ uri: document.uri, line, ruleId, scope, version: document.version });
      const lineTitle = `Ignore ${ruleId} on this line…`;
      if (!titles.has(`${lineTitle}@${line}`)) {
        titles.add(`${lineTitle}@${line}`);
        actions.push({ title: lineTitle, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: lineTitle, command: Commands.ignore, arguments: [args('line')] } });
      }
      const fileTitle = `Ignore ${ruleId} in this file…`;
      add({ title: fileTitle, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: fileTitle, command: Commands.ignore, arguments: [args('file')] } });
    }
    const docsTitle = `Show documentation for ${ruleId}`;
    add({ title: docsTitle, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: docsTitle, command: Commands.showRuleDocumentation, arguments: [ruleId, data.docUrl] } });
  }
  return actions;
}

/** The `source.fixAll.aiAudit` action: every safe fix of the file, or none when nothing is fixable. */
export function fixAllAction(document: TextDocument, findings: readonly Finding[]): CodeAction | undefined {
  const all = safeFixAllEdit(document, findings);
  if (!all) return undefined;
  return { title: `Fix all safely fixable ai-audit findings (${all.count})`, kind: FIX_ALL_KIND, edit: all.edit };
}
