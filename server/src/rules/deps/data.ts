/**
 * The data the deps rules compare against, loaded once: popular npm and PyPI names (built by
 * scripts/build-popular-index.mjs from public download statistics), the Python standard library, the import names
 * that differ from their distribution names, and the deprecated or unsafe packages assistants still suggest. Files
 * live in `data/` next to the bundle, or in server/src/data during development and tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import type { Ecosystem } from './names';

/** A deprecated or unsafe package, as written in data/deprecated-packages.json. */
export interface DeprecatedPackage {
  /** Why it should not be used, one sentence. */
  reason: string;
  /** What to use instead. */
  replacement: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  /** Exact versions (`3.3.6`) or one upper bound (`<5.4`); absent: every version. */
  versions?: string[];
  reference: string;
  /** The replacement's package name, when swapping the name alone is the fix. */
  rename?: string;
}

/** One ecosystem's popular names: a set for lookups, ranks (0 = most downloaded), and names by length. */
export interface PopularIndex {
  names: ReadonlySet<string>;
  rank: ReadonlyMap<string, number>;
  /** The names that near misses are compared with, by length. */
  byLength: ReadonlyMap<number, readonly string[]>;
}

/** The data folder: `data/` next to the bundle, else server/src/data found by walking up (tests). */
function dataDir(): string {
  const bundled = join(__dirname, 'data');
  if (existsSync(join(bundled, 'popular-npm.txt'))) return bundled;
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'server/src/data');
    if (existsSync(join(candidate, 'popular-npm.txt'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('deps data not found: neither data/ next to the bundle nor server/src/data');
}

function readLines(file: string): string[] {
  return readFileSync(join(dataDir(), file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Names past this rank are only looked up, never compared for near misses (see TARGET_RANK in names.ts). */
const COMPARED_RANK = 5000;

function buildIndex(names: string[]): PopularIndex {
  const rank = new Map<string, number>();
  const byLength = new Map<number, string[]>();
  for (const name of names) {
    if (rank.has(name)) continue;
    rank.set(name, rank.size);
    if (rank.size > COMPARED_RANK) continue;
    const list = byLength.get(name.length);
    if (list) list.push(name);
    else byLength.set(name.length, [name]);
  }
  return { names: new Set(rank.keys()), rank, byLength };
}

const indexes = new Map<Ecosystem, PopularIndex>();

/** The popular names of an ecosystem (PyPI names are PEP 503-normalised). */
export function popularIndex(ecosystem: Ecosystem): PopularIndex {
  let index = indexes.get(ecosystem);
  if (!index) {
    index = buildIndex(readLines(ecosystem === 'npm' ? 'popular-npm.txt' : 'popular-pypi.txt'));
    indexes.set(ecosystem, index);
  }
  return index;
}

let stdlib: ReadonlySet<string> | undefined;

/** Top-level modules of the Python standard library. */
export function pythonStdlib(): ReadonlySet<string> {
  return (stdlib ??= new Set(readLines('python-stdlib.txt')));
}

let nodeBuiltins: ReadonlySet<string> | undefined;

/** Node's built-in modules (`fs`, `fs/promises`, …), without the `node:` prefix. */
export function nodeBuiltinModules(): ReadonlySet<string> {
  return (nodeBuiltins ??= new Set(builtinModules.map((m) => m.replace(/^node:/, ''))));
}

let importNames: ReadonlyMap<string, readonly string[]> | undefined;

/** Python import names whose distribution has another name (`yaml` → `pyyaml`), distribution names normalised. */
export function pythonDistributionsOf(): ReadonlyMap<string, readonly string[]> {
  if (!importNames) {
    const raw = JSON.parse(readFileSync(join(dataDir(), 'python-import-names.json'), 'utf8')) as Record<string, string | string[]>;
    importNames = new Map(Object.entries(raw).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
  }
  return importNames;
}

let deprecated: Record<Ecosystem, ReadonlyMap<string, DeprecatedPackage>> | undefined;

/** Deprecated or unsafe packages by ecosystem and (normalised) name. */
export function deprecatedPackages(ecosystem: Ecosystem): ReadonlyMap<string, DeprecatedPackage> {
  if (!deprecated) {
    const raw = JSON.parse(readFileSync(join(dataDir(), 'deprecated-packages.json'), 'utf8')) as Record<Ecosystem, Record<string, DeprecatedPackage>>;
    deprecated = { npm: new Map(Object.entries(raw.npm)), pypi: new Map(Object.entries(raw.pypi)) };
  }
  return deprecated[ecosystem];
}
