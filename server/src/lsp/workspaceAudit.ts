/**
 * `aiAudit.auditWorkspace` and `aiAudit.auditFiles`: find the files (every workspace folder with .gitignore,
 * vendored folders and `aiAudit.exclude` respected, or the files the client names), analyse each with a yield to
 * the event loop in between so open documents are never kept waiting, report cancellable "N/M files" progress,
 * and publish diagnostics for closed files too. A workspace re-run replaces the previous results; files that are
 * clean now lose theirs.
 */
import { readFile, stat } from 'node:fs/promises';
import type { CancellationToken, Connection, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFiles } from '../audit/walk';
import type { Engine } from '../engine/engine';
import type { AuditSummary } from '../protocol';
import { toAuditConfig, type Settings } from '../settings';
import type { Analyser } from './analysis';
import type { SettingsStore } from './configuration';
import { pathToUri, uriToPath, type WorkspaceFolders } from './paths';

export interface AuditContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  engine: Engine;
  settings: SettingsStore;
  folders: WorkspaceFolders;
  analyser: Analyser;
}

/** What to audit: every workspace folder, or the given files (absolute paths or `file:` URIs). */
export type AuditScope = { kind: 'workspace' } | { kind: 'files'; files: readonly string[] };

interface WorkItem {
  path: string;
  settings: Settings;
}

/** How often progress is reported at most, so a large workspace does not flood the client. */
const PROGRESS_INTERVAL_MS = 100;

let running: AbortController | undefined;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The files of every enabled workspace folder. */
async function workspaceFiles(context: AuditContext, signal: AbortSignal, summary: AuditSummary): Promise<WorkItem[]> {
  const work: WorkItem[] = [];
  for (const folder of context.folders.all()) {
    const settings = await context.settings.get(folder.uri);
    if (!settings.enable) continue;
    const walked = await collectFiles(folder.path, { exclude: settings.exclude, maxFileSizeKb: settings.maxFileSizeKb, signal }).catch((error: unknown) => {
      context.connection.console.warn(`Skipped the workspace folder ${folder.path}: ${describe(error)}`);
      return { files: [], skipped: [] };
    });
    summary.skipped += walked.skipped.length;
    for (const path of walked.files) work.push({ path, settings });
  }
  return work;
}

/** The named files that exist, are enabled, not excluded and not over the size limit. */
async function namedFiles(context: AuditContext, files: readonly string[], summary: AuditSummary): Promise<WorkItem[]> {
  const work: WorkItem[] = [];
  for (const file of new Set(files)) {
    const path = file.startsWith('file:') ? uriToPath(file) : file.replace(/\\/g, '/');
    const folder = context.folders.folderOf(path);
    const settings = await context.settings.get(folder?.uri ?? pathToUri(path));
    if (!settings.enable || context.analyser.excluded(path, settings)) continue;
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (info.size > settings.maxFileSizeKb * 1024) summary.skipped++;
    else work.push({ path, settings });
  }
  return work;
}

/** Audits a scope; the tokens (the request's and the progress's) stop it between files. */
export async function runAudit(context: AuditContext, scope: AuditScope, progress: WorkDoneProgressReporter, tokens: CancellationToken[]): Promise<AuditSummary> {
  // A new audit supersedes one still running, so two runs never publish over each other.
  running?.abort();
  const abort = new AbortController();
  running = abort;
  const cancelled = () => abort.signal.aborted || tokens.some((t) => t.isCancellationRequested);
  const listeners = tokens.map((t) => t.onCancellationRequested(() => abort.abort()));
  const summary: AuditSummary = { files: 0, findings: 0, skipped: 0, cancelled: false };
  progress.begin(scope.kind === 'workspace' ? 'AI Audit: auditing the workspace' : 'AI Audit: auditing files', 0, 'Collecting files…', true);
  try {
    const work = scope.kind === 'workspace' ? await workspaceFiles(context, abort.signal, summary) : await namedFiles(context, scope.files, summary);
    const open = new Map(context.documents.all().map((d) => [uriToPath(d.uri), d]));
    const seen = new Set<string>();
    let lastReport = 0;
    for (const [index, item] of work.entries()) {
      if (cancelled()) break;
      await nextTurn();
      const path = item.path.replace(/\\/g, '/');
      const document = open.get(path);
      if (document) {
        // An open document is audited from the editor's text, which may differ from the disk.
        const result = await context.analyser.validate(document, true);
        if (result) {
          summary.findings += result.findings.length;
          if (result.notices.some((n) => n.kind === 'skipped')) summary.skipped++;
        }
      } else {
        const text = await readFile(item.path, 'utf8').catch(() => undefined);
        if (text === undefined) {
          summary.skipped++;
          continue;
        }
        const analysis = await context.engine.analyse({ path, text }, { config: toAuditConfig(item.settings) });
        if (cancelled()) break;
        const uri = pathToUri(item.path);
        seen.add(uri);
        context.analyser.publishAudited(uri, analysis.findings, analysis.notices);
        summary.findings += analysis.findings.length;
        if (analysis.notices.some((n) => n.kind === 'skipped')) summary.skipped++;
      }
      summary.files++;
      const now = Date.now();
      if (now - lastReport >= PROGRESS_INTERVAL_MS || index === work.length - 1) {
        lastReport = now;
        progress.report(Math.round(((index + 1) / work.length) * 100), `${index + 1}/${work.length} files`);
      }
    }
    summary.cancelled = cancelled();
    // Results of files that are gone, excluded or clean now must not linger from an earlier workspace run.
    if (!summary.cancelled && scope.kind === 'workspace') context.analyser.pruneAudited(seen);
    context.analyser.sendStatus();
    return summary;
  } finally {
    if (running === abort) running = undefined;
    for (const listener of listeners) listener.dispose();
    progress.done();
  }
}
