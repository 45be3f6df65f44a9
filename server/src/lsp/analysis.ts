/**
 * Diagnostics of open documents: when to analyse (run mode, debounce), which analysis wins (the newest version;
 * an older result is dropped before it is published), and what the server remembers for hover and code actions.
 * Audit results of closed files are published through here too, so counts and clearing stay in one place.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Engine, globMatch } from '../engine/engine';
import type { Finding, Notice } from '../engine/finding';
import { StatusNotification, type StatusState, type UnreviewedBlock } from '../protocol';
import { type Settings, toAuditConfig } from '../settings';
import { policyFindings } from '../config/policy';
import { ruleSetting } from '../engine/config';
import type { SettingsStore } from './configuration';
import { findingToDiagnostic, noticeDiagnostic } from './diagnostics';
import { uriToPath, type WorkspaceFolders } from './paths';
import { noteUnreviewed, sanitizeBlocks } from './unreviewed';

/** How long typing must pause before an `onType` analysis starts. */
export const DEBOUNCE_MS = 250;

/**
 * How long typing must pause before a partial result (only the edited function analysed again) is replaced by a
 * full analysis, which also catches facts that cross functions.
 */
export const FULL_AFTER_MS = 1000;

/** The analysis of one version of one document. */
export interface DocumentResult {
  uri: string;
  version: number;
  findings: Finding[];
  notices: Notice[];
}

/** What the analyser needs from the server. */
export interface AnalyserContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  engine: Engine;
  settings: SettingsStore;
  folders: WorkspaceFolders;
  /** Overrides DEBOUNCE_MS (the `debounceMs` initialization option; benchmarks set 0 to time analysis alone). */
  debounceMs?: number;
}

export class Analyser {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Full analyses waiting for typing to pause, after a partial (incremental) result. */
  private readonly fullTimers = new Map<string, NodeJS.Timeout>();
  /** The last published result of each open document. */
  private readonly latest = new Map<string, DocumentResult>();
  /** Findings published per URI (open documents and audited closed files), for the status bar. */
  private readonly counts = new Map<string, number>();
  /** Closed files whose diagnostics come from a workspace audit. */
  private readonly audited = new Set<string>();
  private readonly justOpened = new Set<string>();
  /** Unreviewed AI-sized blocks of open documents, as the client last sent them. */
  private readonly unreviewed = new Map<string, UnreviewedBlock[]>();
  /** The analysis diagnostics last published per URI (none kept when empty), so extras can be sent with them. */
  private readonly published = new Map<string, { diagnostics: Diagnostic[]; version: number }>();
  /**
   * Diagnostics that do not come from analysing the URI (the problem of a broken ai-audit.json, on that file):
   * every publish for the URI includes them, so analysing, closing or auditing the file never wipes them.
   */
  private readonly extra = new Map<string, Diagnostic[]>();
  private running = 0;

  constructor(private readonly context: AnalyserContext) {}

  /** A document was opened: analyse it now unless the run mode is manual. */
  opened(document: TextDocument): void {
    this.justOpened.add(document.uri);
    this.audited.delete(document.uri);
    this.background(this.validate(document, false));
  }

  /** The content changed (also fired right after open, which `opened` already handled). */
  changed(document: TextDocument): void {
    if (this.justOpened.delete(document.uri)) return;
    this.cancelTimer(document.uri);
    this.background(this.context.settings.get(document.uri).then((settings) => {
      if (settings.run !== 'onType') return;
      this.cancelTimer(document.uri);
      this.timers.set(document.uri, setTimeout(() => {
        this.timers.delete(document.uri);
        const current = this.context.documents.get(document.uri);
        if (current) this.background(this.validate(current, false, true));
      }, this.context.debounceMs ?? DEBOUNCE_MS));
    }));
  }

  /** The document was saved: analyse it in `onSave` mode (`onType` already did). */
  saved(document: TextDocument): void {
    this.background(this.context.settings.get(document.uri).then(async (settings) => {
      if (settings.run === 'onSave') await this.validate(document, false);
    }));
  }

  /** The document was closed: forget its tree and settings, and clear its diagnostics. */
  closed(uri: string): void {
    this.cancelTimer(uri);
    this.justOpened.delete(uri);
    this.latest.delete(uri);
    this.unreviewed.delete(uri);
    this.context.engine.forget(uri);
    this.context.settings.forget(uri);
    this.publish(uri, [], undefined, 0);
    this.sendStatus();
  }

  /**
   * The client sent the unreviewed AI-sized blocks of a document: keep them and analyse it again (when it was
   * analysed before in manual mode, too), so `review/*` rules and the notes on findings follow the blocks.
   */
  unreviewedBlocks(uri: string, blocks: unknown): void {
    const sanitized = sanitizeBlocks(blocks);
    if (sanitized.length) this.unreviewed.set(uri, sanitized);
    else if (!this.unreviewed.delete(uri)) return;
    const document = this.context.documents.get(uri);
    if (document) this.background(this.validate(document, this.latest.has(uri)));
  }

  /** Re-analyses every open document (after a configuration change). */
  async revalidateAll(): Promise<void> {
    // A manual-mode document that was analysed on request is analysed again, so it never shows stale settings.
    await Promise.all(this.context.documents.all().map((document) => this.validate(document, this.latest.has(document.uri))));
  }

  /** The last published result of an open document, when it is still the document's current version. */
  current(uri: string): DocumentResult | undefined {
    const result = this.latest.get(uri);
    const document = this.context.documents.get(uri);
    return result && document && result.version === document.version ? result : undefined;
  }

  /**
   * Analyses an open document and publishes the result unless a newer version arrived meanwhile. `force` runs
   * even in manual mode (an explicit request). Returns the result, or undefined when disabled, excluded or stale.
   */
  async validate(document: TextDocument, force: boolean, incremental = false): Promise<DocumentResult | undefined> {
    const { uri, version } = document;
    const settings = await this.context.settings.get(uri);
    const path = uriToPath(uri);
    if (!settings.enable || this.excluded(path, settings)) {
      this.latest.delete(uri);
      this.publish(uri, [], undefined, 0);
      this.sendStatus('disabled', uri);
      return undefined;
    }
    if (!force && settings.run === 'manual') return undefined;
    this.running++;
    if (this.running === 1) this.sendStatus();
    let result: DocumentResult;
    let partial = false;
    try {
      const blocks = this.unreviewed.get(uri) ?? [];
      const config = toAuditConfig(settings);
      const analysis = await this.context.engine.analyse({ path, text: document.getText(), key: uri }, { config, unreviewed: blocks, incremental });
      partial = !!analysis.partial;
      // Team policy from ai-audit.json, checked after the engine as the CLI does.
      const policy = settings.policy ? policyFindings(path, document.getText(), settings.policy).filter((f) => ruleSetting(config, f.ruleId) !== 'off') : [];
      result = { uri, version, findings: noteUnreviewed([...analysis.findings, ...policy], blocks), notices: analysis.notices };
    } finally {
      this.running--;
    }
    // A newer edit, a close or a re-open makes this result stale: it is dropped, never published.
    const now = this.context.documents.get(uri);
    if (now !== document || now.version !== version) {
      if (this.running === 0) this.sendStatus();
      return undefined;
    }
    this.latest.set(uri, result);
    this.publish(uri, result.findings, result.notices, version);
    this.sendStatus();
    if (partial) this.scheduleFull(document);
    return result;
  }

  /** After a partial result: a full analysis of the same version once typing has paused. */
  private scheduleFull(document: TextDocument): void {
    const uri = document.uri;
    const pending = this.fullTimers.get(uri);
    if (pending) clearTimeout(pending);
    this.fullTimers.set(uri, setTimeout(() => {
      this.fullTimers.delete(uri);
      const current = this.context.documents.get(uri);
      if (current === document && current.version === document.version) this.background(this.validate(current, false));
    }, FULL_AFTER_MS));
  }

  /** The result for the current version of an open document, analysing it now when the last one is stale. */
  async fresh(document: TextDocument): Promise<DocumentResult | undefined> {
    return this.current(document.uri) ?? (await this.validate(document, true));
  }

  /** Whether a path matches an `aiAudit.exclude` glob (relative to its workspace folder). */
  excluded(path: string, settings: Settings): boolean {
    if (!settings.exclude.length) return false;
    const relative = this.context.folders.relative(path);
    // Like the workspace walk: a glob excludes a file when it matches the file or one of its folders.
    const parts = relative.split('/');
    const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
    return settings.exclude.some((glob) => {
      const folderGlob = glob.replace(/\/\*\*$/, '');
      return globMatch(glob, relative) || folders.some((folder) => globMatch(glob, folder) || globMatch(folderGlob, folder));
    });
  }

  /** Publishes the audit result of a closed file (a re-run replaces the earlier one). */
  publishAudited(uri: string, findings: Finding[], notices: Notice[]): void {
    if (this.context.documents.get(uri)) return;
    this.audited.add(uri);
    this.publish(uri, findings, notices, 0);
  }

  /** Removes the audit diagnostics of closed files; returns how many files were cleared. */
  clearAudited(): number {
    let cleared = 0;
    for (const uri of this.audited) {
      if (this.context.documents.get(uri)) continue;
      this.publish(uri, [], undefined, 0);
      cleared++;
    }
    this.audited.clear();
    this.sendStatus();
    return cleared;
  }

  /** Clears the audit results of closed files that the latest audit did not publish again. */
  pruneAudited(keep: ReadonlySet<string>): void {
    for (const uri of [...this.audited]) {
      if (keep.has(uri)) continue;
      this.audited.delete(uri);
      if (!this.context.documents.get(uri)) this.publish(uri, [], undefined, 0);
    }
  }

  /** Total findings currently published. */
  totalFindings(): number {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    return total;
  }

  /** Sets (or, with none, removes) the extra diagnostics of a URI and publishes them with its analysis diagnostics. */
  setExtraDiagnostics(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length) this.extra.set(uri, diagnostics);
    else if (!this.extra.delete(uri)) return;
    const published = this.published.get(uri);
    this.send(uri, published?.diagnostics ?? [], published?.version ?? 0);
  }

  /** Tells the client what the server is doing. */
  sendStatus(state?: StatusState, uri?: string): void {
    const resolved: StatusState = state ?? (this.running > 0 ? 'analysing' : 'idle');
    // Sending fails only once the connection is gone; there is nobody left to tell.
    this.context.connection.sendNotification(StatusNotification, { state: resolved, findings: this.totalFindings(), ...(uri ? { uri } : {}) }).catch(() => undefined);
  }

  /** Stops pending debounced analyses (shutdown). */
  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancelTimer(uri);
  }

  private publish(uri: string, findings: Finding[], notices: Notice[] | undefined, version: number): void {
    const diagnostics: Diagnostic[] = findings.map((f) => findingToDiagnostic(f, version));
    const notice = notices ? noticeDiagnostic(notices) : undefined;
    if (notice) diagnostics.unshift(notice);
    if (findings.length) this.counts.set(uri, findings.length);
    else this.counts.delete(uri);
    if (diagnostics.length) this.published.set(uri, { diagnostics, version });
    else this.published.delete(uri);
    this.send(uri, diagnostics, version);
  }

  /** Sends the diagnostics of a URI to the client, with its extra diagnostics. */
  private send(uri: string, diagnostics: Diagnostic[], version: number): void {
    const all = [...(this.extra.get(uri) ?? []), ...diagnostics];
    const document = this.context.documents.get(uri);
    this.context.connection.sendDiagnostics({ uri, diagnostics: all, ...(document && version ? { version } : {}) }).catch(() => undefined);
  }

  /** Runs work nobody awaits; a failure becomes one sentence in the output, never an unhandled rejection. */
  private background(work: Promise<unknown>): void {
    work.catch((error: unknown) => this.context.connection.console.error(`Analysis failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  private cancelTimer(uri: string): void {
    for (const timers of [this.timers, this.fullTimers]) {
      const timer = timers.get(uri);
      if (timer) clearTimeout(timer);
      timers.delete(uri);
    }
  }
}
