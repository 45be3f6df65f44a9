/**
 * Audits a list of files with one engine: reads each as bytes, decodes it (binary and non-UTF-8 files are set
 * aside with a reason), analyses it, and optionally applies fixes and writes the file back. Files run one after
 * another; the engine's per-file budget bounds each one.
 */
import { readFile, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Engine } from '../engine/engine';
import type { AuditConfig } from '../engine/config';
import type { Finding, Fix, Notice } from '../engine/finding';
import { applyFixes } from '../engine/apply';
import { decodeFile, encodeFile } from './decode';
import { policyFindings } from '../config/policy';
import type { Policy } from '../config/file';
import { type AuditCache, type Audited, datedDirective, hashBytes } from './cache';
import { recordProjectReads } from '../rules/deps/project';

/** Why a file was not analysed. */
export type SkipReason = 'binary' | 'not UTF-8' | 'too large' | 'generated' | 'unreadable';

/** The outcome of one file. */
export interface FileAudit {
  /** Absolute path. */
  path: string;
  /** Set when the file was not analysed. */
  skipped?: SkipReason;
  /** Findings, including suppressed ones (with `suppression` set). */
  findings: Finding[];
  notices: Notice[];
  /** Fixes applied and written back (with `fix`). */
  fixed: { ruleId: string; title: string; line: number }[];
}

export interface AuditOptions {
  config: AuditConfig;
  /** Today's date (YYYY-MM-DD) for `until` directives; default: today. */
  today?: string;
  /** Apply fixes and write the files: `safe` fixes only, or `unsafe` ones too. */
  fix?: 'safe' | 'unsafe';
  /** Team policy from ai-audit.json, checked after the engine (its findings honour `rules` settings too). */
  policy?: Policy;
  signal?: AbortSignal;
  /** Called before each file with its index (0-based). */
  onFile?: (index: number, path: string) => void;
  /** Called as each file's result arrives (in completion order), so a caller can publish it at once. */
  onResult?: (result: FileAudit) => void;
  /** Results of an earlier audit, reused for files that have not changed; this audit's results are added to it. Not with `fix`. */
  cache?: AuditCache;
}

/** Rounds of fix-then-analyse: a fix that overlapped another is applied in a later round. */
const FIX_ROUNDS = 4;

/**
 * Policy rules are asked for by the configuration file itself, so only a setting that names them (the rule or
 * `policy/*`) turns them off; the catch-all `*` that `--rule` pins off does not.
 */
function policyEnabled(rules: Record<string, string>, ruleId: string): boolean {
  return (rules[ruleId] ?? rules['policy/*']) !== 'off';
}

/** Files read ahead of the one being analysed (see {@link FileReads}), and files queued at a worker. */
export const READ_AHEAD = 8;

/**
 * Audits files in order. Never throws for one bad file: it becomes a skipped file or a notice. `blocking: false` is
 * for a thread that must stay responsive: its files are all read ahead through the I/O threads.
 */
export async function auditFiles(engine: Engine, files: string[], options: AuditOptions, blocking = true): Promise<FileAudit[]> {
  const results: FileAudit[] = [];
  const reads = new FileReads(undefined, blocking);
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) break;
    options.onFile?.(i, files[i]!);
    const result = await auditFileWithCache(engine, files[i]!, options, reads.read(files[i]!, files.slice(i + 1, i + 1 + READ_AHEAD)));
    options.onResult?.(result);
    results.push(result);
  }
  return results;
}

/** Audits one file, reusing the cache's result when the file has not changed and storing a new one. */
export async function auditFileWithCache(engine: Engine, path: string, options: AuditOptions, read = readBytes(path)): Promise<FileAudit> {
  const cache = options.cache;
  if (!cache || options.fix) return auditFile(engine, path, options, read);
  const audited = await auditFileForCache(engine, path, options, read, cache.expected(path));
  return cache.settle(path, audited) ?? auditFile(engine, path, options);
}

/**
 * Audits one file for the cache (on whichever thread): hashes its bytes, and when they have the `expected` hash
 * answers without a result (the stored one stands); otherwise analyses it, recording the project look-ups.
 */
export async function auditFileForCache(engine: Engine, path: string, options: AuditOptions, read: Promise<Buffer | undefined>, expected: string | undefined): Promise<Audited> {
  const bytes = await read;
  if (!bytes) return { result: await auditFile(engine, path, options, Promise.resolve(undefined)) };
  const hash = hashBytes(bytes);
  if (hash === expected) return { hash };
  const { value: result, reads } = await recordProjectReads(() => auditFile(engine, path, options, Promise.resolve(bytes)));
  return { result, hash, reads, ...(datedDirective(bytes) ? { dated: true } : {}) };
}

/** The result of a file whose analysis threw: a notice on the file, the audit goes on. */
export function failedAudit(path: string, error: Error): FileAudit {
  return { path, findings: [], notices: [{ kind: 'error', message: `Analysis failed: ${error.message}` }], fixed: [] };
}

/** A file's bytes, or undefined when it cannot be read, read on this thread. */
export function readBytesNow(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * When the reads of a thread count as waiting for the disk: when they have taken at least this share of its time,
 * this long (ms) in all, and this long (ms) each on average. From the page cache a file takes 15-60 µs to read, and
 * a single read held up by the scheduler does not tip the balance. (The share alone is not enough: the command
 * line's thread audits the smallest files, most of which are never parsed, and their reads from the page cache came
 * to a tenth of its time; reading ahead then cost that thread 1.3 s of a 15 s corpus audit in handing the reads
 * to the I/O threads.)
 */
const SLOW_READS = { share: 0.1, minimumMs: 50, eachMs: 0.25 };

/**
 * How a thread that only audits (the command line's, a worker) reads its files, one after another. Synchronously
 * while the reads are quick: a read through the I/O threads wakes one of them and waits for its answer, and on a
 * machine whose cores the auditing threads keep busy each hand-over costs more than a read from the page cache
 * (batches of 1,500 JavaScript files ran 7% faster, with half the system time). Once the reads wait for the disk,
 * the files that come next are read ahead through the I/O threads as well, so that the disk works while the thread
 * analyses. A thread that must not block (`blocking: false`, the language server's) reads every file that way.
 */
export class FileReads {
  private readonly ahead = new Map<string, Promise<Buffer | undefined>>();
  private readonly started = performance.now();
  /** Time spent in reads on this thread (ms), and how many it made. */
  private waited = 0;
  private reads = 0;
  private slow: boolean;

  constructor(
    private readonly slowReads = SLOW_READS,
    private readonly blocking = true,
  ) {
    this.slow = !blocking;
  }

  /** The bytes of `path` (undefined when it cannot be read); `next` are the files this thread reads after it. */
  read(path: string, next: readonly string[]): Promise<Buffer | undefined> {
    let bytes = this.ahead.get(path);
    if (bytes) this.ahead.delete(path);
    else if (!this.blocking) bytes = readBytes(path);
    else {
      const before = performance.now();
      bytes = Promise.resolve(readBytesNow(path));
      const now = performance.now();
      this.waited += now - before;
      this.reads++;
      const { minimumMs, share, eachMs } = this.slowReads;
      this.slow ||= this.waited > minimumMs && this.waited > share * (now - this.started) && this.waited > eachMs * this.reads;
    }
    if (this.slow) {
      for (const file of next.slice(0, READ_AHEAD)) if (!this.ahead.has(file)) this.ahead.set(file, readBytes(file));
      // (A file read ahead that another thread took instead is forgotten once enough have piled up.)
      while (this.ahead.size > 2 * READ_AHEAD) this.ahead.delete(this.ahead.keys().next().value!);
    }
    return bytes;
  }

  /** Files read ahead and not read yet. */
  get pending(): number {
    return this.ahead.size;
  }
}

/**
 * A file's bytes, or undefined when it cannot be read, read through the I/O threads, for a thread that must not
 * block (the language server's); never rejects (a read started early is awaited later).
 */
function readBytes(path: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => readFile(path, (error, bytes) => resolve(error ? undefined : bytes)));
}

/** Audits (and with `fix`, fixes) one file; `read` is its bytes when the caller has started reading them already. */
export async function auditFile(engine: Engine, path: string, options: AuditOptions, read = readBytes(path)): Promise<FileAudit> {
  const result: FileAudit = { path, findings: [], notices: [], fixed: [] };
  const bytes = await read;
  if (!bytes) return { ...result, skipped: 'unreadable' };
  if (bytes.length > options.config.maxFileSizeKb * 1024) return { ...result, skipped: 'too large' };
  const decoded = decodeFile(bytes);
  if ('skipped' in decoded) return { ...result, skipped: decoded.skipped };
  const analyse = (text: string) => engine.analyse({ path, text }, { config: options.config, keepSuppressed: true, ...(options.today ? { today: options.today } : {}) });
  let text = decoded.text;
  let analysis = await analyse(text);
  if (options.fix) {
    const accept = (fix: Fix) => fix.safety === 'safe' || options.fix === 'unsafe';
    for (let round = 0; round < FIX_ROUNDS; round++) {
      const open = analysis.findings.filter((f) => !f.suppression);
      const applied = applyFixes(text, open, accept);
      if (applied.text === text) break;
      result.fixed.push(...applied.applied);
      text = applied.text;
      analysis = await analyse(text);
    }
    if (text !== decoded.text) {
      try {
        await writeFile(path, encodeFile(text, decoded.bom));
      } catch (error) {
        result.notices.push({ kind: 'error', message: `Could not write the fixes: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` });
        result.fixed = [];
        analysis = await analyse(decoded.text);
      }
    }
  }
  result.findings = analysis.findings;
  if (options.policy) {
    const policy = policyFindings(path, text, options.policy).filter((f) => policyEnabled(options.config.rules, f.ruleId));
    result.findings = [...result.findings, ...policy];
  }
  result.notices.push(...analysis.notices);
  return result;
}
