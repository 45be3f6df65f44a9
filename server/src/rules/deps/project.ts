/**
 * Read-only look-ups in the file's project for the import rules: the manifests that declare its dependencies
 * (the nearest package.json and the ones above it for hoisted workspaces; the nearest folder with
 * requirements*.txt or pyproject.toml) and the local modules a Python import may name. Every look-up is bounded
 * (a few folders up, a few manifests) and cached by path and stamp (modification and change time, size), so an
 * audit of thousands of files reads each manifest once and an edited manifest is read again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { type Dependency, packageJsonDependencies, pyprojectDependencies, requirementsDependencies } from './manifests';
import { normalisePypi } from './names';

const MAX_LEVELS = 12;
const CACHE_LIMIT = 512;

/** What the manifests of a project declare. */
export interface Declared {
  /** Declared names (npm as written, PyPI normalised). */
  names: Set<string>;
  /** Names of the projects themselves (a package may import itself). */
  own: Set<string>;
  /** The folder of the nearest manifest. */
  root: string;
}

const listings = new Map<string, { stamp: string; entries: Set<string>; digest?: string }>();
const manifests = new Map<string, { stamp: string; digest: string; dependencies: Dependency[]; own?: string; dynamic: boolean }>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/**
 * One look-up on disk, as the audit cache checks it again: the names in a folder (`list`), a manifest's text
 * (`file`), or whether a folder exists (`exists`), with a digest of what was seen ('-': missing or unreadable).
 */
export type ProjectRead = [kind: 'list' | 'file' | 'exists', path: string, seen: string];

/** The recordings in progress: every look-up on disk is added to each. */
const recordings = new Set<Map<string, ProjectRead>>();

function record(kind: ProjectRead[0], path: string, seen: () => string): void {
  if (!recordings.size) return;
  const read: ProjectRead = [kind, path, seen()];
  for (const recording of recordings) recording.set(`${kind}\0${path}`, read);
}

/**
 * Runs `analyse` and returns, with its value, every look-up on disk made while it ran (see `ProjectRead`). A result
 * stored by the audit cache is reused only while `projectReadNow` sees the same for each. Analyses that overlap on
 * one thread each record the look-ups of both: a recording may hold more than its analysis needed (which only
 * makes a stored result go stale sooner), never less.
 */
export async function recordProjectReads<T>(analyse: () => Promise<T>): Promise<{ value: T; reads: ProjectRead[] }> {
  const mine = new Map<string, ProjectRead>();
  recordings.add(mine);
  try {
    const value = await analyse();
    return { value, reads: [...mine.values()] };
  } finally {
    recordings.delete(mine);
  }
}

function digest(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

function listingDigest(entries: Set<string>): string {
  return digest([...entries].sort());
}

/** What a look-up of `kind` on `path` sees now, as `ProjectRead` records it. */
export function projectReadNow(kind: ProjectRead[0], path: string): string {
  try {
    if (kind === 'list') return listingDigest(new Set(readdirSync(path)));
    if (kind === 'file') return digest([readFileSync(path, 'utf8')]);
    statSync(path);
    return 'yes';
  } catch {
    return '-';
  }
}

/**
 * The modification time, change time and size of a path (undefined: missing). The caches below key on all three:
 * a copy that keeps the modification time (`cp -p`, `rsync -t`, `touch -r`) still changes the change time.
 */
function stampOf(path: string): string | undefined {
  try {
    const info = statSync(path);
    return `${info.mtimeMs}:${info.ctimeMs}:${info.size}`;
  } catch {
    return undefined;
  }
}

/** The names in a folder (cached by the folder's stamp); empty when it cannot be read. */
export function entriesOf(dir: string): Set<string> {
  const stamp = stampOf(dir);
  if (stamp === undefined) {
    record('list', dir, () => '-');
    return new Set();
  }
  const cached = listings.get(dir);
  if (cached && cached.stamp === stamp) {
    record('list', dir, () => (cached.digest ??= listingDigest(cached.entries)));
    return cached.entries;
  }
  let entry: { stamp: string; entries: Set<string>; digest?: string };
  try {
    entry = { stamp, entries: new Set(readdirSync(dir)) };
  } catch {
    entry = { stamp, entries: new Set(), digest: '-' };
  }
  record('list', dir, () => (entry.digest ??= listingDigest(entry.entries)));
  return remember(listings, dir, entry).entries;
}

function readManifest(path: string): { dependencies: Dependency[]; own?: string; dynamic: boolean } {
  const stamp = stampOf(path) ?? '-';
  const cached = manifests.get(path);
  if (cached && cached.stamp === stamp) {
    record('file', path, () => cached.digest);
    return cached;
  }
  let text = '';
  let seen = '-';
  try {
    const whole = readFileSync(path, 'utf8');
    seen = digest([whole]);
    text = whole.slice(0, 2_000_000);
  } catch {
    // An unreadable manifest declares nothing.
  }
  record('file', path, () => seen);
  const name = path.slice(path.lastIndexOf('/') + 1);
  let entry: { stamp: string; digest: string; dependencies: Dependency[]; own?: string; dynamic: boolean };
  if (name === 'package.json') {
    const own = /"name"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    entry = { stamp, digest: seen, dependencies: packageJsonDependencies(parseTree(text)), dynamic: false, ...(own ? { own } : {}) };
  } else if (name === 'pyproject.toml') {
    const own = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
    entry = { stamp, digest: seen, dependencies: pyprojectDependencies(text), dynamic: /^\s*dynamic\s*=\s*\[[^\]]*["']dependencies["']/m.test(text), ...(own ? { own: normalisePypi(own) } : {}) };
  } else entry = { stamp, digest: seen, dependencies: requirementsDependencies(text), dynamic: false };
  return remember(manifests, path, entry);
}

/** The absolute folder of a document path, or undefined for paths that name no file on disk. */
function folderOf(path: string): string | undefined {
  if (!path || /^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return undefined;
  const absolute = isAbsolute(path) ? path : resolve(path);
  const dir = dirname(absolute.replace(/\\/g, '/'));
  const exists = stampOf(dir) !== undefined;
  record('exists', dir, () => (exists ? 'yes' : '-'));
  return exists ? dir : undefined;
}

/** What the package.json files from the file's folder upward declare; undefined when there is none. */
export function npmDeclared(path: string): Declared | undefined {
  let dir = folderOf(path);
  let declared: Declared | undefined;
  for (let level = 0; dir && level < MAX_LEVELS; level++) {
    const entries = entriesOf(dir);
    if (entries.has('package.json')) {
      const manifest = readManifest(join(dir, 'package.json'));
      declared ??= { names: new Set(), own: new Set(), root: dir };
      for (const d of manifest.dependencies) declared.names.add(d.name);
      if (manifest.own) declared.own.add(manifest.own);
    }
    // The repository root ends the walk: manifests above it belong to someone else.
    if (entries.has('.git')) break;
    const parent = dirname(dir);
    dir = parent === dir ? undefined : parent;
  }
  return declared;
}

/** Whether the manifests declare the npm package `name`: itself, as the project's own name, or its types (`estree` imported for `@types/estree`). */
export function npmDeclares(declared: Declared, name: string): boolean {
  const typesName = name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
  return declared.names.has(name) || declared.own.has(name) || declared.names.has(typesName);
}

/**
 * What the nearest Python manifests declare: every requirements*.txt and pyproject.toml of the nearest folder that
 * has one. Undefined when there is none, or when the folder declares dependencies in a form not read here
 * (setup.py, setup.cfg, Pipfile, `dynamic` dependencies), since then nothing can be said about what is missing.
 */
export function pypiDeclared(path: string): Declared | undefined {
  let dir = folderOf(path);
  for (let level = 0; dir && level < MAX_LEVELS; level++) {
    const entries = entriesOf(dir);
    const files = [...entries].filter((n) => /^requirements[\w.-]*\.(txt|in)$/i.test(n) || n === 'pyproject.toml').sort();
    if (files.length) {
      if (['setup.py', 'setup.cfg', 'Pipfile'].some((n) => entries.has(n))) return undefined;
      const declared: Declared = { names: new Set(), own: new Set(), root: dir };
      for (const file of files) {
        const manifest = readManifest(join(dir, file));
        if (manifest.dynamic) return undefined;
        for (const d of manifest.dependencies) if (d.name) declared.names.add(normalisePypi(d.name));
        if (manifest.own) declared.own.add(manifest.own);
      }
      return declared;
    }
    if (['setup.py', 'setup.cfg', 'Pipfile'].some((n) => entries.has(n)) || entries.has('.git')) return undefined;
    const parent = dirname(dir);
    dir = parent === dir ? undefined : parent;
  }
  return undefined;
}

/** Whether a Python top-level module is local: a module or package beside the file, in a folder above it up to the project root, or under `src/`. */
export function isLocalPythonModule(path: string, module: string, root?: string): boolean {
  let dir = folderOf(path);
  const has = (folder: string) => {
    const entries = entriesOf(folder);
    return entries.has(`${module}.py`) || entries.has(module) || entries.has(`${module}.pyi`) || [...entries].some((e) => e.startsWith(`${module}.`) && /\.(so|pyd)$/.test(e));
  };
  for (let level = 0; dir && level < MAX_LEVELS; level++) {
    if (has(dir) || has(join(dir, 'src'))) return true;
    if (dir === root || entriesOf(dir).has('.git')) break;
    const parent = dirname(dir);
    dir = parent === dir ? undefined : parent;
  }
  return false;
}

/** Whether the analysed document can be looked up on disk at all (a real file path). */
export function onDisk(path: string): boolean {
  return folderOf(path) !== undefined;
}
