/**
 * The audit cache: what a workspace audit found in each file, kept so that the next audit reuses it for files that
 * have not changed (`ai-audit scan --cache`, and the editor's workspace audit). A result is reused only when all of
 * these still hold:
 *
 * - the same ai-audit (its place, bundle, rules, data and grammars), configuration and policy: the cache's
 *   `context`; any difference empties the cache (a fix run does not use it);
 * - the file's bytes, by SHA-256;
 * - everything the import rules looked up on disk for it: the names in a folder, a manifest's text, whether a
 *   folder exists (see `ProjectRead`);
 * - the day, for a file with an `until` date on an ignore directive (the directive expires).
 *
 * Results that are not complete (a file cut off by the time budget, an analysis that failed, an unreadable file)
 * are never stored. A forged entry could hide findings, so a cache file is signed: an HMAC-SHA256 of its format,
 * context and body under a random key that only this user can read, kept outside the workspace (`key` in the user's ai-audit cache
 * folder, or the editor's storage). A file planted in a repository, or edited by hand, fails the check and is
 * rebuilt. Cache files are written under a new name and renamed into place, readable by this user only.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fstatSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open as openFile, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileAudit } from './run';
import { type ProjectRead, projectReadNow } from '../rules/deps/project';

/** Bumped when the file's layout changes. */
const FORMAT = 3;

/** What is stored per file. */
export interface CacheEntry {
  /** SHA-256 of the file's bytes (hex). */
  hash: string;
  /** The result, without its path. */
  result: Omit<FileAudit, 'path'>;
  /** Folders and manifests the analysis looked up, with what it saw. */
  reads: ProjectRead[];
  /** Set for a file whose result depends on the date: valid on this day (YYYY-MM-DD) only. */
  day?: string;
}

/** The first line of a cache file; the rest is the body, `{ "files": … }`, which `mac` signs. */
interface CacheHeader {
  format: number;
  context: string;
  /** HMAC-SHA256 (hex) of the format, the context and the body under the user's cache key (see `sign`). */
  mac: string;
}

/** What an audit of one file hands the cache: its hash and look-ups, and the result when it was analysed. */
export interface Audited {
  /** Undefined when the file's bytes had the hash the cache expected: the stored result stands. */
  result?: FileAudit;
  hash?: string;
  reads?: ProjectRead[];
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
 * A fingerprint of this installation of ai-audit: where it is (findings link to its documentation pages), the
 * bundle that is running, the worker, the rules and the data files beside it by content, and its grammars by name
 * and size. Any upgrade, rebuild or move changes it.
 */
export function installationFingerprint(): string {
  if (installed) return installed;
  const hash = createHash('sha256').update(__dirname).update('\0');
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
  const grammars = join(__dirname, 'grammars');
  if (existsSync(grammars)) for (const name of readdirSync(grammars).sort()) hash.update(`${name}:${statSync(join(grammars, name)).size}\0`);
  return (installed = hash.digest('hex'));
}

const KEY_BYTES = 32;

/** A cache file larger than this is not read (a whole corpus of 15,000 files makes about 4 MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** The key in `file` when it is this user's alone and whole; `existing` says whether a file is there at all. */
function readKey(file: string): { key?: Buffer; existing: boolean } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { existing: false };
  }
  try {
    const info = fstatSync(fd);
    const uid = process.getuid?.();
    const own = uid === undefined || (info.uid === uid && (info.mode & 0o077) === 0);
    const key = Buffer.alloc(KEY_BYTES);
    if (own && info.size === KEY_BYTES && readSync(fd, key, 0, KEY_BYTES, 0) === KEY_BYTES) return { key, existing: true };
    return { existing: true };
  } catch {
    return { existing: true };
  } finally {
    closeSync(fd);
  }
}

/**
 * The key that signs cache files: `key` in `folder`, made on first use (32 random bytes, mode 0600, in a folder of
 * mode 0700). A key file that another user owns or others may read or write is replaced. Undefined when no key
 * can be kept there: the cache then lasts for this run only. (Windows has no owner and mode bits here; the
 * profile's access rules guard the folder.)
 */
export function cacheKey(folder: string): Buffer | undefined {
  const file = join(folder, 'key');
  const found = readKey(file);
  if (found.key) return found.key;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return storeKey(file, randomBytes(KEY_BYTES), found.existing);
  } catch {
    return undefined;
  }
}

/**
 * Puts `key` in place as `file` and returns the key that is there afterwards. A new key is linked into place, so
 * that of two runs making the first key at once one wins and the other reads it (rather than signing with a key
 * that is no longer on disk); an unsafe one (`replacing`) is renamed over.
 */
export function storeKey(file: string, key: Buffer, replacing = false): Buffer | undefined {
  const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  writeFileSync(temporary, key, { mode: 0o600, flag: 'wx' });
  try {
    if (replacing) renameSync(temporary, file);
    else {
      try {
        linkSync(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return readKey(file)?.key;
      }
    }
    return key;
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Renamed into place.
    }
  }
}

/** The signature of a cache file: its format and context with its body, so that no body passes under another context. */
function sign(key: Buffer, context: string, body: string): string {
  return createHmac('sha256', key).update(`ai-audit cache\0${FORMAT}\0${context}\0`).update(body).digest('hex');
}

function signedBy(key: Buffer, context: string, body: string, mac: unknown): boolean {
  if (typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return false;
  return timingSafeEqual(Buffer.from(sign(key, context, body), 'hex'), Buffer.from(mac, 'hex'));
}

const READ_KINDS = new Set(['list', 'file', 'exists']);

/** Whether a stored entry has the shape this module writes (a signed file holds only those; checked anyway). */
function wellFormed(entry: CacheEntry | undefined): entry is CacheEntry {
  if (!entry || typeof entry !== 'object' || typeof entry.hash !== 'string' || !Array.isArray(entry.reads)) return false;
  if (!entry.reads.every((r) => Array.isArray(r) && r.length === 3 && READ_KINDS.has(r[0]) && typeof r[1] === 'string' && typeof r[2] === 'string')) return false;
  const result = entry.result as Partial<FileAudit> | undefined;
  return !!result && typeof result === 'object' && Array.isArray(result.findings) && Array.isArray(result.notices) && Array.isArray(result.fixed);
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

export class AuditCache {
  private readonly next: Record<string, CacheEntry> = {};
  /** What the look-ups see now, asked once per run: a folder is shared by many files. */
  private readonly seen = new Map<string, string>();
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
    /** The key that signs the file (undefined with no file). */
    private readonly key: Buffer | undefined,
    private readonly context: string,
    private readonly today: string,
    /** The entries of the file (or of the run before, in this process). */
    private readonly stored: Record<string, CacheEntry>,
    /** Why the stored file was not used. */
    readonly problem: string | undefined,
  ) {}

  /**
   * Opens the cache file for `context` (see `auditContext`), signed with `key` (see `cacheKey`). A missing file, or
   * one written for another context, gives an empty cache; so does one that is unreadable, malformed or not signed
   * with this key, with the reason in `problem`. It never fails.
   */
  static open(file: string | undefined, key: Buffer | undefined, context: string, today: string): AuditCache {
    const empty = (problem?: string) => new AuditCache(file, key, context, today, {}, problem);
    if (file === undefined) return empty();
    if (!key) return empty(`no key to sign the cache file ${file} could be kept; results are not reused`);
    let raw: string;
    try {
      if (statSync(file).size > MAX_CACHE_BYTES) return empty(`the cache file ${file} is larger than ${MAX_CACHE_BYTES / 1024 / 1024} MB; it is rebuilt`);
      raw = readFileSync(file, 'utf8');
    } catch {
      return empty();
    }
    const newline = raw.indexOf('\n');
    let header: Partial<CacheHeader>;
    try {
      header = JSON.parse(newline === -1 ? raw : raw.slice(0, newline)) as Partial<CacheHeader>;
    } catch {
      return empty(`the cache file ${file} is not one ai-audit wrote; it is rebuilt`);
    }
    if (header.format !== FORMAT || header.context !== context) return empty();
    const body = raw.slice(newline + 1);
    if (newline === -1 || !signedBy(key, context, body, header.mac)) return empty(`the cache file ${file} does not carry this user's signature; it is rebuilt`);
    try {
      const parsed = JSON.parse(body) as { files?: unknown };
      if (typeof parsed.files !== 'object' || !parsed.files) return empty(`the cache file ${file} is not one ai-audit wrote; it is rebuilt`);
      return new AuditCache(file, key, context, today, parsed.files as Record<string, CacheEntry>, undefined);
    } catch {
      return empty(`the cache file ${file} is not one ai-audit wrote; it is rebuilt`);
    }
  }

  /** The hash a file's bytes must have for its stored result to be reused; undefined when it cannot be. */
  expected(path: string): string | undefined {
    const entry = Object.hasOwn(this.stored, path) ? this.stored[path] : undefined;
    if (!wellFormed(entry)) return undefined;
    if (entry.day !== undefined && entry.day !== this.today) return undefined;
    for (const [kind, place, seen] of entry.reads) {
      const key = `${kind}\0${place}`;
      let now = this.seen.get(key);
      if (now === undefined) this.seen.set(key, (now = projectReadNow(kind, place)));
      if (now !== seen) return undefined;
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
    const next = new AuditCache(this.file, this.key, this.context, today, this.entries(), undefined);
    next.partial = this.partial;
    return next;
  }

  /**
   * Writes the entries to the file, atomically, readable by this user only. Returns an error message, or
   * undefined.
   */
  async save(): Promise<string | undefined> {
    if (this.file === undefined || !this.key) return undefined;
    const body = JSON.stringify({ files: this.entries() });
    const header: CacheHeader = { format: FORMAT, context: this.context, mac: sign(this.key, this.context, body) };
    // A new file of its own (never one that exists, nor a link), renamed over the old one at once.
    const temporary = `${this.file}.${randomBytes(8).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      const handle = await openFile(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(header)}\n${body}`);
      } finally {
        await handle.close();
      }
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
