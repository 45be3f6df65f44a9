/**
 * The prefilter's scans of a whole text: the words some rule asks about ({@link WordSet}) and the substring keywords
 * some rule needs ({@link substringsIn}). Every file of an audit is scanned, parsed or not, so these loops run over
 * every byte of a workspace. They read the text's UTF-16 code units from a typed array, copied in one call, which
 * V8 reads faster than `charCodeAt` (on a third of the npm part of the benchmark corpus, 48 M characters: the word
 * scan 145–165 against 230–280 M characters/s, the keyword scan 160–170 against 210–225; a whole analysis about 1%
 * faster). Offsets in the array are offsets in the string, so every hit is checked against the string itself.
 */
import { Buffer } from 'node:buffer';

/** Code units kept between scans (a larger text gets an array of its own, dropped after the scan). */
const KEPT_UNITS = 1 << 22;
let kept = new Uint16Array(1 << 15);

/**
 * The code units of `text` from `start` to `end`, at offsets 0 to `end - start`, followed by a 0 (a character that
 * ends any word, so a loop over a word needs no bounds check). The array is reused by the next call: read it,
 * then call out (no scan may run while another holds it).
 */
function unitsOf(text: string, start: number, end: number): Uint16Array {
  const length = end - start;
  let units = kept;
  if (units.length <= length) {
    units = new Uint16Array(Math.max(length + 1, units.length * 2));
    if (units.length <= KEPT_UNITS) kept = units;
  }
  Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(start === 0 && end === text.length ? text : text.slice(start, end), 0, 'utf16le');
  units[length] = 0;
  return units;
}

/** Whether a character code can be part of an identifier-like word (`[\w$]`). */
export const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;

/** Per code unit: 1 a character that can start a word, 2 a digit, 0 neither (as {@link isWordChar}: ASCII only). */
const WORD_CHARS = new Uint8Array(65536);
for (let code = 0; code < 128; code++) WORD_CHARS[code] = isWordChar(code) ? (code >= 48 && code <= 57 ? 2 : 1) : 0;

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

  /**
   * Calls `visit` for each occurrence in `text` of a word of the set that starts in `start`–`end` (at a word
   * boundary, or at `start`; a word that starts before `end` is read to its end).
   */
  forEachIn(text: string, start: number, end: number, visit: (word: string, at: number) => void): void {
    let stop = end;
    while (stop < text.length && isWordChar(text.charCodeAt(stop))) stop++;
    const units = unitsOf(text, start, stop);
    const { marked } = this;
    const last = end - start;
    // Offsets (from, to) of the words whose hash is marked; looked up once the scan is over (see unitsOf).
    const spans: number[] = [];
    for (let i = 0; i < last; ) {
      let code = units[i]!;
      // A word starts with a word character that is not a digit.
      if (WORD_CHARS[code] !== 1) {
        i++;
        continue;
      }
      const from = i;
      let h = 0;
      do {
        h = (Math.imul(h, 31) + code) | 0;
        code = units[++i]!;
      } while (WORD_CHARS[code] !== 0);
      if (marked[(h ^ (h >>> 16)) & 0xffff] === 1) spans.push(from, i);
    }
    for (let k = 0; k < spans.length; k += 2) {
      const word = text.slice(start + spans[k]!, start + spans[k + 1]!);
      if (this.words.has(word)) visit(word, start + spans[k]!);
    }
  }
}

/** The bitmap slot of a word: the same hash {@link WordSet.forEachIn} computes while scanning. */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return (h ^ (h >>> 16)) & 0xffff;
}

/**
 * Keywords indexed for {@link substringsIn}: those of three or more characters by a hash of their first three
 * (the hash a scan rolls along the text, so most positions, which start no keyword, cost one table read), shorter
 * ones apart. Built once per list of keywords.
 */
interface SubstringIndex {
  short: string[];
  /** Per triple hash, the keywords whose first three characters hash there. */
  byTriple: (string[] | undefined)[];
  /**
   * The code units of those keywords, in the same order: compared with the text's where the hash matches, which
   * most often it does by chance (98% of the places where it matches start no keyword), before a keyword is taken.
   */
  unitsByTriple: (Uint16Array[] | undefined)[];
  /** Per triple hash, 1 where {@link byTriple} has keywords: a byte read, cheaper than the list's (18% of the scan). */
  marked: Uint8Array;
  long: boolean;
}

const TRIPLE_MASK = 0x7fff;
/** The hash of three characters; a scan rolls it as `h = ((h << 5) ^ c) & TRIPLE_MASK`, which leaves the same. */
const tripleHash = (a: number, b: number, c: number) => ((a << 10) ^ (b << 5) ^ c) & TRIPLE_MASK;

const indexes = new Map<string, SubstringIndex>();
/** The same lists again (a prefilter plan passes one array for every file): no key to join. */
const indexesOfList = new WeakMap<readonly string[], SubstringIndex>();

function substringIndex(keywords: readonly string[]): SubstringIndex {
  const known = indexesOfList.get(keywords);
  if (known) return known;
  const key = keywords.join('\u0000');
  let index = indexes.get(key);
  if (index) {
    indexesOfList.set(keywords, index);
    return index;
  }
  index = { short: [], byTriple: new Array<string[] | undefined>(TRIPLE_MASK + 1).fill(undefined), unitsByTriple: new Array<Uint16Array[] | undefined>(TRIPLE_MASK + 1).fill(undefined), marked: new Uint8Array(TRIPLE_MASK + 1), long: false };
  for (const keyword of new Set(keywords)) {
    if (keyword.length < 3) {
      index.short.push(keyword);
      continue;
    }
    const slot = tripleHash(keyword.charCodeAt(0), keyword.charCodeAt(1), keyword.charCodeAt(2));
    (index.byTriple[slot] ??= []).push(keyword);
    (index.unitsByTriple[slot] ??= []).push(Uint16Array.from({ length: keyword.length }, (_, i) => keyword.charCodeAt(i)));
    index.marked[slot] = 1;
    index.long = true;
  }
  if (indexes.size >= 32) indexes.delete(indexes.keys().next().value!);
  indexes.set(key, index);
  indexesOfList.set(keywords, index);
  return index;
}

/** Which of `keywords` occur in `text`, in one pass (a secrets pack has hundreds of prefixes). */
export function substringsIn(text: string, keywords: readonly string[]): Set<string> {
  const { short, byTriple, unitsByTriple, marked, long } = substringIndex(keywords);
  const found = new Set(short.filter((k) => text.includes(k)));
  const length = text.length;
  if (!long || length < 3) return found;
  const units = unitsOf(text, 0, length);
  let h = tripleHash(0, units[0]!, units[1]!);
  for (let i = 2; i < length; i++) {
    h = ((h << 5) ^ units[i]!) & TRIPLE_MASK;
    if (marked[h] !== 1) continue;
    const candidates = unitsByTriple[h]!;
    for (let c = 0; c < candidates.length; c++) {
      const keyword = candidates[c]!;
      const from = i - 2;
      if (from + keyword.length > length) continue;
      let j = 0;
      while (j < keyword.length && units[from + j] === keyword[j]) j++;
      if (j === keyword.length) found.add(byTriple[h]![c]!);
    }
  }
  return found;
}

const SPACE = new Uint8Array(128);
for (const c of ' \t\n\r\f\v') SPACE[c.charCodeAt(0)] = 1;

/** After spaces, comments (`/* */`, `//`, `#`), line continuations and closing parentheses: where the next token starts. */
function nextToken(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c < 128 && SPACE[c] === 1) || c === 41 /* ) */) i++;
    else if (c === 92 /* \ */ && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) i += 2;
    else if (c === 35 /* # */ || (c === 47 /* / */ && text.charCodeAt(i + 1) === 47)) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return text.length;
      i = end + 2;
    } else return i;
  }
}

/** Whether a block comment ends at `j` (`*` `/`). */
const endsComment = (text: string, j: number) => text.charCodeAt(j) === 47 && text.charCodeAt(j - 1) === 42;

/** The last offset at or before `j` that is not a space (-1: none). */
function lastNonSpace(text: string, j: number): number {
  while (j >= 0 && text.charCodeAt(j) < 128 && SPACE[text.charCodeAt(j)] === 1) j--;
  return j;
}

/**
 * Whether the word from `start` to `end` may name a function where a call's name is resolved: what follows it,
 * after spaces, comments and `)`, can continue a call (`(`, `?.`, a template, type arguments `<` or `[`, `!`), it is
 * renamed where it is imported (`import x as y`, `{ x: y }`), or it ends a module's name in a string or follows one
 * (`require('m').x`). A name written anywhere else (`req.query`, a comment) is not called there, nor is it the last
 * segment of a name that a call resolves to through an import. Loose on purpose: it may say yes wrongly, never no.
 */
export function mayBeCalled(text: string, start: number, end: number): boolean {
  const i = nextToken(text, end);
  const c = text.charCodeAt(i);
  // ( ` < [ ! and ?. — and `as` followed by a non-word character.
  if (c === 40 || c === 96 || c === 60 || c === 91 || c === 33) return true;
  if (c === 63 && text.charCodeAt(i + 1) === 46) return true;
  if (c === 97 && text.charCodeAt(i + 1) === 115 && !isWordChar(text.charCodeAt(i + 2))) return true;
  // `x::<T>(` (Rust's type arguments) and `x::y` go on with the name; `{ x: y }` may rename it.
  if (c === 58 /* : */) return text.charCodeAt(i + 1) === 58 || renamedByDestructuring(text, i + 1);
  if (c === 39 || c === 34) return endsModuleName(text, start, c);
  // Before it: `.` after a `)` that closes a string (`require('m').x`, `import('m').x`). (A comment ending there,
  // `*/`, would hide what is before it: yes.)
  let j = lastNonSpace(text, start - 1);
  if (endsComment(text, j)) return true;
  if (text.charCodeAt(j) !== 46 /* . */) return false;
  j = lastNonSpace(text, j - 1);
  if (endsComment(text, j)) return true;
  if (text.charCodeAt(j) !== 41 /* ) */) return false;
  do j = lastNonSpace(text, j - 1);
  while (text.charCodeAt(j) === 41);
  const q = text.charCodeAt(j);
  return q === 39 || q === 34 || q === 96 || q === 47;
}

/** How far {@link renamedByDestructuring} looks for the end of a pattern before it says yes. */
const PATTERN_REACH = 4000;

const IMPORTERS = /(?:require|import)\s*\(\s*$|\b(?:from|import)\s*$/;

/**
 * After `x:`, whether this may be `{ x: y } = require(…)`, which imports `x` as `y` (a value that is a plain name,
 * then the pattern's end and an `=`); an object literal (`{ query: q }` passed to a call) is not.
 */
function renamedByDestructuring(text: string, i: number): boolean {
  i = nextToken(text, i);
  if (!isWordChar(text.charCodeAt(i))) return false;
  while (isWordChar(text.charCodeAt(i))) i++;
  i = nextToken(text, i);
  let c = text.charCodeAt(i);
  if (c !== 44 /* , */ && c !== 125 /* } */) return false;
  // The pattern's `}`: past the other entries (which may hold braces of their own). Not found near: yes.
  let depth = 0;
  let end = -1;
  for (const limit = Math.min(text.length, i + PATTERN_REACH); i < limit && end < 0; i++) {
    c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && depth-- === 0) end = i;
  }
  if (end < 0) return true;
  i = nextToken(text, end + 1);
  // `= …`, or a type annotation first (TypeScript): either may be the import.
  return text.charCodeAt(i) === 61 || text.charCodeAt(i) === 58;
}

/** Before a closing quote, whether the string is a module's name (`require('m')`, `from 'm'`). */
function endsModuleName(text: string, start: number, quote: number): boolean {
  let j = start - 1;
  while (j >= 0 && text.charCodeAt(j) !== quote) {
    if (text.charCodeAt(j) === 10) return false;
    j--;
  }
  if (j < 0) return false;
  return IMPORTERS.test(text.slice(Math.max(0, j - 40), j)) || text.slice(Math.max(0, j - 40), j).includes('/');
}
