/**
 * The report view and Export Report. The server renders the last audit (one renderer for the webview and the
 * exported files); this side only hosts the page under a strict Content Security Policy (nothing but the page's
 * own nonce'd style and script), opens a row's location when the page asks, and writes exported files.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReportFormat } from '../../../server/src/protocol';
import type { AuditClient } from '../client';

let panel: vscode.WebviewPanel | undefined;

/** A message from the page: open a location. */
interface OpenMessage {
  type: 'open';
  uri: string;
  line: number;
  character: number;
}

function isOpenMessage(value: unknown): value is OpenMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === 'open' && typeof v.uri === 'string' && v.uri.startsWith('file:') && Number.isInteger(v.line) && Number.isInteger(v.character);
}

/** Opens a finding's location in an editor, with the cursor on it. */
async function openLocation(message: OpenMessage): Promise<void> {
  const position = new vscode.Position(Math.max(0, message.line), Math.max(0, message.character));
  await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { selection: new vscode.Range(position, position), preview: false, viewColumn: vscode.ViewColumn.One });
}

/** `aiAudit.showReport`: shows (or refreshes) the report of the last audit; says so when there is none yet. */
export async function showReport(client: AuditClient): Promise<boolean> {
  const nonce = randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, 'x');
  panel ??= createPanel(client);
  const result = await client.report({ format: 'webview', nonce, cspSource: panel.webview.cspSource, unreviewed: client.unreviewed.count() });
  if (result.text === undefined) {
    panel.dispose();
    client.log('There is no audit report yet: run "AI Audit: Audit Workspace" or "AI Audit: Audit Changed Files" first.');
    client.output.show(true);
    return false;
  }
  panel.webview.html = result.text;
  panel.reveal(vscode.ViewColumn.Beside, true);
  return true;
}

function createPanel(client: AuditClient): vscode.WebviewPanel {
  const created = vscode.window.createWebviewPanel('aiAudit.report', 'AI Audit Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: true,
    localResourceRoots: [],
    retainContextWhenHidden: false,
  });
  created.webview.onDidReceiveMessage((message: unknown) => {
    if (!isOpenMessage(message)) return;
    openLocation(message).then(undefined, (error: unknown) => client.log(`Could not open ${message.uri}: ${error instanceof Error ? error.message : String(error)}.`));
  });
  created.onDidDispose(() => {
    if (panel === created) panel = undefined;
  });
  return created;
}

const EXPORTS: { label: string; format: Exclude<ReportFormat, 'webview'>; extension: string; filter: string }[] = [
  { label: 'SARIF 2.1.0 (code scanning)', format: 'sarif', extension: 'sarif', filter: 'SARIF' },
  { label: 'Markdown', format: 'markdown', extension: 'md', filter: 'Markdown' },
  { label: 'HTML (self-contained)', format: 'html', extension: 'html', filter: 'HTML' },
];

/** `aiAudit.exportReport [format, uri]`: writes the last audit's report as SARIF, Markdown or HTML. */
export async function exportReport(client: AuditClient, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const choice = EXPORTS.find((e) => e.format === format) ?? (await vscode.window.showQuickPick(EXPORTS, { title: 'AI Audit: Export Report', placeHolder: 'Format' }));
  if (!choice) return undefined;
  const result = await client.report({ format: choice.format, unreviewed: client.unreviewed.count() });
  if (result.text === undefined) {
    client.log('There is no audit report to export yet: run "AI Audit: Audit Workspace" first.');
    client.output.show(true);
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          title: 'AI Audit: Export Report',
          filters: { [choice.filter]: [choice.extension] },
          ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `ai-audit-report.${choice.extension}`) } : {}),
        });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
  client.log(`Exported the report (${result.findings} findings) to ${uri.fsPath}.`);
  return uri;
}
