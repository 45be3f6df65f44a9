/**
 * Focused parsing: a Python file audited once is parsed only in the top-level statements and class members where
 * the rules that run on it can find something, and in those these can reach by name; the parser skips the rest
 * (tree-sitter's included ranges: the tree keeps the file's offsets). Python's standard library calls `eval`, `exec`,
 * `pickle` and `getattr` in one method among hundreds; parsing was over half of an audit's time.
 *
 * What the analysis of the parsed part reads is what it reads in the whole tree (`bench/prefilter.mjs --check`
 * compares the two on every file of the benchmark corpus, test/unit/focus.test.ts on fixtures and random files):
 * - Every node a rule starts from is written with one of the rule's focus names ({@link matcherFocus}, a module
 *   rule's `focus`), as written or through the file's imports, or holds one of its strings (a raw query's).
 *   Statements and methods where none can be are left out, unless reached below.
 * - Statements other than definitions (imports, assignments, `if __name__ == …` blocks) are always parsed, as are
 *   definitions that import something: the file's imports and top-level bindings are those of the whole tree.
 * - A definition or method is parsed when what is parsed names it: data flow follows a call to any function of the
 *   file by its name, and a name to its bindings at the top level, where class bodies count (they are not in a
 *   function). Module rules that follow the variables of a call's arguments to assignments anywhere in the file
 *   (`arguments`) get those too; one that reads the whole tree around a node outside a function (`inFunctions`)
 *   gets the whole file when a node may be there.
 * - Where the parsed part has a syntax error, the whole file is parsed after all: a boundary read wrongly (a string
 *   the scan took for closed) must not change what is found.
 * A literal is looked for as written: a name or string spelled out with escapes in a part left out is not read as
 * it (as a rule's keywords are not).
 */
import { WordSet } from './scan';
import { alternatives, type Matcher } from './rule';
import { namePattern } from './names';
import { lastWord } from './match';
import type { FocusSpec } from './module';
import { requiredLiterals } from './literals';

/** One top-level statement of a Python text, with what a focused parse needs to know of it. */
export interface TopStatement {
  /** From its first character to the start of the next statement (blank and comment lines after it included). */
  start: number;
  end: number;
  startRow: number;
  endRow: number;
  /** Where it ends on `endRow` (0 but at the end of the text). */
  endColumn: number;
  /** A `def`, `async def` or `class` statement, decorated or not: left out unless needed. */
  definition: boolean;
  /** The functions it defines, at any depth (a call by one of these names is followed into it). */
  functions: string[];
  /**
   * The names it may bind where data flow looks up a name at the top level (every statement not in a function):
   * a definition's decorators, a class's name and the words of its body outside methods; the targets of a statement's
   * assignments, loops and `as` clauses.
   */
  bindings: string[];
  /**
   * A class's members: the statements of its body, each with the blank and comment lines after it. Its own
   * `functions` and `bindings` are then those of the header (decorators, name) alone.
   */
  members?: Member[];
}

/** A statement of a top-level class's body. */
export interface Member {
  start: number;
  end: number;
  startRow: number;
  endRow: number;
  /** A method (`def`, decorated or not): left out unless needed, as a top-level definition. */
  method: boolean;
  functions: string[];
  /** As {@link TopStatement.bindings}: a method's decorators, the words of other members (they run in the class body). */
  bindings: string[];
}

/** A name an import statement binds, and the dotted path it stands for (`from m import n as x`: x, m.n). */
export interface ImportedName {
  local: string;
  path: string;
}

const CONTINUATION_CLAUSE = /^(?:else|elif|except|finally)\b/;
const DEFINITION = /^(?:async[ \t]+def|def|class)\b/;
const DEF_NAME = /^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/;
const CLASS_NAME = /^class[ \t]+([A-Za-z_]\w*)/;
const IMPORT_LINE = /^(?:import|from)\b/;
const IMPORTED = /^([A-Za-z_][\w.]*)(?:\s+as\s+([A-Za-z_]\w*))?/;

/**
 * The top-level statements of a Python text, the names its import statements bind, and with `deep` the lines where
 * each name may be assigned (at any depth); undefined when the text cannot be split safely (a tab or form feed in
 * indentation, a string or bracket still open at the end, code indented before any statement).
 */
export function pythonTopLevel(text: string, deep = false): { statements: TopStatement[]; imports: ImportedName[]; targets: Map<string, number[]> } | undefined {
  const statements: TopStatement[] = [];
  const imports: ImportedName[] = [];
  /** With `deep`: where each name may be bound, at any depth (the starts of the lines). */
  const targets = new Map<string, number[]>();
  const names: string[] = [];
  let current: TopStatement | undefined;
  /** The current statement is decorators so far: its `def` or `class` line is still to come. */
  let decoratorsOnly = false;
  /** The indentation of the `def` whose body the lines are in (-1: none), inside the current statement. */
  let defIndent = -1;
  /** In a top-level class: the indentation of its body (-1: not yet seen), its current member, decorators so far. */
  let bodyIndent = -1;
  let member: Member | undefined;
  let memberDecorators = false;
  let depth = 0;
  /** The quote of the string the scan is in (its code; 0 outside), and whether it is triple. */
  let quote = 0;
  let triple = false;
  let continued = false;
  let row = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const lineStart = i;
    // A logical line starts here unless a string, a bracket or a backslash carries the previous one on.
    if (quote === 0 && depth === 0 && !continued) {
      let j = i;
      while (j < length && text.charCodeAt(j) === 32) j++;
      const c = text.charCodeAt(j);
      // (A tab or form feed in indentation: columns the scan would have to count as Python does.)
      if (c === 9 || c === 12) return undefined;
      if (j < length && c !== 10 && c !== 13 && c !== 35) {
        const indent = j - i;
        const head = text.slice(j, Math.min(length, j + 80));
        if (indent === 0) {
          // Decorators go on to their `def` or `class`; `else:`, `except …:` go on with the statement above.
          if (decoratorsOnly) decoratorsOnly = head.startsWith('@');
          else if (!CONTINUATION_CLAUSE.test(head)) {
            if (current) close(current, lineStart, row);
            if (member) closeMember(member, lineStart, row);
            decoratorsOnly = head.startsWith('@');
            current = { start: lineStart, end: length, startRow: row, endRow: row, endColumn: 0, definition: decoratorsOnly || DEFINITION.test(head), functions: [], bindings: [] };
            statements.push(current);
            defIndent = -1;
            bodyIndent = -1;
            member = undefined;
            memberDecorators = false;
          }
        }
        // (Indented code before any statement, or a clause with nothing to go on: not Python the scan can split.)
        if (!current) return undefined;
        // The members of a top-level class: statements at the indentation of its body.
        if (indent > 0 && current.members) {
          if (bodyIndent < 0) bodyIndent = indent;
          // (Less indented than the body but inside the class: an error the parser reads; not split.)
          if (indent < bodyIndent) return undefined;
          if (indent === bodyIndent) {
            if (memberDecorators) memberDecorators = head.startsWith('@');
            else if (!CONTINUATION_CLAUSE.test(head)) {
              if (member) closeMember(member, lineStart, row);
              memberDecorators = head.startsWith('@');
              member = { start: lineStart, end: length, startRow: row, endRow: row, method: false, functions: [], bindings: [] };
              current.members.push(member);
            }
            // (A `def` line that starts the member or ends its decorators.)
            if (!memberDecorators && DEF_NAME.test(head)) member!.method = true;
          }
        }
        if (defIndent >= 0 && indent <= defIndent) defIndent = -1;
        const def = DEF_NAME.exec(head);
        const owner = member ?? current;
        if (def) owner.functions.push(def[1]!);
        if (current.definition && defIndent < 0) {
          if (def) defIndent = indent;
          else {
            const klass = CLASS_NAME.exec(head);
            // A class's header binds its name (and its statements are its members); its other lines at class level
            // (not in a method) may bind any word.
            if (klass && indent === 0) {
              current.bindings.push(klass[1]!);
              current.members = [];
            } else if (klass) owner.bindings.push(klass[1]!);
            else collectCode(text, j, owner.bindings);
          }
        } else if (!current.definition) collectTargets(text, j, current.bindings);
        if (IMPORT_LINE.test(head)) collectImports(text, j, imports);
        if (deep) {
          names.length = 0;
          collectTargets(text, j, names);
          for (const name of names) (targets.get(name) ?? targets.set(name, []).get(name)!).push(lineStart);
        }
      }
    }
    // Scan the physical line: strings, comments, brackets, a backslash at its end.
    continued = false;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (c === 92 /* \ */) {
          i++;
          if (text.charCodeAt(i) === 10) row++;
          else if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++, row++;
          continue;
        }
        if (c === 10) {
          row++;
          if (!triple) quote = 0;
          // (A one-line string left open: the parser reads an error there, and the focused parse is redone whole.)
          if (triple) continue;
          i++;
          break;
        }
        if (c === quote && (!triple || (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote))) {
          if (triple) i += 2;
          quote = 0;
        }
        continue;
      }
      if (c === 10) {
        row++;
        i++;
        break;
      }
      if (c === 35 /* # */) {
        while (i < length && text.charCodeAt(i) !== 10) i++;
        i--;
      } else if (c === 34 || c === 39) {
        quote = c;
        triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
        if (triple) i += 2;
      } else if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1);
      else if (c === 92 && (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10))) continued = true;
    }
    if (i === lineStart) break;
  }
  if (quote !== 0 || depth !== 0) return undefined;
  if (current) {
    current.end = length;
    current.endRow = row;
    current.endColumn = length - (text.lastIndexOf('\n', length - 1) + 1);
  }
  if (member) closeMember(member, length, row);
  return { statements, imports, targets };
}

function closeMember(member: Member, at: number, row: number): void {
  member.end = at;
  member.endRow = row;
}

function close(statement: TopStatement, at: number, row: number): void {
  statement.end = at;
  statement.endRow = row;
  statement.endColumn = 0;
}

/** What {@link readLine} reports: each word (`quoted`: in a string), each `=` outside strings, at their bracket depth. */
interface LineVisitor {
  word?(word: string, at: number, quoted: boolean, depth: number): void;
  equals?(at: number, depth: number): void;
}

/**
 * Reads the logical line that starts at `from`, to a line break outside brackets and strings and not after a
 * backslash (or, with `brackets`, the brackets that open at `from`, to the one that closes them), past strings and
 * comments; returns where it stopped.
 */
function readLine(text: string, from: number, visit: LineVisitor, brackets = false): number {
  let depth = 0;
  let quote = 0;
  let triple = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordStart(c) && !isWordPart(text.charCodeAt(i - 1))) {
      let j = i + 1;
      while (isWordPart(text.charCodeAt(j))) j++;
      visit.word?.(text.slice(i, j), i, quote !== 0, depth);
      i = j - 1;
    } else if (quote) {
      if (c === 92) i++;
      else if (c === quote && (!triple || (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c))) {
        if (triple) i += 2;
        quote = 0;
      } else if (c === 10 && !triple) {
        if (!brackets) return i;
        quote = 0;
      }
    } else if (c === 10 && depth === 0 && text.charCodeAt(i - 1) !== 92) return i;
    else if (c === 35) {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end - 1;
    } else if (c === 34 || c === 39) {
      quote = c;
      triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      if (triple) i += 2;
    } else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      depth = Math.max(0, depth - 1);
      if (brackets && depth === 0) return i;
    } else if (c === 61) visit.equals?.(i, depth);
  }
  return text.length;
}

/** The words of the code of the logical line at `from` (strings and comments left out), into `out`. */
function collectCode(text: string, from: number, out: string[]): void {
  readLine(text, from, { word: (word, _, quoted) => quoted || out.push(word) });
}

/**
 * The names the logical line at `from` may bind, into `out`: the words before an assignment's `=` (or `+=`, …) outside
 * brackets, before a `:=`, between `for` and `in`, after `as`. (A superset: `a[i] = 1` gives a and i.)
 */
function collectTargets(text: string, from: number, out: string[]): void {
  const words: string[] = [];
  let assigned = -1;
  readLine(text, from, {
    word: (word, _, quoted) => quoted || words.push(word),
    equals: (at, depth) => {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + 1);
      // `name := …`: the word before.
      if (before === 58 /* : */ && after !== 61) {
        if (words.length) out.push(words[words.length - 1]!);
      } else if (depth === 0 && assigned < 0 && after !== 61 && before !== 61 && before !== 33 && before !== 60 && before !== 62) assigned = words.length;
    },
  });
  if (assigned > 0) for (let k = 0; k < assigned; k++) out.push(words[k]!);
  for (let k = 0; k < words.length; k++) {
    if (words[k] === 'as' && words[k + 1]) out.push(words[k + 1]!);
    if (words[k] === 'for') for (let m = k + 1; m < words.length && words[m] !== 'in'; m++) out.push(words[m]!);
  }
}

/**
 * The names the import statement at `from` binds, as the engine reads imports (languages/python.ts): `import a.b` binds
 * a (to a), `import a.b as c` c (to a.b), `from m import n as x` x (to m.n), into `out`.
 */
function collectImports(text: string, from: number, out: ImportedName[]): void {
  // The logical line: to a line end outside brackets and not after a backslash.
  let depth = 0;
  let end = from;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 10 && depth === 0 && text.charCodeAt(end - 1) !== 92) break;
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 35) {
      const next = text.indexOf('\n', end);
      end = (next < 0 ? text.length : next) - 1;
    }
  }
  const line = text.slice(from, end).replace(/\\\r?\n|[()]/g, ' ');
  const from_ = /^from\s+(\.*[\w.]*)\s+import\s+([\s\S]*)$/.exec(line);
  const names = from_ ? from_[2]! : /^import\s+([\s\S]*)$/.exec(line)?.[1];
  if (names === undefined) return;
  for (const part of names.split(/[,;]/)) {
    const m = IMPORTED.exec(part.trim());
    if (!m) continue;
    const [, name, alias] = m;
    if (from_) out.push({ local: alias ?? name!, path: `${from_[1]}.${name}` });
    else out.push(alias ? { local: alias, path: name! } : { local: name!.split('.')[0]!, path: name!.split('.')[0]! });
  }
}

const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isWordPart = (c: number) => isWordStart(c) || (c >= 48 && c <= 57);

/** A range of the text for the parser (tree-sitter's `Range`, in the text's offsets). */
export interface FocusRange {
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
}

/** Above this share of the text, a focused parse saves too little to be worth it: the whole text is parsed. */
const MAX_FOCUSED_SHARE = 0.95;

/** What the rules that run on a file start from (see {@link pythonFocus}). */
export interface FileFocus {
  /** Names (as a rule's `call:` gives them) one of which every node a rule starts from is written with. */
  names: ReadonlySet<string>;
  /** Strings one of which every such node holds, where no name is known (a raw query's). */
  substrings?: ReadonlySet<string>;
  /** Names of calls whose arguments' variables are followed to their assignments anywhere ({@link FocusSpec.arguments}). */
  followed?: ReadonlySet<string>;
  /** Names of nodes that read the whole tree when outside a function ({@link FocusSpec.inFunctions}). */
  inFunctions?: ReadonlySet<string>;
}

/**
 * The ranges of a Python text to parse for rules that start from nodes as `focus` says: undefined when the whole
 * text should be parsed (it cannot be split, a node that reads the whole tree may be outside a function, or nearly
 * all of it is needed).
 */
export function pythonFocus(text: string, focus: FileFocus): FocusRange[] | undefined {
  const { names: focusNames, substrings = new Set(), followed = new Set(), inFunctions = new Set() } = focus;
  const top = pythonTopLevel(text, followed.size > 0);
  if (!top || top.statements.length < 2) return undefined;
  const units = unitsOf(top.statements);
  const spans = units.flatMap((u, unit) => u.spans.map((span) => ({ ...span, unit }))).sort((a, b) => a.start - b.start);
  /** The unit of the span at an offset (none before the first statement). */
  const unitAt = (at: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return spans[lo]!.start <= at && at < spans[lo]!.end ? spans[lo]!.unit : undefined;
  };
  const hot = hotUnits(text, spans, units.length, focusNames, top.imports);
  for (const part of substrings) {
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      const unit = unitAt(at);
      if (unit !== undefined) hot[unit] = HOT;
    }
  }
  if (inFunctions.size && writtenOutsideFunctions(text, spans, units, inFunctions, top.imports)) return undefined;
  const included = new Uint8Array(units.length);
  const include = (index: number) => {
    included[index] = 1;
    const head = units[index]!.head;
    if (head !== undefined) included[head] = 1;
  };
  /**
   * How far data flow may follow the names of each unit (from where a rule starts, and on from there): 2 all of it,
   * 1 its top-level lines alone (a class reached by a binding in its body), 0 not at all.
   */
  const seeded = new Uint8Array(units.length);
  const queue: { index: number; whole: boolean }[] = [];
  const seed = (index: number, whole: boolean) => {
    include(index);
    const level = whole ? 2 : 1;
    if (seeded[index]! >= level) return;
    seeded[index] = level;
    queue.push({ index, whole });
  };
  // Every statement but definitions: the file's imports and top-level bindings. (The first too: a fix that adds an
  // import puts it before the first statement when there is none.)
  units.forEach((u, k) => {
    if (!u.definition || k === 0) include(k);
  });
  // Where rules start (and definitions that import something: parsed for the file's imports, not followed).
  hot.forEach((how, index) => {
    if (how === HOT) seed(index, true);
    else if (how === IMPORTS) include(index);
  });
  // The variables named in the arguments of calls by a `followed` name, to their assignments anywhere in the file
  // (and on through the variables their values name).
  if (followed.size) {
    const callWords = new Set<string>();
    for (const name of followed) callWords.add(lastWord(name.replace(/\(\)$/, '').split('.').pop()!));
    for (const i of top.imports) if (callWords.has(i.path.slice(i.path.lastIndexOf('.') + 1))) callWords.add(i.local);
    /**
     * Whether a name written at `at`, in a function, is looked up there and no further (llm/syntax.ts
     * `assignedValues`): the function assigns it before (in a statement that ends before), or takes it as a parameter.
     */
    const resolvedAt = (name: string, at: number): boolean => {
      const index = unitAt(at);
      const unit = index === undefined ? undefined : units[index]!;
      if (!unit?.inFunction) return false;
      const span = unit.spans[0]!;
      const def = DEF_LINE.exec(text.slice(span.start, at));
      // (In a decorator, before the function: looked up at the top level.)
      if (!def) return false;
      const body = span.start + def.index;
      if (top.targets.get(name)?.some((line) => line >= body && line < at && logicalLineEnd(text, line) <= at)) return true;
      return parametersAt(text, body).includes(name);
    };
    const visited = new Set<string>();
    const follow = (name: string, at: number) => {
      if (visited.has(name) || resolvedAt(name, at)) return;
      visited.add(name);
      for (const line of top.targets.get(name) ?? []) {
        const unit = unitAt(line);
        if (unit !== undefined) seed(unit, true);
        for (const word of lineWords(text, line)) follow(word.word, word.at);
      }
    };
    const calls = new WordSet(callWords);
    hot.forEach((how, index) => {
      if (how !== HOT) return;
      for (const span of units[index]!.spans) {
        calls.forEachIn(text, span.start, span.end, (_, at) => {
          for (const word of argumentWords(text, at)) follow(word.word, word.at);
        });
      }
    });
  }
  // What data flow reaches from there, by name: the functions of that name a call runs (not methods of other
  // objects), and the statements that bind the name where a name is looked up at the top level.
  const byFunction = new Map<string, number[]>();
  const byBinding = new Map<string, number[]>();
  units.forEach((u, index) => {
    for (const name of u.functions) (byFunction.get(name) ?? byFunction.set(name, []).get(name)!).push(index);
    for (const name of u.bindings) (byBinding.get(name) ?? byBinding.set(name, []).get(name)!).push(index);
  });
  if (byFunction.size || byBinding.size) {
    const named = new WordSet(new Set([...byFunction.keys(), ...byBinding.keys()]));
    const reach = (name: string, at: number) => {
      // A definition reached by a binding in its class body or decorators is followed from those lines alone.
      for (const index of byBinding.get(name) ?? []) seed(index, !units[index]!.definition);
      const fns = byFunction.get(name);
      if (fns && (at < 0 || callableAt(text, at))) for (const index of fns) seed(index, true);
    };
    while (queue.length) {
      const { index, whole } = queue.pop()!;
      const u = units[index]!;
      if (whole) for (const span of u.spans) named.forEachIn(text, span.start, span.end, reach);
      else for (const name of u.bindings) reach(name, -1);
    }
  }
  // A class's body cannot be empty: where no member of a class parsed for its name is, its first method is.
  // (A class's methods follow its head: one pass over the units, with the head whose methods are being read.)
  for (let index = 0; index < units.length; index++) {
    const u = units[index]!;
    if (!included[index] || !u.definition || u.head !== undefined || u.spans.length > 1) continue;
    let first = -1;
    let parsed = false;
    for (let k = index + 1; k < units.length && units[k]!.head === index; k++) {
      if (first < 0) first = k;
      parsed ||= included[k] === 1;
    }
    if (first >= 0 && !parsed) include(first);
  }
  let kept = 0;
  const ranges: FocusRange[] = [];
  for (const span of spans) {
    if (!included[span.unit]) continue;
    kept += span.end - span.start;
    const last = ranges[ranges.length - 1];
    const end = { row: span.endRow, column: span.endColumn };
    if (last && last.endIndex === span.start) {
      last.endIndex = span.end;
      last.endPosition = end;
    } else ranges.push({ startIndex: span.start, endIndex: span.end, startPosition: { row: span.startRow, column: 0 }, endPosition: end });
  }
  return kept > MAX_FOCUSED_SHARE * text.length ? undefined : ranges;
}

/** A stretch of text from the start of a line. */
interface Span {
  start: number;
  end: number;
  startRow: number;
  endRow: number;
  endColumn: number;
}

/**
 * What a focused parse takes or leaves: a top-level statement, or for a class with members, its head (the header and
 * the members that are not methods) and each method.
 */
interface Unit {
  spans: Span[];
  /** Left out unless needed (a definition, a class's head, a method). */
  definition: boolean;
  functions: string[];
  bindings: string[];
  /** A method's class head, parsed with it. */
  head?: number;
  /** Its code runs in a function (but for its decorators): a `def` statement or a method. */
  inFunction: boolean;
}

function unitsOf(statements: readonly TopStatement[]): Unit[] {
  const units: Unit[] = [];
  for (const s of statements) {
    const members = s.members;
    if (!members?.length) {
      units.push({ spans: [s], definition: s.definition, functions: s.functions, bindings: s.bindings, inFunction: s.definition && !s.members });
      continue;
    }
    const head: Unit = { spans: [{ start: s.start, end: members[0]!.start, startRow: s.startRow, endRow: members[0]!.startRow, endColumn: 0 }], definition: true, functions: [...s.functions], bindings: [...s.bindings], inFunction: false };
    const headIndex = units.length;
    units.push(head);
    for (const m of members) {
      // (The last member ends where its class does: at the end of the text, past the last line's start.)
      const span = { start: m.start, end: m.end, startRow: m.startRow, endRow: m.endRow, endColumn: m.end === s.end ? s.endColumn : 0 };
      if (m.method) units.push({ spans: [span], definition: true, functions: m.functions, bindings: m.bindings, head: headIndex, inFunction: true });
      else {
        head.spans.push(span);
        head.functions.push(...m.functions);
        head.bindings.push(...m.bindings);
      }
    }
  }
  return units;
}

const HOT = 2;
const IMPORTS = 1;

/** A focus name read for matching: its last word, and the first segment it must be written or imported with. */
interface FocusName {
  last: string;
  first?: string;
}

/**
 * Per unit: {@link HOT} where a node named by one of `names` can be written, {@link IMPORTS} where only an import
 * is, else 0. A node named `a.b.c` is written with the word c, or with a local name imported as c; and with the word
 * a, or with a local name imported from a (`from a.b import c`, `import a.b as x`): where it is written otherwise, no
 * candidate name of it (engine/names.ts `candidateNames`) starts with a.
 */
function hotUnits(text: string, spans: readonly (Span & { unit: number })[], count: number, names: ReadonlySet<string>, imports: readonly ImportedName[]): Uint8Array {
  const byLast = new Map<string, FocusName[]>();
  for (const name of names) {
    const segments = name.replace(/\(\)$/, '').split('.');
    const last = lastWord(segments[segments.length - 1]!);
    const first = segments.length > 1 && /^[A-Za-z_]\w*$/.test(segments[0]!) ? segments[0]! : undefined;
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(first === undefined ? { last } : { last, first });
  }
  const firstOf = (path: string) => path.split('.')[0]!;
  const lastOf = (path: string) => path.slice(path.lastIndexOf('.') + 1);
  // Local names that stand for a first segment, or for a last word.
  const localsOfFirst = new Map<string, string[]>();
  const localsOfLast = new Map<string, ImportedName[]>();
  for (const i of imports) {
    (localsOfFirst.get(firstOf(i.path)) ?? localsOfFirst.set(firstOf(i.path), []).get(firstOf(i.path))!).push(i.local);
    if (byLast.has(lastOf(i.path))) (localsOfLast.get(i.local) ?? localsOfLast.set(i.local, []).get(i.local)!).push(i);
  }
  const scanned = new Set<string>(['import', ...byLast.keys(), ...localsOfLast.keys()]);
  for (const list of byLast.values()) for (const f of list) if (f.first) for (const w of [f.first, ...(localsOfFirst.get(f.first) ?? [])]) scanned.add(w);
  // The words of each unit that matter.
  const found: (Set<string> | undefined)[] = new Array(count);
  let k = 0;
  new WordSet(scanned).forEachIn(text, 0, text.length, (word, at) => {
    while (k < spans.length && spans[k]!.end <= at) k++;
    const span = spans[k];
    if (span && span.start <= at) (found[span.unit] ??= new Set()).add(word);
  });
  const out = new Uint8Array(count);
  const headed = (f: FocusName, words: Set<string>) => !f.first || words.has(f.first) || !!localsOfFirst.get(f.first)?.some((l) => words.has(l));
  found.forEach((words, index) => {
    if (!words) return;
    for (const word of words) {
      if (byLast.get(word)?.some((f) => headed(f, words))) return void (out[index] = HOT);
      // A local name imported as the last word: `from os import system as run`.
      for (const i of localsOfLast.get(word) ?? []) if (byLast.get(lastOf(i.path))!.some((f) => !f.first || f.first === firstOf(i.path))) return void (out[index] = HOT);
    }
    if (words.has('import')) out[index] = IMPORTS;
  });
  return out;
}

/** Where the logical line that starts at `from` ends (its line break, or the end of the text). */
function logicalLineEnd(text: string, from: number): number {
  return readLine(text, from, {});
}

/** The parameter names of the `def` at `from` (`self`, `a` of `def f(self, a: int = 1, *args, **kw)`, and args, kw). */
function parametersAt(text: string, from: number): string[] {
  const open = text.indexOf('(', from);
  if (open < 0) return [];
  const names: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) depth--;
    else if (c === 34 || c === 39) return names;
    if ((c === 44 && depth === 1) || depth === 0) {
      const name = /^\s*\**\s*([A-Za-z_]\w*)/.exec(text.slice(start, i))?.[1];
      if (name) names.push(name);
      start = i + 1;
      if (depth === 0) return names;
    }
  }
  return names;
}

/** A word and where it is written. */
interface Placed {
  word: string;
  at: number;
}

/** The words of the logical line that starts at `from` (in strings too: an f-string's replacement fields are code). */
function lineWords(text: string, from: number): Placed[] {
  const out: Placed[] = [];
  readLine(text, from, { word: (word, at) => out.push({ word, at }) });
  return out;
}

/** The words of the arguments of a call whose name is written at `at` (none when no `(` follows the name). */
function argumentWords(text: string, at: number): Placed[] {
  let i = at;
  while (isWordPart(text.charCodeAt(i))) i++;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) !== 40) return [];
  const out: Placed[] = [];
  readLine(text, i, { word: (word, place) => out.push({ word, at: place }) }, true);
  return out;
}

/**
 * Whether a node named by one of `names` may be written outside a function (at the top level, in a class body, in a
 * decorator): the rules that start there read the whole tree before it.
 */
function writtenOutsideFunctions(text: string, spans: readonly (Span & { unit: number })[], units: readonly Unit[], names: ReadonlySet<string>, imports: readonly ImportedName[]): boolean {
  const words = new Set([...names].map((n) => lastWord(n.replace(/\(\)$/, '').split('.').pop()!)));
  for (const i of imports) if (words.has(i.path.slice(i.path.lastIndexOf('.') + 1))) words.add(i.local);
  let outside = false;
  let k = 0;
  new WordSet(words).forEachIn(text, 0, text.length, (_, at) => {
    while (k < spans.length && spans[k]!.end <= at) k++;
    const span = spans[k];
    if (!span || span.start > at) return;
    const unit = units[span.unit]!;
    // (In a function, past the line that starts it: its decorators run outside.)
    if (!unit.inFunction || !DEF_LINE.exec(text.slice(span.start, at))) outside = true;
  });
  return outside;
}

const DEF_LINE = /^[ \t]*(?:async[ \t]+)?def\b/m;

/** Whether a name written at `at` may be a call's name that data flow follows to a function: not `def name`, nor `x.name` but for `self.name`. */
function callableAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) === 46 /* . */) return text.startsWith('self', i - 4) && !isWordPart(text.charCodeAt(i - 5));
  return !(text.startsWith('def', i - 2) && !isWordPart(text.charCodeAt(i - 3)));
}

/** What a matcher's anchor nodes are written with: names (as in `call:`), or strings one of which each holds. */
export interface MatcherFocus {
  names: readonly string[];
  substrings: readonly string[];
}

const matcherFoci = new WeakMap<Matcher, MatcherFocus | null>();

/**
 * The focus of a matcher: every name its alternatives look for (each anchor node is found from the last word of one
 * written in it, or from a local name imported as one), and for a raw query, strings one of which its match holds
 * ({@link queryFocus}); undefined when a name ends in a wildcard (those are found in every node of their kind) or a
 * query's match holds nothing known.
 */
export function matcherFocus(match: Matcher): MatcherFocus | undefined {
  let focus = matcherFoci.get(match);
  if (focus === undefined) matcherFoci.set(match, (focus = deriveMatcherFocus(match) ?? null));
  return focus ?? undefined;
}

function deriveMatcherFocus(match: Matcher): MatcherFocus | undefined {
  const names: string[] = [];
  const substrings: string[] = [];
  for (const alt of alternatives(match)) {
    if (alt.query) {
      const found = queryFocus(alt);
      if (!found) return undefined;
      substrings.push(...found);
      continue;
    }
    const written = alt.call ?? alt.new ?? alt.assign ?? alt.property;
    if (written === undefined) return undefined;
    for (const name of Array.isArray(written) ? written : [written]) {
      if (namePattern(name).last === undefined) return undefined;
      names.push(name);
    }
  }
  return { names, substrings };
}

/** A predicate on a capture's text: `(#match? @c "re")`, `(#eq? @c "text")`. */
const PREDICATE = /\(#(match|eq)\?\s+@([\w.-]+)\s+"((?:[^"\\]|\\.)*)"\s*\)/g;

/**
 * Strings one of which a raw query's match holds, from what the match or a capture inside its pattern must be: a
 * `text:` constraint's literals (engine/literals.ts), a string's `value:` (its content is in the quotes), a `#match?`
 * or `#eq?` predicate. Undefined when none is known.
 */
function queryFocus(alt: Matcher): string[] | undefined {
  const query = alt.query!;
  const inside = (capture: string) => capture === 'match' || capturedInside(query, capture, 'match');
  for (const [capture, constraint] of Object.entries(alt.captures ?? {})) {
    if (constraint.not || !inside(capture)) continue;
    const fromText = constraint.text !== undefined ? requiredLiterals(constraint.text) : undefined;
    if (fromText) return fromText;
    // (The content of a string, so in the text: a value a name is bound to may be written elsewhere.)
    const fromValue = constraint.value !== undefined && new RegExp(`\\(string\\)\\s*@${capture}(?![\\w.-])`).test(query) ? requiredLiterals(constraint.value) : undefined;
    if (fromValue) return fromValue;
  }
  for (const m of query.matchAll(PREDICATE)) {
    if (!inside(m[2]!)) continue;
    const argument = m[3]!.replace(/\\(.)/g, '$1');
    const found = m[1] === 'eq' ? (argument.length >= 3 ? [argument] : undefined) : requiredLiterals(argument);
    if (found) return found;
  }
  return undefined;
}

/** Whether `@inner` is captured within the pattern that `@outer` captures (by the brackets of the query's text). */
function capturedInside(query: string, inner: string, outer: string): boolean {
  const at = new RegExp(`@${outer}(?![\\w.-])`).exec(query)?.index;
  if (at === undefined) return false;
  // The pattern before `@outer`: back to the bracket that opens the one closing just before it.
  let end = at - 1;
  while (end >= 0 && /\s/.test(query[end]!)) end--;
  const close = query[end];
  if (close !== ')' && close !== ']') return false;
  let depth = 0;
  let start = -1;
  for (let i = end; i >= 0; i--) {
    const c = query[i];
    // (A quoted predicate argument with a bracket in it: not worked out.)
    if (c === '"') return false;
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (--depth === 0) {
        start = i;
        break;
      }
    }
  }
  return start >= 0 && new RegExp(`@${inner}(?![\\w.-])`).test(query.slice(start, end));
}

