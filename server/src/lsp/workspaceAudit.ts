/**
 * `aiAudit.auditWorkspace` and `aiAudit.auditFiles`: find the files (every workspace folder with .gitignore,
 * vendored folders and `aiAudit.exclude` respected, or the files the client names), analyse closed files on worker
 * threads (open documents on this thread, from the editor's text) so open documents are never kept waiting, report
 * cancellable "N/M files" progress, count skipped files per reason, and publish diagnostics for closed files too.
 * A workspace re-run replaces the previous results; files that are clean now lose theirs.
 */
import { availableParallelism } from 'node:os';
import { readdir, stat, unlink } from 'node:fs/promises';
import type { CancellationToken, Connection, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { collectFiles, type SkippedFile } from '../audit/walk';
import { buildReport, type ScanReport } from '../cli/report';
import { toolVersion } from '../cli/help';
import { auditFilesInParallel } from '../audit/pool';
import type { FileAudit } from '../audit/run';
import type { Engine } from '../engine/engine';
import type { AuditSummary } from '../protocol';
import { toAuditConfig, type Settings } from '../settings';
import type { Analyser } from './analysis';
import type { SettingsStore } from './configuration';
import { pathToUri, uriToPath, type WorkspaceFolders } from './paths';
import { join } from 'node:path';
import { AuditCache, auditContext, cacheFileName, cacheKey } from '../audit/cache';

export interface AuditContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  engine: Engine;
  settings: SettingsStore;
  folders: WorkspaceFolders;
  analyser: Analyser;
  /** Where audit caches are kept between sessions; without it they last for this session only. */
  cacheDir?: string;
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

/** The report of the last audit that finished (what the report view and Export Report show). */
let lastAudit: { report: ScanReport; generated: string } | undefined;

/** The report of the last finished audit, if any. */
export function lastAuditReport(): { report: ScanReport; generated: string } | undefined {
  return lastAudit;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Worker threads for closed files: enough to use the machine, leaving a core for the server's own loop, so the
 * open documents' analysis never waits behind the audit.
 */
const AUDIT_JOBS = Math.max(1, Math.min(4, availableParallelism() - 1));

/**
 * The audit caches of this session, one per configuration: a re-run analyses only the closed files that changed
 * since the last one. Loaded from the storage folder at the first run and saved after each, one save at a time.
 */
const caches = new Map<string, AuditCache>();
const keys = new Map<string, Buffer | undefined>();
const contexts = new WeakMap<Settings, string>();
let saving: Promise<unknown> = Promise.resolve();

/** The cache context of a folder's settings: what of them changes results. */
function contextOf(settings: Settings): string {
  let key = contexts.get(settings);
  if (key === undefined) contexts.set(settings, (key = auditContext({ config: toAuditConfig(settings), policy: settings.policy ?? null })));
  return key;
}

/**
 * The cache of a run for one context: the one the last run ended with (even one still running: it counts as
 * partial until it finishes), else the stored file.
 */
function cacheFor(context: AuditContext, key: string): AuditCache {
  const today = new Date().toISOString().slice(0, 10);
  const held = caches.get(key);
  let cache: AuditCache;
  if (held) cache = held.renewed(today);
  else {
    const dir = context.cacheDir;
    if (dir && !keys.has(dir)) keys.set(dir, cacheKey(dir));
    cache = AuditCache.open(dir ? join(dir, cacheFileName(key)) : undefined, dir ? keys.get(dir) : undefined, key, today);
    if (cache.problem) context.connection.console.warn(cache.problem);
  }
  cache.partial = true;
  caches.set(key, cache);
  return cache;
}

/**
 * After a whole-workspace run: forgets the caches of settings no folder has any more, in memory and in the
 * storage folder, so that changing settings back and forth does not pile them up.
 */
async function dropOtherCaches(context: AuditContext, used: Set<string>, superseded: () => boolean): Promise<void> {
  if (superseded()) return;
  for (const key of [...caches.keys()]) if (!used.has(key)) caches.delete(key);
  const dir = context.cacheDir;
  if (!dir) return;
  // In the chain of saves, so that no save runs in between; a newer run may have started meanwhile.
  await (saving = saving.then(async () => {
    if (superseded()) return;
    const keep = new Set([...used, ...caches.keys()].map(cacheFileName));
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => /^audit-[0-9a-f]{16}\.json$/.test(n) && !keep.has(n)).map((n) => unlink(join(dir, n)).catch(() => undefined)));
  }));
}

/** Counts a skipped file under its reason. */
function countSkip(summary: AuditSummary, reason: string): void {
  summary.skipped++;
  summary.skippedReasons ??= {};
  summary.skippedReasons[reason] = (summary.skippedReasons[reason] ?? 0) + 1;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The files of every enabled workspace folder. */
async function workspaceFiles(context: AuditContext, signal: AbortSignal, summary: AuditSummary, setAside: SkippedFile[]): Promise<WorkItem[]> {
  const work: WorkItem[] = [];
  for (const folder of context.folders.all()) {
    const settings = await context.settings.get(folder.uri);
    if (!settings.enable) continue;
    const walked = await collectFiles(folder.path, { exclude: [...settings.exclude, ...(settings.filesExclude ?? [])], maxFileSizeKb: settings.maxFileSizeKb, signal }).catch((error: unknown) => {
      context.connection.console.warn(`Skipped the workspace folder ${folder.path}: ${describe(error)}`);
      return { files: [], skipped: [] };
    });
    for (const skipped of walked.skipped) countSkip(summary, skipped.reason);
    setAside.push(...walked.skipped);
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
    if (info.size > settings.maxFileSizeKb * 1024) countSkip(summary, 'too large');
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
    const setAside: SkippedFile[] = [];
    const audits: FileAudit[] = [];
    const work = scope.kind === 'workspace' ? await workspaceFiles(context, abort.signal, summary, setAside) : await namedFiles(context, scope.files, summary);
    const open = new Map(context.documents.all().map((d) => [uriToPath(d.uri), d]));
    const seen = new Set<string>();
    let done = 0;
    let lastReport = 0;
    const step = () => {
      summary.files++;
      done++;
      const now = Date.now();
      if (now - lastReport >= PROGRESS_INTERVAL_MS || done === work.length) {
        lastReport = now;
        progress.report(Math.round((done / work.length) * 100), `${done}/${work.length} files`);
      }
    };
    // Open documents first, on this thread, from the editor's text (which may differ from the disk).
    // Closed files are grouped by what of their settings changes results: folders that agree share one cache.
    const closed = new Map<string, { settings: Settings; paths: string[] }>();
    for (const item of work) {
      const path = item.path.replace(/\\/g, '/');
      const document = open.get(path);
      if (!document) {
        const key = contextOf(item.settings);
        const group = closed.get(key);
        if (group) group.paths.push(item.path);
        else closed.set(key, { settings: item.settings, paths: [item.path] });
        continue;
      }
      if (cancelled()) break;
      await nextTurn();
      const result = await context.analyser.validate(document, true);
      if (result) {
        audits.push({ path: item.path, findings: result.findings, notices: result.notices, fixed: [] });
        summary.findings += result.findings.length;
        if (result.notices.some((n) => n.kind === 'skipped')) countSkip(summary, 'not analysed');
      }
      step();
    }
    // Closed files on worker threads, one group per settings; each result is published as it arrives.
    const onResult = (result: FileAudit) => {
      if (cancelled()) return;
      audits.push(result);
      if (result.skipped) {
        countSkip(summary, result.skipped);
        done++;
        return;
      }
      const uri = pathToUri(result.path);
      seen.add(uri);
      const findings = result.findings.filter((f) => !f.suppression);
      context.analyser.publishAudited(uri, findings, result.notices);
      summary.findings += findings.length;
      if (result.notices.some((n) => n.kind === 'skipped')) countSkip(summary, 'not analysed');
      step();
    };
    for (const [key, { settings, paths }] of closed) {
      if (cancelled()) break;
      const cache = cacheFor(context, key);
      await auditFilesInParallel(context.engine, paths, { config: toAuditConfig(settings), ...(settings.policy ? { policy: settings.policy } : {}), signal: abort.signal, onResult, cache }, AUDIT_JOBS, true);
      // Named files, or a cancelled run, leave the stored results of the files not reached in the cache.
      cache.partial = scope.kind === 'files' || cancelled();
      if (cache.reused) summary.unchanged = (summary.unchanged ?? 0) + cache.reused;
      // A run that a newer one replaced leaves the saving to it (its cache started from this one's).
      saving = saving.then(async () => {
        if (running !== abort || caches.get(key) !== cache) return;
        const problem = await cache.save();
        if (problem) context.connection.console.warn(problem);
      });
      await saving;
    }
    summary.cancelled = cancelled();
    if (!summary.cancelled) {
      const base = context.folders.all()[0]?.path ?? '/';
      const report = buildReport({ name: 'ai-audit', version: toolVersion() }, base, setAside, audits, { minSeverity: 'low' });
      lastAudit = { report, generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
    }
    // Results of files that are gone, excluded or clean now must not linger from an earlier workspace run.
    if (!summary.cancelled && scope.kind === 'workspace') {
      context.analyser.pruneAudited(seen);
      if (work.length) await dropOtherCaches(context, new Set(work.map((item) => contextOf(item.settings))), () => running !== abort);
    }
    context.analyser.sendStatus();
    return summary;
  } finally {
    if (running === abort) running = undefined;
    for (const listener of listeners) listener.dispose();
    progress.done();
  }
}
