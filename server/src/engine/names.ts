/** Name patterns for callees, assignment targets and sources: dotted names where `*` stands for any segments. */

export interface NamePattern {
  source: string;
  regex: RegExp;
  /** The last segment when it is literal: the index key that lets a call skip every rule it cannot match. */
  last?: string;
}

const cache = new Map<string, NamePattern>();

/** Compiles `subprocess.*`, `*.innerHTML`, `Runtime.getRuntime().exec` into an anchored matcher. */
export function namePattern(source: string): NamePattern {
  let pattern = cache.get(source);
  if (pattern) return pattern;
  const body = source
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  const segments = source.split('.');
  const last = segments[segments.length - 1]!;
  pattern = { source, regex: new RegExp(`^${body}$`), last: last.includes('*') ? undefined : last.replace(/\(\)$/, '') };
  cache.set(source, pattern);
  return pattern;
}

/** The last segment of a dotted name, without a trailing `()`. */
export function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? name.slice(dot + 1) : name).replace(/\(\)$/, '');
}

/** True when `name` equals `prefix` or continues it with `.`, `[` or `(`. */
export function hasPrefix(name: string, prefix: string): boolean {
  return name === prefix || (name.startsWith(prefix) && /^[.[(]/.test(name.slice(prefix.length)));
}

/** The written name and, when its first segment is an import alias, the name with the module path substituted. */
export function candidateNames(written: string, imports: Map<string, string>): string[] {
  const dot = written.search(/[.([]/);
  const head = dot >= 0 ? written.slice(0, dot) : written;
  const resolved = imports.get(head);
  if (!resolved) return [written];
  const full = resolved + written.slice(head.length);
  return full === written ? [written] : [written, full];
}
