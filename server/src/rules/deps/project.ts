/**
 * Read-only look-ups in the file's project for the import rules: the manifests that declare its dependencies
 * (the nearest package.json and the ones above it for hoisted workspaces; the nearest folder with
 * requirements*.txt or pyproject.toml) and the local modules a Python import may name. Every look-up is bounded
 * (a few folders up, a few manifests) and cached by folder and modification time, so an audit of thousands of
 * files reads each manifest once and an edited manifest is read again.
 */
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

const listings = new Map<string, { mtime: number; entries: Set<string> }>();
const manifests = new Map<string, { mtime: number; dependencies: Dependency[]; own?: string; dynamic: boolean }>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/** The recordings in progress: every look-up on disk is added to each (path → modification time, -1: missing). */
const recordings = new Set<Map<string, number>>();

/**
 * Runs `analyse` and returns, with its value, every folder and manifest looked up on disk while it ran and the
 * modification time seen (-1: missing). A result stored by the audit cache is reused only while these are
 * unchanged. Analyses that overlap on one thread each record the look-ups of both: a recording may hold more than
 * its analysis needed (which only makes a stored result go stale sooner), never less.
 */
export async function recordProjectReads<T>(analyse: () => Promise<T>): Promise<{ value: T; reads: [string, number][] }> {
  const mine = new Map<string, number>();
  recordings.add(mine);
  try {
    const value = await analyse();
    return { value, reads: [...mine] };
  } finally {
    recordings.delete(mine);
  }
}

function mtimeOf(path: string): number | undefined {
  let mtime: number | undefined;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    mtime = undefined;
  }
  for (const recording of recordings) recording.set(path, mtime ?? -1);
  return mtime;
}

/** The modification time of `path` as the look-ups above record it (-1: missing). */
export function projectMtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The names in a folder (cached by the folder's modification time); empty when it cannot be read. */
export function entriesOf(dir: string): Set<string> {
  const mtime = mtimeOf(dir);
  if (mtime === undefined) return new Set();
  const cached = listings.get(dir);
  if (cached && cached.mtime === mtime) return cached.entries;
  let entries: Set<string>;
  try {
    entries = new Set(readdirSync(dir));
  } catch {
    entries = new Set();
  }
  return remember(listings, dir, { mtime, entries }).entries;
}

function readManifest(path: string): { dependencies: Dependency[]; own?: string; dynamic: boolean } {
  const mtime = mtimeOf(path) ?? -1;
  const cached = manifests.get(path);
  if (cached && cached.mtime === mtime) return cached;
  let text = '';
  try {
    text = readFileSync(path, 'utf8').slice(0, 2_000_000);
  } catch {
    // An unreadable manifest declares nothing.
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  let entry: { mtime: number; dependencies: Dependency[]; own?: string; dynamic: boolean };
  if (name === 'package.json') {
    const own = /"name"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    entry = { mtime, dependencies: packageJsonDependencies(parseTree(text)), dynamic: false, ...(own ? { own } : {}) };
  } else if (name === 'pyproject.toml') {
    const own = /^\s*name\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
    entry = { mtime, dependencies: pyprojectDependencies(text), dynamic: /^\s*dynamic\s*=\s*\[[^\]]*["']dependencies["']/m.test(text), ...(own ? { own: normalisePypi(own) } : {}) };
  } else entry = { mtime, dependencies: requirementsDependencies(text), dynamic: false };
  return remember(manifests, path, entry);
}

/** The absolute folder of a document path, or undefined for paths that name no file on disk. */
function folderOf(path: string): string | undefined {
  if (!path || /^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path)) return undefined;
  const absolute = isAbsolute(path) ? path : resolve(path);
  const dir = dirname(absolute.replace(/\\/g, '/'));
  return mtimeOf(dir) === undefined ? undefined : dir;
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
