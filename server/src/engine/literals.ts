/**
 * The literal strings a regular expression cannot match without: a rule's `text:` constraint is tested on the
 * source text of a node, which is a piece of the file, so a file that holds none of the literals every match of the
 * expression must contain cannot match the rule, and is never parsed for it. (The expression itself is not run on
 * the whole file: without the node's edges its anchors mean nothing, and an unanchored `\s*x` backtracks
 * quadratically on a long run of spaces. A set of literals is found by a linear scan.)
 *
 * The analysis reads the common subset of JavaScript's syntax (literal characters and escapes, small character
 * classes, groups and alternation, quantifiers, anchors and assertions) and gives up, soundly, on anything else:
 * what it cannot read counts as "any text". It never claims a literal a match could do without.
 */

/** At most this many strings in one set (an alternation of alternations multiplies). */
const MAX_SET = 64;
/** Sets whose shortest string is shorter than this are found in nearly every file: not worth asking about. */
export const MIN_LITERAL = 3;

/**
 * What a piece of an expression can match: `exact` lists every string it can match (when they are few), and
 * `required` is a set one string of which any match contains (the best one known), or undefined.
 */
interface Info {
  exact?: Set<string>;
  required?: Set<string>;
}

const ANY: Info = {};
const EMPTY: Info = { exact: new Set(['']) };

/** The shortest string of a set (the set's worth as a requirement: longer is rarer). */
function shortest(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** The better of two requirements: the one whose shortest string is longer, then the smaller. */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || shortest(a) === 0) return b && shortest(b) > 0 ? b : undefined;
  if (!b || shortest(b) === 0) return a;
  const la = shortest(a), lb = shortest(b);
  return la !== lb ? (la > lb ? a : b) : a.size <= b.size ? a : b;
}

function product(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Reader {
  i = 0;
  constructor(readonly source: string) {}
  get done(): boolean {
    return this.i >= this.source.length;
  }
  peek(offset = 0): string {
    return this.source[this.i + offset] ?? '';
  }
}

/** Thrown where the expression uses syntax this reader does not know: the whole expression then yields nothing. */
class Unreadable extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/**
 * The characters an escape stands for, after the backslash: a set, or undefined for a class (`\d`, `\w`) or
 * anything unknown (which a caller counts as any text).
 */
function escapeChars(r: Reader, inClass: boolean): Set<string> | 'assertion' | undefined {
  const c = r.peek();
  r.i++;
  if (c === '') throw new Unreadable();
  if (!inClass && (c === 'b' || c === 'B')) return 'assertion';
  if (c === 'b') return new Set(['\b']);
  if (c in SIMPLE_ESCAPES && !(c === '0' && /[0-9]/.test(r.peek()))) return new Set([SIMPLE_ESCAPES[c]!]);
  if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(r.source.slice(r.i, r.i + 2))) {
    const ch = String.fromCharCode(parseInt(r.source.slice(r.i, r.i + 2), 16));
    r.i += 2;
    return new Set([ch]);
  }
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(r.source.slice(r.i, r.i + 4))) {
    const ch = String.fromCharCode(parseInt(r.source.slice(r.i, r.i + 4), 16));
    r.i += 4;
    return new Set([ch]);
  }
  if (c === 'k' && r.peek() === '<') {
    // A named back reference: any text.
    const end = r.source.indexOf('>', r.i);
    if (end < 0) throw new Unreadable();
    r.i = end + 1;
    return undefined;
  }
  if (c === 'p' || c === 'P') {
    if (r.peek() === '{') {
      const end = r.source.indexOf('}', r.i);
      if (end < 0) throw new Unreadable();
      r.i = end + 1;
    }
    return undefined;
  }
  if (c === 'c' && /[A-Za-z]/.test(r.peek())) {
    r.i++;
    return undefined;
  }
  if (/[0-9]/.test(c)) {
    // A back reference (or an octal escape): any text.
    while (/[0-9]/.test(r.peek())) r.i++;
    return undefined;
  }
  // \d \D \w \W \s \S and letters without a meaning here: a class of characters.
  if (/[A-Za-z]/.test(c)) return undefined;
  // Any other escaped character stands for itself (`\.`, `\(`, `\\`, `\/`).
  return new Set([c]);
}

/** A character class, from after its `[`: the characters it matches, when it lists a few and is not negated. */
function readClass(r: Reader): Info {
  let negated = false;
  if (r.peek() === '^') {
    negated = true;
    r.i++;
  }
  const chars = new Set<string>();
  let open = false;
  for (;;) {
    const c = r.peek();
    if (c === '') throw new Unreadable();
    r.i++;
    if (c === ']') break;
    let item: Set<string> | undefined;
    if (c === '\\') {
      const escaped = escapeChars(r, true);
      item = escaped === 'assertion' ? undefined : escaped;
    } else item = new Set([c]);
    // A range (`a-z`) is many characters: the class counts as any character.
    if (r.peek() === '-' && r.peek(1) !== ']' && r.peek(1) !== '') {
      r.i++;
      if (r.peek() === '\\') {
        r.i++;
        escapeChars(r, true);
      } else r.i++;
      open = true;
      continue;
    }
    if (!item) open = true;
    else for (const ch of item) chars.add(ch);
  }
  if (negated || open || chars.size === 0 || chars.size > 8) return ANY;
  return { exact: chars };
}

/** A quantifier after an atom, if any: its minimum and maximum (Infinity when unbounded). */
function readQuantifier(r: Reader): { min: number; max: number } | undefined {
  const c = r.peek();
  let q: { min: number; max: number } | undefined;
  if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  else if (c === '?') q = { min: 0, max: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.source.slice(r.i));
    if (!m) return undefined; // a literal `{`
    r.i += m[0].length - 1;
    q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
  }
  if (!q) return undefined;
  r.i++;
  if (r.peek() === '?') r.i++;
  return q;
}

/** An atom repeated: exact only when it is at most once (`x?` is x or nothing); otherwise what each copy requires. */
function quantified(atom: Info, q: { min: number; max: number }): Info[] {
  if (q.max === 0) return [EMPTY];
  if (q.min === 0) {
    if (q.max === 1 && atom.exact) return [{ exact: new Set([...atom.exact, '']) }];
    return [ANY];
  }
  // At least once: the first copy as it is, then anything.
  return q.max === 1 ? [atom] : [atom, ANY];
}

/**
 * After a group's `(`: reads what kind of group it is (`?:`, a look-around, a named group's `?<name>`) and says
 * whether it is a look-around, which matches no text of its own.
 */
function readGroupKind(r: Reader): boolean {
  if (r.peek() !== '?') return false;
  const kind = r.source.slice(r.i, r.i + 3);
  if (kind.startsWith('?:')) r.i += 2;
  else if (kind.startsWith('?=') || kind.startsWith('?!')) {
    r.i += 2;
    return true;
  } else if (kind === '?<=' || kind === '?<!') {
    r.i += 3;
    return true;
  } else if (kind.startsWith('?<')) {
    const end = r.source.indexOf('>', r.i);
    if (end < 0) throw new Unreadable();
    r.i = end + 1;
  } else throw new Unreadable();
  return false;
}

/** A sequence of atoms up to `|`, `)` or the end. */
function readSequence(r: Reader): Info {
  const atoms: Info[] = [];
  while (!r.done && r.peek() !== '|' && r.peek() !== ')') {
    const c = r.peek();
    r.i++;
    let atom: Info;
    if (c === '(') {
      const lookaround = readGroupKind(r);
      const inner = readAlternation(r);
      if (r.peek() !== ')') throw new Unreadable();
      r.i++;
      // A lookaround matches no text of its own (and a negative one, nothing it names).
      atom = lookaround ? EMPTY : inner;
    } else if (c === '[') atom = readClass(r);
    else if (c === '\\') {
      const escaped = escapeChars(r, false);
      atom = escaped === 'assertion' ? EMPTY : escaped ? { exact: escaped } : ANY;
    } else if (c === '^' || c === '$') atom = EMPTY;
    else if (c === '.') atom = ANY;
    else if (c === '*' || c === '+' || c === '?') throw new Unreadable();
    else atom = { exact: new Set([c]) };
    const q = readQuantifier(r);
    atoms.push(...(q ? quantified(atom, q) : [atom]));
  }
  // Runs of exact atoms multiply into one set; the best of the runs and of the atoms' own requirements wins.
  let best: Set<string> | undefined;
  let run: Set<string> | undefined = new Set(['']);
  let whole = true;
  for (const atom of atoms) {
    if (atom.exact) {
      const next: Set<string> | undefined = run ? product(run, atom.exact) : undefined;
      if (next) run = next;
      else {
        // Too many strings: the run so far stands on its own, and a new one starts here.
        best = better(best, run);
        run = atom.exact;
        whole = false;
      }
      continue;
    }
    best = better(best, better(run, atom.required));
    run = new Set(['']);
    whole = false;
  }
  best = better(best, run);
  return whole && run ? { exact: run, ...(best ? { required: best } : {}) } : best ? { required: best } : ANY;
}

/** Alternatives up to `)` or the end: exact when every one is, and otherwise one string of some requirement. */
function readAlternation(r: Reader): Info {
  const branches: Info[] = [readSequence(r)];
  while (r.peek() === '|') {
    r.i++;
    branches.push(readSequence(r));
  }
  if (branches.length === 1) return branches[0]!;
  if (branches.every((b) => b.exact)) {
    const exact = new Set(branches.flatMap((b) => [...b.exact!]));
    if (exact.size <= MAX_SET) return { exact, required: exact };
  }
  // Each branch must contribute: a branch that requires nothing makes the whole require nothing.
  const required = new Set<string>();
  for (const b of branches) {
    const own = b.required ?? b.exact;
    if (!own || shortest(own) === 0) return ANY;
    for (const s of own) required.add(s);
  }
  return required.size <= MAX_SET ? { required } : ANY;
}

/** What `read` makes of the whole of `source`; undefined where it stops early or meets syntax it does not know. */
function readWhole<T>(source: string, read: (r: Reader) => T): T | undefined {
  try {
    const r = new Reader(source);
    const out = read(r);
    return r.done ? out : undefined;
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

/**
 * Strings one of which every match of `source` (a JavaScript regular expression without flags) contains, each at
 * least {@link MIN_LITERAL} characters long; undefined when no such set is known.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const info = readWhole(source, readAlternation);
  if (!info) return undefined;
  const set = info.required ?? info.exact;
  if (!set || shortest(set) < MIN_LITERAL) return undefined;
  return [...set];
}

/**
 * One piece of an expression as {@link containingPattern} rewrites it: its source with every assertion taken out,
 * and what the rewriting of the top level needs to know of it.
 */
interface Piece {
  source: string;
  /** Of no fixed length, or beginning with something of none (`*`, `+`, `?`, `{1,3}`, `(?:\s*x)`). */
  variable: boolean;
  /** Able to run over nearly any character to the end of the text (`.*`, `[^"]+`, `\S*`, a group holding one). */
  sprawling: boolean;
  /** Repeated without bound (`*`, `+`, `{2,}`). */
  unbounded: boolean;
  /** The source without its quantifier. */
  atom: string;
  /** A group's branches, when it is not repeated: the pieces of each. */
  group?: Piece[][];
}

/**
 * A class that matches nearly any character, across lines and strings: `.`, `\S`, `\W`, `\D`, a class holding one of
 * them, or a negated class that lets through line ends and quotes (`[^{]`; `[^"]` stops at the string's end).
 */
function sprawlingClass(source: string): boolean {
  if (source === '.' || /^\\[SWD]$/.test(source)) return true;
  if (!source.startsWith('[')) return false;
  if (/\\[SWD]/.test(source)) return true;
  return source.startsWith('[^') && !/\\n|['"`]/.test(source);
}

/** The branches of an alternation up to `)` or the end, each as its pieces; assertions are left out. */
function readPieces(r: Reader): Piece[][] {
  const branches: Piece[][] = [[]];
  while (!r.done && r.peek() !== ')') {
    const start = r.i;
    const c = r.peek();
    r.i++;
    if (c === '|') {
      branches.push([]);
      continue;
    }
    let source: string | undefined;
    let inner: Piece[][] | undefined;
    if (c === '(') {
      // (A named group's name is dropped with the group's capture: nothing refers to it, see below.)
      const lookaround = readGroupKind(r);
      inner = readPieces(r);
      if (r.peek() !== ')') throw new Unreadable();
      r.i++;
      if (!lookaround) source = `(?:${inner.map((b) => b.map((p) => p.source).join('')).join('|')})`;
    } else if (c === '[') {
      readClass(r);
      source = r.source.slice(start, r.i);
    } else if (c === '\\') {
      const next = r.peek();
      // A back reference reads what a group captured, and the rewriting drops captures: give up.
      if (/[1-9]/.test(next) || (next === 'k' && r.peek(1) === '<')) throw new Unreadable();
      if (escapeChars(r, false) !== 'assertion') source = r.source.slice(start, r.i);
    } else if (c === '^' || c === '$') source = undefined;
    else if (c === '*' || c === '+' || c === '?' || c === ']' || c === '}') throw new Unreadable();
    else if (c === '{' && /^\d+(,\d*)?\}/.test(r.source.slice(r.i))) throw new Unreadable();
    else source = c;
    const before = r.i;
    const q = readQuantifier(r);
    if (source === undefined) {
      // An assertion matches no text: taken out, it lets through everything it held back. Repeated, it is odd enough
      // to give up on.
      if (q) throw new Unreadable();
      continue;
    }
    const full = source + r.source.slice(before, r.i);
    const variable = (!!q && q.min !== q.max) || (!!inner && (inner.some((b) => !b.length || b[0]!.variable) || new RegExp(`^${full}$`).test('')));
    const sprawling = (!!q && q.max === Infinity && sprawlingClass(source)) || (!!inner && inner.some((b) => b.some((p) => p.sprawling)));
    branches[branches.length - 1]!.push({ source: full, atom: source, variable, sprawling, unbounded: !!q && q.max === Infinity, ...(inner && !q ? { group: inner } : {}) });
  }
  return branches;
}

/** Characters a piece is tried on: printable ASCII, the line ends and tab, and a letter beyond ASCII. */
const SAMPLE = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\t', '\n', '\r', '\u00e9'];

/** Which of {@link SAMPLE} a match of a piece can begin with; undefined when that is not known. */
function startChars(piece: Piece): Set<string> | undefined {
  if (piece.group) {
    const out = new Set<string>();
    for (const branch of piece.group) {
      const first = branch[0];
      const chars = first && !first.variable ? startChars(first) : undefined;
      if (!chars) return undefined;
      for (const c of chars) out.add(c);
    }
    return out;
  }
  if (piece.atom.startsWith('(')) return undefined;
  const atom = new RegExp(`^(?:${piece.atom})$`);
  return new Set(SAMPLE.filter((c) => atom.test(c)));
}

/**
 * Whether a piece repeated without bound can run over where the branch's matches begin (`0[0-7]*` on a run of zeros:
 * a search from each of them reads the rest of the run).
 */
function overlapsStart(piece: Piece, starts: Set<string> | undefined): boolean {
  if (!piece.unbounded) return false;
  if (!starts || piece.atom.startsWith('(')) return true;
  const atom = new RegExp(`^(?:${piece.atom})$`);
  for (const c of starts) if (atom.test(c)) return true;
  return false;
}

/** A branch that is one group, as the group's branches (`^(?:a|.*b)$` is `a` or `.*b`), down to its pieces. */
function flatten(branches: Piece[][]): Piece[][] {
  return branches.flatMap((b) => (b.length === 1 && b[0]!.group ? flatten(b[0]!.group) : [b]));
}

/**
 * An expression that matches somewhere in a file wherever `source` (a JavaScript regular expression without flags)
 * matches a piece of it, such as the source text of one node; undefined when there is none worth a search, or the
 * expression uses syntax this reader does not know. It is `source` loosened, never narrowed:
 * - assertions (`^`, `$`, `\b`, look-arounds) are taken out: in a piece of the file they held at its edges, and
 *   taken out they hold everywhere;
 * - each top-level branch (a branch that is one group stands for the group's branches) loses the pieces it begins
 *   with that have no fixed length (`^\s*exec` becomes `exec`), and ends before its first piece that can run over
 *   nearly anything to the end of the text (`<[\s\S]*\$\{` becomes `<`) or, repeated without bound, over the
 *   characters the branch begins with (`0[0-7]*[2367]` becomes `0`): a match of a branch holds a match of what is
 *   kept of it. Unanchored, those pieces would make a search of a whole file quadratic (a run of spaces tried from
 *   each of its characters, the rest of the file from each `<`, a run of zeros from each zero).
 * An expression with a branch that keeps a single character or class would match nearly every file: none is given.
 */
export function containingPattern(source: string): string | undefined {
  const branches = readWhole(source, readPieces);
  if (!branches) return undefined;
  const kept: string[] = [];
  for (const branch of flatten(branches)) {
    let from = 0;
    while (from < branch.length && branch[from]!.variable) from++;
    const starts = from < branch.length ? startChars(branch[from]!) : undefined;
    let to = from;
    while (to < branch.length && !branch[to]!.sprawling && !(to > from && overlapsStart(branch[to]!, starts))) to++;
    // A branch with (almost) nothing kept matches (nearly) anywhere: so does the whole.
    if (to - from === 0 || (to - from === 1 && !branch[from]!.group)) return undefined;
    kept.push(branch.slice(from, to).map((p) => p.source).join(''));
  }
  const pattern = [...new Set(kept)].join('|');
  try {
    if (new RegExp(pattern).test('')) return undefined;
  } catch {
    return undefined;
  }
  return pattern;
}
