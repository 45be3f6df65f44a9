/**
 * Package names: PEP 503 normalisation, and the near-misses of popular names that typosquats and hallucinated
 * packages live on (one edit, a swapped pair, `-`/`_`/`.` confusion, `python-`/`py` prefixes, `js`/`node` affixes).
 */
import { popularIndex } from './data';

export type Ecosystem = 'npm' | 'pypi';

/** PEP 503: lower case, and runs of `-`, `_`, `.` become one `-`. */
export function normalisePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The name as the index stores it. */
export function normaliseName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'pypi' ? normalisePypi(name) : name.toLowerCase();
}

/** Whether `a` and `b` are one insertion, deletion, substitution or adjacent transposition apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const AFFIXES: [RegExp, string][] = [
  [/^python-/, ''],
  [/^py-?/, ''],
  [/-?python$/, ''],
  [/^node-/, ''],
  [/-?node$/, ''],
  [/-?js$/, ''],
  [/\.js$/, ''],
];

/** Why a name looks like a popular one it is not, with the popular name; undefined when it does not. */
export interface NearMiss {
  popular: string;
  kind: 'one edit' | 'swapped characters' | 'separator' | 'affix';
  /** Rank of the popular name (0 = most downloaded). */
  rank: number;
}

/**
 * Only names far more popular than anything outside the index are worth imitating: the index holds the 50,000 most
 * downloaded npm names (down to about 50,000 downloads a month), and a near miss must imitate one of the top 5,000
 * (millions a month). PyPI's index holds 15,000 names; targets are the top 3,000.
 */
export const TARGET_RANK: Record<Ecosystem, number> = { npm: 5000, pypi: 3000 };

const nearMissCache = new Map<string, NearMiss | undefined>();
const targetsByLength = new Map<Ecosystem, Map<number, string[]>>();

/** The target names (top ranks only) grouped by length: the only names a near miss is compared with. */
function targets(ecosystem: Ecosystem): Map<number, string[]> {
  let map = targetsByLength.get(ecosystem);
  if (!map) {
    const index = popularIndex(ecosystem);
    map = new Map();
    for (const [length, names] of index.byLength) map.set(length, names.filter((n) => (index.rank.get(n) ?? Infinity) < TARGET_RANK[ecosystem]));
    targetsByLength.set(ecosystem, map);
  }
  return map;
}

/** The most popular name that `name` (normalised, and not itself in the index) is a near miss of. Cached per name. */
export function nearMiss(ecosystem: Ecosystem, name: string): NearMiss | undefined {
  const key = `${ecosystem}:${name}`;
  if (nearMissCache.has(key)) return nearMissCache.get(key);
  const result = computeNearMiss(ecosystem, name);
  if (nearMissCache.size > 20000) nearMissCache.clear();
  nearMissCache.set(key, result);
  return result;
}

function computeNearMiss(ecosystem: Ecosystem, name: string): NearMiss | undefined {
  const index = popularIndex(ecosystem);
  if (index.names.has(name)) return undefined;
  const candidates: NearMiss[] = [];
  const consider = (popular: string, kind: NearMiss['kind']) => {
    const rank = index.rank.get(popular);
    if (rank !== undefined && rank < TARGET_RANK[ecosystem] && popular !== name) candidates.push({ popular, kind, rank });
  };
  // Short names are one edit from dozens of others: only longer names say anything.
  if (name.length >= 5) {
    for (let length = name.length - 1; length <= name.length + 1; length++) {
      for (const popular of targets(ecosystem).get(length) ?? []) {
        if (!oneEditApart(name, popular)) continue;
        const swapped = popular.length === name.length && [...popular].filter((c, i) => c !== name[i]).length === 2;
        consider(popular, swapped ? 'swapped characters' : 'one edit');
      }
    }
  }
  const bare = name.replace(/[-_.]/g, '');
  if (bare.length >= 4) {
    for (const variant of [name.replace(/[-_.]/g, '-'), name.replace(/[-_.]/g, '_'), name.replace(/[-_.]/g, '.'), bare]) consider(variant, 'separator');
  }
  const unscoped = name.replace(/^@[^/]+\//, '');
  const scope = name.slice(0, name.length - unscoped.length);
  for (const [pattern, replacement] of AFFIXES) {
    const stripped = unscoped.replace(pattern, replacement);
    if (stripped !== unscoped && stripped.length >= 4) consider(scope + stripped, 'affix');
  }
  candidates.sort((a, b) => a.rank - b.rank);
  return candidates[0];
}
