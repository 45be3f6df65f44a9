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

/** Whether a character code can be part of an identifier-like word (`[\w$]`). */
export const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;

/**
 * A fixed set of words that a scan can look for without making a string of every word of a text: each word is
 * hashed as it is scanned and only a word whose hash is marked in a bitmap is sliced out and looked up. The
 * prefilter asks about a few thousand words; a text has hundreds of thousands, most of them not asked about.
 */
export class WordSet {
  /** Per hash slot: 1 when a word of the set hashes to it. */
  private readonly marked = new Uint8Array(1 << 16);

  constructor(readonly words: ReadonlySet<string>) {
    for (const word of words) this.marked[wordHash(word)] = 1;
  }

  /** Calls `visit` for each occurrence in `text` of a word of the set that starts in `start`–`end` (at a boundary). */
  forEachIn(text: string, start: number, end: number, visit: (word: string, at: number) => void): void {
    const { marked, words } = this;
    for (let i = start; i < end; ) {
      let code = text.charCodeAt(i);
      // A word starts with a word character that is not a digit.
      if (code >= 128 || WORD_CHARS[code] !== 1) {
        i++;
        continue;
      }
      const from = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + code) | 0;
        code = text.charCodeAt(++i);
      } while (code < 128 && WORD_CHARS[code] !== 0);
      if (marked[(h ^ (h >>> 16)) & 0xffff] === 1) {
        const word = text.slice(from, i);
        if (words.has(word)) visit(word, from);
      }
    }
  }
}

/** Per ASCII code: 1 a character that can start a word, 2 a digit, 0 neither (as {@link isWordChar}). */
const WORD_CHARS = new Uint8Array(128).map((_, code) => (isWordChar(code) ? (code >= 48 && code <= 57 ? 2 : 1) : 0));

/** The bitmap slot of a word: the same hash {@link WordSet.forEachIn} computes while scanning. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return (h ^ (h >>> 16)) & 0xffff;
}
