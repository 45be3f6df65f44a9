/**
 * The audit cache: what a workspace audit found in each file, kept so that the next audit reuses it for files that
 * have not changed (`ai-audit scan --cache`, and the editor's workspace audit). A result is reused only when all of
 * these still hold:
 *
 * - the same ai-audit (its bundle, rules and data, by content), configuration, policy and fix mode: the cache's
 *   `context`; any difference empties the cache;
 * - the file's bytes, by SHA-256;
 * - every folder and manifest the analysis looked up for the import rules, by modification time;
 * - the day, for a file with an `until` date on an ignore directive (the directive expires).
 *
 * Results that are not complete (a file cut off by the time budget, an analysis that failed, an unreadable file)
 * are never stored. The file is trusted input: a forged entry could hide findings. It is kept outside the
 * workspace by default, written with mode 0600, and not read when another user owns it or others may write to it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileAudit } from './run';
import { projectMtime } from '../rules/deps/project';

/** Bumped when the file's layout changes. */
const FORMAT = 1;

/** What is stored per file. */
export interface CacheEntry {
  /** SHA-256 of the file's bytes (hex). */
  hash: string;
  /** The result, without its path. */
  result: Omit<FileAudit, 'path'>;
  /** Folders and manifests the analysis looked up, with the modification time it saw (-1: missing). */
  reads: [string, number][];
  /** Set for a file whose result depends on the date: valid on this day (YYYY-MM-DD) only. */
  day?: string;
}

interface CacheFile {
  format: number;
  context: string;
  files: Record<string, CacheEntry>;
}

/** What an audit of one file hands the cache: its hash and look-ups, and the result when it was analysed. */
export interface Audited {
  /** Undefined when the file's bytes had the hash the cache expected: the stored result stands. */
  result?: FileAudit;
  hash?: string;
  reads?: [string, number][];
  /** The file has an ignore directive with an `until` date. */
  dated?: boolean;
}

/** The hash the cache keys a file's bytes by. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether the bytes may hold an ignore directive with an `until` date (the result then depends on the day). */
export function datedDirective(bytes: Buffer): boolean {
  return bytes.includes('ai-audit-ignore') && bytes.includes('until');
}

/** Whether a result is complete, and so may be reused. */
function complete(result: FileAudit): boolean {
  return result.skipped !== 'unreadable' && !result.notices.some((n) => n.kind === 'timeout' || n.kind === 'error');
}

let installed: string | undefined;

/**
 * A fingerprint of this installation of ai-audit: the bundle that is running, the worker, the rules and the data
 * files beside it, by content. Any upgrade or rebuild changes it.
 */
export function installationFingerprint(): string {
  if (installed) return installed;
  const hash = createHash('sha256');
  const files = [__filename, join(__dirname, 'worker.js'), join(__dirname, 'rules.json')];
  const data = join(__dirname, 'data');
  if (existsSync(data)) for (const name of readdirSync(data).sort()) files.push(join(data, name));
  for (const file of files) {
    hash.update(file.slice(__dirname.length)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('-');
    }
  }
  return (installed = hash.digest('hex'));
}

/** The default folder of cache files: `$XDG_CACHE_HOME/ai-audit`, else `~/.cache/ai-audit`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'ai-audit');
}

/** The file name for the cache of an audit of `scope` (for example the scanned folders), inside a cache folder. */
export function cacheFileName(scope: string): string {
  return `audit-${createHash('sha256').update(scope).digest('hex').slice(0, 16)}.json`;
}

/** Why a cache file was not used (said once in the summary), or undefined when it was. */
export type CacheProblem = string | undefined;

export class AuditCache {
  private readonly stored: Record<string, CacheEntry>;
  private readonly next: Record<string, CacheEntry> = {};
  /** Modification times looked up in this run, so that a folder shared by many files is asked once. */
  private readonly mtimes = new Map<string, number>();
  /** Files whose stored result was reused, and files analysed. */
  reused = 0;
  analysed = 0;

  /**
   * Set when this run did not audit every file of its scope (some files only, or cancelled): the stored entries of
   * the files it did not reach are then kept, not dropped.
   */
  partial = false;

  private constructor(
    /** Undefined: kept in memory only (the language server without a storage folder). */
    readonly file: string | undefined,
    private readonly context: string,
    private readonly today: string,
    stored: Record<string, CacheEntry>,
    /** Why the stored file was not used. */
    readonly problem: CacheProblem,
  ) {
    this.stored = stored;
  }

  /**
   * Opens the cache file for `context` (see `auditContext`). A missing, unreadable, malformed or unsafe file, or
   * one written for another context, gives an empty cache (the reason in `problem` unless the file was simply
   * missing or out of date); it never fails.
   */
  static open(file: string | undefined, context: string, today: string): AuditCache {
    if (file === undefined) return new AuditCache(file, context, today, {}, undefined);
    let raw: string;
    try {
      const info = statSync(file);
      const uid = process.getuid?.();
      if (uid !== undefined && info.uid !== uid) return new AuditCache(file, context, today, {}, `the cache file ${file} belongs to another user; not used`);
      if (info.mode & 0o022) return new AuditCache(file, context, today, {}, `others may write to the cache file ${file}; not used`);
      raw = readFileSync(file, 'utf8');
    } catch {
      return new AuditCache(file, context, today, {}, undefined);
    }
    try {
      const parsed = JSON.parse(raw) as Partial<CacheFile>;
      if (parsed.format !== FORMAT || parsed.context !== context || typeof parsed.files !== 'object' || !parsed.files) return new AuditCache(file, context, today, {}, undefined);
      return new AuditCache(file, context, today, parsed.files, undefined);
    } catch {
      return new AuditCache(file, context, today, {}, `the cache file ${file} is not valid JSON; it is rebuilt`);
    }
  }

  /** The hash a file's bytes must have for its stored result to be reused; undefined when it cannot be. */
  expected(path: string): string | undefined {
    const entry = this.stored[path];
    if (!entry || typeof entry.hash !== 'string' || !Array.isArray(entry.reads)) return undefined;
    if (entry.day !== undefined && entry.day !== this.today) return undefined;
    for (const read of entry.reads) {
      if (!Array.isArray(read) || typeof read[0] !== 'string') return undefined;
      let mtime = this.mtimes.get(read[0]);
      if (mtime === undefined) this.mtimes.set(read[0], (mtime = projectMtime(read[0])));
      if (mtime !== read[1]) return undefined;
    }
    return entry.hash;
  }

  /** Takes what the audit of `path` gave and returns its result (the stored one when the file had not changed). */
  settle(path: string, audited: Audited): FileAudit | undefined {
    if (!audited.result) {
      const entry = this.stored[path];
      if (!entry || entry.hash !== audited.hash) return undefined;
      this.next[path] = entry;
      this.reused++;
      return { ...structuredClone(entry.result), path };
    }
    this.analysed++;
    const result = audited.result;
    if (audited.hash && complete(result)) {
      const { path: _path, ...rest } = result;
      this.next[path] = { hash: audited.hash, result: structuredClone(rest), reads: audited.reads ?? [], ...(audited.dated ? { day: this.today } : {}) };
    }
    return result;
  }

  /** What the cache holds after this run: its entries (files no longer audited drop out, unless `partial`). */
  private entries(): Record<string, CacheEntry> {
    return this.partial ? { ...this.stored, ...this.next } : this.next;
  }

  /** The cache for the next run in this process, holding what this one ended with. */
  renewed(today: string): AuditCache {
    return new AuditCache(this.file, this.context, today, this.entries(), undefined);
  }

  /**
   * Writes the entries to the file, atomically, readable by this user only. Returns an error message, or
   * undefined.
   */
  async save(): Promise<string | undefined> {
    if (this.file === undefined) return undefined;
    const body: CacheFile = { format: FORMAT, context: this.context, files: this.entries() };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      await writeFile(temporary, JSON.stringify(body), { mode: 0o600 });
      await rename(temporary, this.file);
      return undefined;
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      return `Could not write the cache file ${this.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`;
    }
  }
}

/** The context a cache is valid for: this installation and everything of the audit's options that changes results. */
export function auditContext(parts: unknown): string {
  return createHash('sha256').update(installationFingerprint()).update(JSON.stringify(parts) ?? '').digest('hex');
}
