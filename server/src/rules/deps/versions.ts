/** Version specs: the exact version a spec pins, whether it has an upper bound, and `<X.Y` checks. */

/** The exact version an npm or PEP 440 spec pins (`1.2.3`, `=1.2.3`, `==1.2.3`, `===1.2.3`), else undefined. */
export function exactVersion(spec: string): string | undefined {
  const m = /^\s*(?:v|={1,3}\s*)?(\d+(?:\.\d+)*(?:[-+.]?[\w.]+)?)\s*$/.exec(spec);
  return m ? m[1] : undefined;
}

/** Compares dotted numeric versions (pre-release suffixes ignored): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[^\d]+/).filter(Boolean).map(Number);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether an exact version is among `affected` (exact versions, or one `<X` bound). */
export function versionAffected(version: string, affected: readonly string[]): boolean {
  return affected.some((a) => (a.startsWith('<') ? compareVersions(version, a.slice(1)) < 0 : compareVersions(version, a) === 0 && version === a));
}

/** Why an npm spec floats without bound (`*`, `latest`, `>=1`), or undefined for a bounded spec. */
export function npmFloating(spec: string): string | undefined {
  const s = spec.trim();
  if (s === '' || s === '*' || /^x(\.x)*$/i.test(s)) return `accepts any version (\`${s || '""'}\`)`;
  if (/^(latest|next|canary|beta|alpha|rc|nightly)$/i.test(s)) return `follows the \`${s}\` tag`;
  if (s.split('||').some((part) => /^\s*>=?\s*\d/.test(part) && !/<|\s-\s/.test(part))) return `has no upper bound (\`${s}\`)`;
  return undefined;
}

/** Why a PEP 440 specifier floats without bound (none, `>=1`), or undefined for a bounded one. */
export function pypiFloating(spec: string): string | undefined {
  const s = spec.trim().replace(/^\(|\)$/g, '');
  if (s === '') return 'has no version';
  const clauses = s.split(',').map((c) => c.trim());
  if (clauses.some((c) => /^(==|===|~=|<|<=)/.test(c))) return undefined;
  return `has no upper bound (\`${s}\`)`;
}
