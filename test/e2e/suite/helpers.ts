/**
 * What the extension-host suites share: the workspace's files, our diagnostics and waiting for them, and the
 * extension itself. Not a test file (index.ts runs only `*.test.js`); the suites import it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AuditTestApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'ai-audit.ai-audit';
const SOURCE = 'ai-audit';

/** Activates the extension and returns what it exports under test (see AuditTestApi). */
export async function activateExtension(): Promise<AuditTestApi | undefined> {
  const extension = vscode.extensions.getExtension<AuditTestApi | undefined>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, 'the e2e workspace is open');
  return first.uri;
}

/** A path in the workspace (a copy of test/fixtures/e2e-workspace). */
export function fileUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(folder(), ...segments);
}

/** Opens a workspace file in an editor. */
export async function open(...segments: string[]): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fileUri(...segments));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Writes a file into the workspace, then opens it in an editor. */
export async function createAndOpen(text: string, ...segments: string[]): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.writeFile(fileUri(...segments), Buffer.from(text, 'utf8'));
  return open(...segments);
}

/** The rule id of an ai-audit diagnostic (its `code`). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** The ai-audit diagnostics of a file. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Resolves with the file's ai-audit diagnostics once `ready` accepts them; waits on events, not on sleeps. */
export function waitForDiagnostics(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 45_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const finish = (): boolean => {
      const diagnostics = ours(uri);
      if (!ready(diagnostics)) return false;
      listener.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) finish();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no matching diagnostics for ${uri.path} within ${timeoutMs} ms; last: ${JSON.stringify(ours(uri).map((d) => [ruleOf(d), d.range.start.line, d.message.slice(-40)]))}`));
    }, timeoutMs);
    finish();
  });
}

/**
 * Checks `condition` every 100 ms until it holds; fails with `what` after `timeoutMs`. Only for state the API
 * raises no event for (CodeLenses, the server process, settings written by another process).
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `${what} (waited ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The range of the `nth` occurrence of `needle` in a document. */
export function rangeOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" occurs ${nth + 1} times in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}
