/** The checks the name rules share: is a dependency or import name popular, deprecated, or a near miss. */
import { deprecatedPackages, popularIndex, pythonDistributionsOf } from './data';
import { type Ecosystem, type NearMiss, nearMiss, normaliseName } from './names';

/** What is known about a name. */
export type NameVerdict = { kind: 'popular' } | { kind: 'deprecated' } | { kind: 'near-miss'; near: NearMiss } | { kind: 'unknown' };

/** Classifies a package name of a manifest or an import (Python import names are mapped to distributions first). */
export function judgeName(ecosystem: Ecosystem, written: string, asImport = false): NameVerdict {
  const name = normaliseName(ecosystem, written);
  if (deprecatedPackages(ecosystem).has(name)) return { kind: 'deprecated' };
  const index = popularIndex(ecosystem);
  if (index.names.has(name)) return { kind: 'popular' };
  if (asImport && ecosystem === 'pypi' && pythonDistributionsOf().has(written)) return { kind: 'popular' };
  const near = nearMiss(ecosystem, name);
  return near ? { kind: 'near-miss', near } : { kind: 'unknown' };
}

let scopes: ReadonlySet<string> | undefined;

/** Whether a scoped npm name's scope appears in the index (an unknown scope is usually a private registry's). */
export function knownScope(name: string): boolean {
  const scope = /^(@[^/]+)\//.exec(name)?.[1];
  if (!scope) return true;
  scopes ??= new Set([...popularIndex('npm').names].filter((n) => n.startsWith('@')).map((n) => n.slice(0, n.indexOf('/'))));
  return scopes.has(scope);
}
