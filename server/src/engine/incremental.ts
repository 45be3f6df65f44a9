/**
 * Re-analysis after an edit, restricted to the function that changed. A one-character edit of a 5,000-line file
 * re-parses in milliseconds, but running every rule over the whole tree again costs hundreds; so on an edit
 * inside a function body only that function is queried and walked by region-aware module rules (code rules also
 * re-check, one by one, the nodes around it), together with the functions that use a name it declares (callers of
 * an edited helper, users of an edited module constant), and the previous findings elsewhere are kept, shifted by
 * the edit; an edit outside every function is handled the same way for the top-level statement around it. Edits
 * that change the file's imports, of most of the file, or of names used in very many places fall back to a full
 * analysis; the editor runs a full one anyway once typing pauses, so anything this misses is never stale for long.
 */
import type { Node, Range as TreeRange, Tree } from 'web-tree-sitter';
import type { CodeLanguage } from '../languages/language';
import { changedSpan } from './apply';
import type { Finding } from './finding';
import { positionAt } from './position';
import { WordSet } from './scan';

/** Findings of one analysis, before ignore directives and thresholds, kept to be reused by the next one. */
export interface PreviousResult {
  /** Everything that decides which rules run and how (path, config, unreviewed blocks, date). */
  signature: string;
  text: string;
  /** Findings of code rules and region-aware module rules: reusable outside the changed function. */
  local: Finding[];
  /** The file's imports (local name → module), reused when the edit cannot have changed them. */
  imports: Map<string, string>;
}

/** The part of a new version that has to be analysed again, and how the rest moved. */
export interface Region {
  /** The region's range in the previous text. */
  oldStart: number;
  oldEnd: number;
  /** Length change of the edit: findings after the region move by this much. */
  delta: number;
  /**
   * Line numbers (1-based, in the previous text) after this one move by `lineDelta`, the lines the edit added (or
   * removed): the region's last line, or for white space the last line whose tokens all stay where they were.
   */
  oldEndLine: number;
  lineDelta: number;
  /**
   * Every part analysed again: the edited region first, then the functions (or top-level statements) that use a
   * name it declares (`def helper`, `TABLE = …`), since what they report can depend on it. Old ranges included.
   * None for white space between tokens ({@link whitespaceGap}).
   */
  parts: { node: Node; oldStart: number; oldEnd: number }[];
  /** How many of the parts, from the first, are the edited region. */
  edited: number;
  /** What the edit replaced, in the previous text (empty where it only inserted). */
  replaced?: { start: number; end: number };
  /**
   * The edit is in a statement that imports, and the file imports the same names after it: a fix that adds an
   * import reads those statements as text (`:import os` still imports `os`, but no line starts with it).
   */
  imports?: true;
}

/** More uses than this of the names a region declares: analysing the whole file is simpler. */
const MAX_USES = 200;

/** How many times a region may grow to the function around it that uses a name it declares. */
const MAX_GROWTH = 3;

/** How many times the top-level statements an edit touches may grow by one on each side to meet the previous tree's. */
const MAX_STATEMENTS_GROWN = 64;

/** A region is worth it only when it is a small part of the file. */
const MAX_REGION_SHARE = 0.5;

/** Text that may import something in one of the supported languages (`require(`, `import x`, `using X;`, …). */
export const IMPORT_WORDS = /\brequire\s*\(|\bimport\s*[\w({*"']|\bfrom\s+[\w.]+\s+import\b|^\s*(?:using|use|include|load|require_once|include_once)\b|#\s*include\b/m;

/** Top-level statements whose edits change what the rest of the file means: imports and module declarations. */
const FILE_WIDE = /import|export_from|package|namespace|using|use_declaration|require|include|preproc/;

export interface RegionOptions {
  /** Whether the file imports the same names as before the edit (asked only for an edit of an import). */
  importsUnchanged?: () => boolean;
  /** Whether a previous finding has a fix that edits text in or next to an old range (a fix copies what it edits). */
  fixAcross?: (start: number, end: number) => boolean;
}

/**
 * The part of the new tree that contains every change between `oldText` and it (the edited span and the ranges
 * whose syntax changed): the innermost function around it, or else the top-level statement around it (not an
 * import, unless `importsUnchanged` says the file's imports stay the same), or else the top-level statements the
 * change touches; a function the code around it uses grows to that code. Facts that flow between a function
 * and the one around it (a closure's return value) are refreshed by the full analysis that follows when typing
 * pauses. Undefined when there is no such part or it is most of the file: then everything is analysed.
 * `previousTree` is the tree of `oldText`, edited to the new text.
 */
export function changedRegion(tree: Tree, language: CodeLanguage, oldText: string, newText: string, previousTree: Tree, options: RegionOptions = {}): Region | undefined {
  const { importsUnchanged = () => false, fixAcross = () => false } = options;
  const span = changedSpan(oldText, newText);
  // Where the syntax changed, beyond the edited text itself (an opened quote re-reads what follows).
  const syntaxChanges = previousTree.getChangedRanges(tree);
  const gap = whitespaceGap(tree, language, oldText, newText, span, syntaxChanges);
  // (A fix that rewrites code around the white space copies it: that fix is made again with the region's analysis.)
  if (gap && !fixAcross(gap.oldStart, gap.oldEnd)) return gap;
  let start = span.start;
  let end = span.newEnd;
  for (const r of syntaxChanges) {
    start = Math.min(start, r.startIndex);
    end = Math.max(end, r.endIndex);
  }
  const root = tree.rootNode;
  // (Where text was only deleted, the node before the deletion: text deleted at the end of a line comment or of a
  // function's last line leaves that node ending where the deletion was.)
  const innermost = start === end && start > 0 ? root.descendantForIndex(start - 1) : root.descendantForIndex(start, Math.max(start, end - 1));
  // The edit must sit strictly inside the region (not on its first or last character), so the text around it is
  // the same before and after and the old findings there still apply.
  // Text typed at the end of a line (where code is added) is often on the last character of a node: of a Python
  // function, which ends with its last statement, of a statement, of a line comment. That counts as inside when no
  // line break is typed or deleted and the node still ends the line, so what follows it is read as before (and
  // the previous tree had that node ending where the edit begins: {@link endedAt}).
  const endsLine = (at: number) => at === newText.length || newText[at] === '\n' || newText[at] === '\r';
  const appended = (n: Node) =>
    n.startIndex < span.start && span.newEnd === n.endIndex && endsLine(n.endIndex) && !/[\r\n]/.test(newText.slice(span.start, span.newEnd)) && !/[\r\n]/.test(oldText.slice(span.start, span.oldEnd));
  const around = (n: Node) => (n.startIndex < span.start && span.newEnd < n.endIndex) || appended(n);
  // Whether a statement imports something (read on its text now, or before the edit).
  const imports = (n: Node, text: string) => !language.kinds.comment.includes(n.type) && (FILE_WIDE.test(n.type) || IMPORT_WORDS.test(text));
  // The functions around the edit, innermost first, and the top-level statement around it.
  const fns: Node[] = [];
  let topLevel: Node | undefined;
  for (let n: Node | null = innermost; n && n.id !== root.id; n = n.parent) {
    if (n.startIndex > start || end > n.endIndex) continue;
    if (language.kinds.function.includes(n.type) && around(n)) fns.push(n);
    if (n.parent?.id === root.id) topLevel = n;
  }
  // An edit inside a comment or a docstring changes nothing the code around it can see: that node alone is the
  // region (the nodes around it are re-checked as for any region), and nothing else depends on it.
  const quiet = innermost ? inert(innermost, start, end, language, appended) : undefined;
  // The candidates, narrowest first: the comment or docstring; each function around the edit; the top-level
  // statement around it; the top-level statements it touches (an edit at the start of a statement, or one the
  // parser reads as spanning several), with the statement before or after them when the edit is on their first or
  // last character (`Generator.register(generator)x` is read as two statements), and grown until the tree before
  // had statements that start and end where they do.
  const candidates: Node[][] = [];
  if (quiet) candidates.push([quiet]);
  for (const f of fns) candidates.push([f]);
  if (topLevel && around(topLevel) && !fns.includes(topLevel)) candidates.push([topLevel]);
  // (Listed only when those fail: reading every top-level statement costs more than the rest of this.)
  const statementCandidates = (): Node[][] => {
    const statements = root.namedChildren.filter((n): n is Node => !!n);
    const touches = (n: Node) => n.endIndex >= start - 1 && n.startIndex <= end + 1;
    let from = statements.findIndex(touches);
    if (from === -1) return [];
    let to = from;
    while (to + 1 < statements.length && touches(statements[to + 1]!)) to++;
    const out = [statements.slice(from, to + 1)];
    const before = statements[from]!.startIndex >= span.start && from > 0;
    const after = span.newEnd >= statements[to]!.endIndex && to < statements.length - 1;
    if (before) from--;
    if (after) to++;
    if (before || after) out.push(statements.slice(from, to + 1));
    // Grown, statement by statement, until the previous tree had top-level statements that start and end there:
    // `def handler(req):x` makes a function of one line and moves its old body to the top level.
    const prev = previousTree.rootNode;
    let grown = 0;
    for (; grown < MAX_STATEMENTS_GROWN; grown++) {
      const left = from > 0 && topLevelAt(prev, statements[from]!.startIndex)?.startIndex !== statements[from]!.startIndex;
      const right = to < statements.length - 1 && topLevelAt(prev, statements[to]!.endIndex - 1)?.endIndex !== statements[to]!.endIndex;
      if (!left && !right) break;
      if (left) from--;
      if (right) to++;
    }
    if (grown > 0) out.push(statements.slice(from, to + 1));
    return out;
  };
  // The parser's changed ranges miss some changes (a line of Python indented less ends the function above it, and
  // those that follow move out of it, with no range reported): a candidate is the region only when the previous
  // tree had the same nodes there, so the code after it was read as before (a node typed onto at its end ended
  // where the edit begins). Else the next one is tried: `def write(self, b):x` makes a method of one line and
  // moves its old body into the class, which the previous tree read from the same first to the same last line.
  const atEnd = (c: readonly Node[]) => c.length === 1 && appended(c[0]!);
  const sound = (c: readonly Node[]) =>
    c.length > 0 &&
    c[0]!.startIndex < span.start &&
    (span.newEnd < c[c.length - 1]!.endIndex || atEnd(c)) &&
    (atEnd(c) ? endedAt(previousTree, c[0]!, span.start) : sameBoundaries(previousTree, c));
  const chosen = candidates.find(sound) ?? statementCandidates().find(sound);
  if (!chosen) return undefined;
  let edited: Node[] = chosen;
  const fn = fns.includes(edited[0]!) ? edited[0] : undefined;
  const inComment = !!quiet && edited[0] === quiet;
  // A Python function's indentation changed without changing its syntax (the changed ranges may miss it).
  if (language.id === 'python' && fn && edited.length === 1 && edited[0] === fn && reindented(tree, previousTree, oldText, newText, span) && sameSyntax(previousTree, fn, oldText, newText, span)) {
    const same = gapRegion(oldText, newText, span);
    if (same && !fixAcross(same.oldStart, same.oldEnd)) return same;
  }
  // A top-level statement that imports something changes what code elsewhere means, unless the file's imports are
  // the same after the edit (white space, a comment, a name imported twice): then it is a region of its own, with
  // no code elsewhere to re-check (what that code uses means what it meant).
  // (What the statements around the edit were counts too: `require` typed into `xrequire`, or Go's `import (`
  // split by a line break, imports nothing any more.)
  const delta = newText.length - oldText.length;
  const old = (at: number) => (at <= span.start ? at : Math.max(span.start, at - delta));
  const importedBefore = () => previousTree.rootNode.namedChildren.some((n) => !!n && n.endIndex >= start - 1 && n.startIndex <= end + 1 && imports(n, oldText.slice(old(n.startIndex), old(n.endIndex))));
  const importing = !inComment && !fn && (edited.some((n) => imports(n, n.text)) || importedBefore());
  const sameImports = importing && importsUnchanged();
  if (importing && !sameImports) return undefined;
  let users: Node[] = [];
  // (An import whose file imports the same names has no users to re-check; other statements in the region do.)
  if (!inComment && !(sameImports && edited.every((n) => imports(n, n.text)))) {
    const renamed = touchedDeclarations(previousTree, language, oldText, span);
    // Top-level statements: what they declared before the edit too (`"const SALT = …` declares nothing any more, and
    // the code that read SALT reads something else).
    if (!fn) for (const [name, how] of declaredBefore(previousTree, language, oldText, edited[0]!.startIndex, edited[edited.length - 1]!.endIndex, old)) declare(renamed, name, how);
    // (The names of all the edited statements are looked for in one pass over the text: an edit the parser reads as
    // a hundred loose statements declares names in each.)
    let found = usersOf(edited, root, language, newText, renamed);
    // A function used by the code around it (`const handler = () => …; emitter.on('x', handler)`): that code is
    // the region, with its own users (and those of the function, elsewhere).
    for (let grown = 0; found?.container && grown < MAX_GROWTH && edited.length === 1; grown++) {
      users.push(...found.users);
      edited = [found.container];
      found = usersOf(edited, root, language, newText);
    }
    if (!found || found.container) return undefined;
    users.push(...found.users);
    // Users inside the region are analysed with it.
    const inside = (u: Node) => edited.some((e) => e.startIndex <= u.startIndex && u.endIndex <= e.endIndex);
    users = [...new Map(users.filter((u) => !inside(u)).map((u) => [u.id, u])).values()];
  }
  const size = [...edited, ...users].reduce((sum, n) => sum + n.endIndex - n.startIndex, 0);
  if (size > newText.length * MAX_REGION_SHARE) return undefined;
  // (`old`: where a node of the new text began or ended in the previous one.)
  const first = edited[0]!;
  const oldEnd = old(edited[edited.length - 1]!.endIndex);
  const lineDelta = newlines(newText, span.start, span.newEnd) - newlines(oldText, span.start, span.oldEnd);
  const parts = [...edited, ...users].map((n) => ({ node: n, oldStart: old(n.startIndex), oldEnd: old(n.endIndex) }));
  return { oldStart: first.startIndex, oldEnd, delta, oldEndLine: newlines(oldText, 0, oldEnd) + 1, lineDelta, parts, edited: edited.length, replaced: { start: span.start, end: span.oldEnd }, ...(sameImports ? { imports: true } : {}) };
}

/** The top-level statement of a tree at `index`. */
function topLevelAt(root: Node, index: number): Node | undefined {
  let n: Node | null = root.descendantForIndex(index);
  while (n && n.parent && n.parent.id !== root.id) n = n.parent;
  return n && n.id !== root.id ? n : undefined;
}

/** Whether the previous tree (edited to the new text) had a node of `node`'s type from its start to `end`. */
function endedAt(previousTree: Tree, node: Node, end: number): boolean {
  for (let n: Node | null = previousTree.rootNode.descendantForIndex(node.startIndex, Math.max(node.startIndex, end - 1)); n && n.startIndex >= node.startIndex; n = n.parent) {
    if (n.startIndex === node.startIndex && (n.endIndex === end || n.endIndex === node.endIndex) && n.type === node.type) return true;
  }
  return false;
}

/**
 * Whether the previous tree (edited to the new text) had the edited nodes' boundaries: a node of the same type and
 * range for a node inside a statement; for top-level statements, top-level nodes that start where the first one
 * starts and end where the last one ends (`export co nst x = …` is read as an ERROR and an expression where one
 * export was, and what follows is read as before).
 */
function sameBoundaries(previousTree: Tree, edited: readonly Node[]): boolean {
  const root = previousTree.rootNode;
  const first = edited[0]!;
  const last = edited[edited.length - 1]!;
  if (first.parent?.parent !== null) {
    for (let n: Node | null = root.descendantForIndex(first.startIndex, first.endIndex); n && n.startIndex === first.startIndex && n.endIndex === first.endIndex; n = n.parent) {
      if (n.type === first.type) return true;
    }
    return false;
  }
  return topLevelAt(root, first.startIndex)?.startIndex === first.startIndex && topLevelAt(root, last.endIndex - 1)?.endIndex === last.endIndex;
}

const blank = (text: string, from: number, to: number) => /^\s*$/.test(text.slice(from, to));
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => (text.indexOf('\n', at) + 1 || text.length + 1) - 1;

/**
 * Node types whose text is content (a string's or a character literal's characters, a comment, JSX text, a regular
 * expression's pattern).
 */
const CONTENT = /string|template|heredoc|nowdoc|text_block|regex|jsx_text|comment|char|rune/;

/**
 * White space added or removed between two tokens, with the syntax tree unchanged (a blank line, a space before a
 * brace, a new line after a statement): every token and every node is what it was, only moved, so nothing is
 * analysed again. A region with no parts: the previous findings are all kept, shifted past the edit.
 *
 * The parser's changed ranges do not say when a token was split in two of the same kind (`usersTable` →
 * `u sersTable`), nor every change of Python's indentation, so this is checked here: the white space must widen
 * or narrow white space that was already there (it neither makes nor removes a boundary between tokens, and the
 * text rules read of a node, `pprof.Index` or `Crypto.Cipher`, stays as it was), must lie outside every string,
 * comment or template and every node the parser made to recover from an error (its sides too), and must not change
 * the indentation of a Python line of code.
 */
function whitespaceGap(tree: Tree, language: CodeLanguage, oldText: string, newText: string, span: { start: number; oldEnd: number; newEnd: number }, syntaxChanges: readonly TreeRange[]): Region | undefined {
  const { start, oldEnd, newEnd } = span;
  const white = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  if (!blank(oldText, start, oldEnd) || !blank(newText, start, newEnd)) return undefined;
  if (oldEnd === start && !white(oldText[start - 1]) && !white(oldText[start])) return undefined;
  if (newEnd === start && !white(newText[start - 1]) && !white(newText[start])) return undefined;
  if (language.id === 'python' && !blank(newText, newEnd, lineEnd(newText, newEnd)) && (blank(newText, lineStart(newText, start), start) || newText.slice(start, newEnd).includes('\n'))) return undefined;
  // The parser may report the white space itself as changed (space after the `}` that ends a statement).
  if (syntaxChanges.some((r) => !blank(newText, r.startIndex, r.endIndex))) return undefined;
  const root = tree.rootNode;
  // The smallest node around the characters on both sides of the white space (not a token: white space cannot be
  // inside one), and the nodes of those characters.
  let left = start;
  while (left > 0 && white(newText[left - 1])) left--;
  let right = newEnd;
  while (right < newText.length && white(newText[right])) right++;
  const around = root.descendantForIndex(Math.max(0, left - 1), Math.min(newText.length, right + 1));
  if (!around || around.childCount === 0) return undefined;
  const content = (n: Node) => CONTENT.test(n.type) || language.kinds.string.includes(n.type) || language.kinds.comment.includes(n.type);
  for (let n: Node | null = around; n; n = n.parent) if (n.isError || content(n)) return undefined;
  for (const side of [root.descendantForIndex(Math.max(0, left - 1), left), root.descendantForIndex(right, Math.min(newText.length, right + 1))]) {
    for (let n: Node | null = side; n && n.id !== around.id; n = n.parent) if (n.isError) return undefined;
  }
  return gapRegion(oldText, newText, span);
}

/**
 * The region of white space that changes nothing (no parts: every previous finding is kept, moved past it), or
 * undefined when the lines it moves cannot be told apart. Which line numbers move (messages name the line
 * untrusted data comes from): those of the tokens after the edit. A new line between two tokens of one line leaves
 * that line's number naming both: not a gap then.
 */
function gapRegion(oldText: string, newText: string, span: { start: number; oldEnd: number; newEnd: number }): Region | undefined {
  const { start, oldEnd, newEnd } = span;
  const lineDelta = newlines(newText, start, newEnd) - newlines(oldText, start, oldEnd);
  const firstLine = newlines(oldText, 0, start) + 1;
  const lastLine = firstLine + newlines(oldText, start, oldEnd);
  const tokensBefore = !blank(oldText, lineStart(oldText, start), start);
  const tokensAfter = !blank(oldText, oldEnd, lineEnd(oldText, oldEnd));
  if (lineDelta !== 0 && firstLine === lastLine && tokensBefore && tokensAfter) return undefined;
  const unmoved = tokensAfter && !(firstLine === lastLine && tokensBefore) ? lastLine - 1 : lastLine;
  return { oldStart: start, oldEnd, delta: newText.length - oldText.length, oldEndLine: unmoved, lineDelta, parts: [], edited: 0 };
}

/**
 * Whether the edit only changed the white space that starts a line of code: white space before it on its line,
 * white space put in and taken out, and no string, comment or other content around it in either tree (the lines of
 * a string that spans several have indentation that is its text).
 */
function reindented(tree: Tree, previousTree: Tree, oldText: string, newText: string, span: { start: number; oldEnd: number; newEnd: number }): boolean {
  const { start, oldEnd, newEnd } = span;
  if (!blank(oldText, lineStart(oldText, start), oldEnd) || !blank(newText, start, newEnd)) return false;
  for (const t of [tree, previousTree]) {
    for (let n: Node | null = t.rootNode.descendantForIndex(start, newEnd); n; n = n.parent) {
      if (n.startIndex < start && newEnd < n.endIndex && CONTENT.test(n.type)) return false;
    }
  }
  return true;
}

/**
 * Whether white space changed inside `node` (of the new tree) without changing its syntax: the previous tree
 * (edited to the new text) has a node of its type and range whose nodes are the same, one for one, with the same
 * text in each token. For Python's indentation, which the parser's changed ranges do not always report: `pass`
 * indented one more space under `except:` is the same program; a line that leaves or joins a block is not.
 */
function sameSyntax(previousTree: Tree, node: Node, oldText: string, newText: string, span: { start: number; oldEnd: number; newEnd: number }): boolean {
  let before: Node | null = previousTree.rootNode.descendantForIndex(node.startIndex, node.endIndex);
  while (before && before.startIndex === node.startIndex && before.endIndex === node.endIndex && before.typeId !== node.typeId) before = before.parent;
  if (!before || before.startIndex !== node.startIndex || before.endIndex !== node.endIndex) return false;
  const delta = span.newEnd - span.oldEnd;
  // A token's text in the previous text: those after the edit moved by its length, and none can hold it.
  const oldToken = (from: number, to: number) => (to <= span.start ? oldText.slice(from, to) : from >= span.newEnd ? oldText.slice(from - delta, to - delta) : undefined);
  const a = before.walk();
  const b = node.walk();
  try {
    for (let depth = 0; ; ) {
      if (a.nodeTypeId !== b.nodeTypeId) return false;
      const down = a.gotoFirstChild();
      if (down !== b.gotoFirstChild()) return false;
      if (down) {
        depth++;
        continue;
      }
      if (oldToken(a.startIndex, a.endIndex) !== newText.slice(b.startIndex, b.endIndex)) return false;
      for (;;) {
        const next = a.gotoNextSibling();
        if (next !== b.gotoNextSibling()) return false;
        if (next) break;
        if (depth === 0) return true;
        a.gotoParent();
        b.gotoParent();
        depth--;
      }
    }
  } finally {
    a.delete();
    b.delete();
  }
}

/**
 * The comment, or the string that is a statement on its own (a docstring), that `start`–`end` lies strictly inside
 * (or a line comment it was typed onto at its end).
 */
function inert(innermost: Node, start: number, end: number, language: CodeLanguage, appended: (n: Node) => boolean): Node | undefined {
  for (let n: Node | null = innermost; n; n = n.parent) {
    if (n.startIndex >= start || end > n.endIndex || (end === n.endIndex && !(language.kinds.comment.includes(n.type) && appended(n)))) continue;
    if (language.kinds.comment.includes(n.type)) return n;
    if (language.kinds.string.includes(n.type)) return n.parent?.type === 'expression_statement' && n.parent.namedChildCount === 1 ? n : undefined;
    if (language.kinds.function.includes(n.type)) return undefined;
  }
  return undefined;
}

/**
 * The names an edit changed where they were declared (`const usersTable` → `const u sersTable`, `def helper` →
 * `def helpr`, a declaration deleted or indented into the function above): what used them elsewhere must be
 * analysed again, though the region no longer declares them. Read from the previous tree (edited to the new text:
 * it holds the old nodes, those from the edit on moved by its length): a function's name, or a word inside a
 * binding of a top-level statement.
 */
function touchedDeclarations(previousTree: Tree, language: CodeLanguage, oldText: string, span: { start: number; oldEnd: number; newEnd: number }): Declared {
  let start = span.start;
  while (start > 0 && /[\w$]/.test(oldText[start - 1]!)) start--;
  let end = span.oldEnd;
  while (end < oldText.length && /[\w$]/.test(oldText[end]!)) end++;
  const delta = span.newEnd - span.oldEnd;
  const names: Declared = new Map();
  for (const m of oldText.slice(start, end).matchAll(/[$A-Za-z_][\w$]*/g)) {
    if (names.size >= 20) break;
    const at = start + m.index;
    // Where the word's token is in the previous tree: a token at or after the edited text moved with it.
    const moved = at >= span.oldEnd ? at + delta : at;
    const written = previousTree.rootNode.descendantForIndex(moved);
    if (!written || written.startIndex !== moved) continue;
    const parent = written.parent;
    if (parent && language.kinds.function.includes(parent.type) && parent.childForFieldName('name')?.startIndex === moved) {
      declare(names, m[0], 'function');
      continue;
    }
    let binding = false;
    let nested = false;
    for (let n: Node | null = parent; n && n.parent && !nested; n = n.parent) {
      nested = language.kinds.function.includes(n.type);
      binding ||= language.kinds.binding.includes(n.type);
    }
    if (binding && !nested) declare(names, m[0], 'binding');
  }
  return names;
}

/**
 * The names the top-level statements of the previous tree (edited to the new text) between `from` and `to`
 * declared: functions' names and the targets of bindings, read from the previous text (a node of the edited tree
 * reads its text at its new offsets from the text it was parsed from). `old` maps an offset of the new text to the
 * previous one.
 */
function declaredBefore(previousTree: Tree, language: CodeLanguage, oldText: string, from: number, to: number, old: (at: number) => number): Declared {
  const names: Declared = new Map();
  const read = (n: Node) => oldText.slice(old(n.startIndex), old(n.endIndex));
  // (The names a target binds: not those inside `self.x`, `a[i]` or `f().y`, which bind nothing by that name.)
  const identifiers = (n: Node): Node[] =>
    n.childCount === 0 ? (/identifier/.test(n.type) ? [n] : []) : /attribute|member|subscript|call|selector|field|index/.test(n.type) ? [] : n.namedChildren.flatMap((c) => (c ? identifiers(c) : []));
  const bindingsOf = (n: Node | null) => {
    if (!n || !language.kinds.binding.includes(n.type)) return;
    const target = n.childForFieldName('name') ?? n.childForFieldName('left') ?? n.namedChild(0);
    if (target) for (const id of identifiers(target)) declare(names, read(id), 'binding');
  };
  // As {@link declaredNames} reads a region: a function's name, else the bindings of the statement and of its children.
  for (const n of previousTree.rootNode.namedChildren) {
    if (!n || n.startIndex < from || n.endIndex > to) continue;
    const name = language.kinds.function.includes(n.type) ? n.childForFieldName('name') : null;
    if (name) declare(names, read(name), 'function');
    bindingsOf(n);
    for (const child of n.namedChildren) bindingsOf(child);
  }
  for (const name of names.keys()) if (!/^[$A-Za-z_][\w$]*$/.test(name)) names.delete(name);
  return names;
}

/**
 * Names a region declares, and how: a function's name is used only where it is written alone or after `self.` or
 * `this.` (what data flow follows into a function), while a binding's name is read wherever it is written as a
 * variable (a Python attribute's name is one too).
 */
type Declared = Map<string, 'function' | 'binding'>;

function declare(names: Declared, name: string, how: 'function' | 'binding'): void {
  if (names.get(name) !== 'binding') names.set(name, how);
}

/**
 * Whether a call written at `written` (the node of a function's name) can reach the function of that name as data
 * flow follows calls ({@link FlowAnalyzer}: a callee that is the name alone, or `self.`/`this.` and the name): not
 * `fp.read().decode(…)` for a function `decode`. A use that is not the callee of a call counts.
 */
function reaches(written: Node, name: string, language: CodeLanguage): boolean {
  let n: Node | null = written.parent;
  for (let depth = 0; n && depth < 4; depth++, n = n.parent) {
    if (!language.kinds.call.includes(n.type) && !language.kinds.new.includes(n.type)) continue;
    const site = language.callSite(n);
    if (!site || site.calleeNode.startIndex > written.startIndex || written.endIndex > site.calleeNode.endIndex) continue;
    return site.callee.replace(/^(self|this)\./, '') === name;
  }
  return true;
}

/** The names a region declares: a function's name, or the bindings of a top-level statement. */
function declaredNames(region: Node, language: CodeLanguage): Declared {
  const names: Declared = new Map();
  const bindingsOf = (n: Node | null) => {
    if (n && language.kinds.binding.includes(n.type)) for (const b of language.bindings(n)) declare(names, b.name, 'binding');
  };
  if (language.kinds.function.includes(region.type)) {
    const name = region.childForFieldName('name')?.text;
    if (name) declare(names, name, 'function');
    bindingsOf(region.parent);
  } else {
    bindingsOf(region);
    for (const child of region.namedChildren) bindingsOf(child);
  }
  for (const name of names.keys()) if (!/^[$A-Za-z_][\w$]*$/.test(name)) names.delete(name);
  return names;
}

/**
 * The functions (or top-level statements) outside the `regions` that use a name they declare (in code, not in
 * comments or strings), outermost only, and the outermost of them that contains a region if one does; undefined
 * when there are too many uses (then everything is analysed).
 */
function usersOf(regions: readonly Node[], root: Node, language: CodeLanguage, text: string, renamed: Declared = new Map()): { users: Node[]; container?: Node } | undefined {
  const found = new Map<number, Node>();
  let container: Node | undefined;
  let uses = 0;
  const names: Declared = new Map();
  for (const region of regions) for (const [name, how] of declaredNames(region, language)) declare(names, name, how);
  for (const [name, how] of renamed) declare(names, name, how);
  if (names.size === 0) return { users: [] };
  // (As many uses for each statement as for one alone.)
  const most = MAX_USES * regions.length;
  const inRegion = (index: number) => regions.some((r) => index >= r.startIndex && index < r.endIndex);
  const holdsRegion = (n: Node) => regions.some((r) => n.startIndex <= r.startIndex && r.endIndex <= n.endIndex);
  new WordSet(new Set(names.keys())).forEachIn(text, 0, text.length, (name, index) => {
    if (uses > most || inRegion(index)) return;
    // The name in a comment, a docstring or other text is not a use.
    const at = root.descendantForIndex(index);
    if (!at || CONTENT.test(at.type) || language.kinds.comment.includes(at.type)) return;
    // `other.name(…)` does not call the function `name` (a method of another object, or one of a library).
    if (names.get(name) === 'function' && !reaches(at, name, language)) return;
    if (++uses > most) return;
    let user: Node | undefined;
    let top: Node | undefined;
    for (let n: Node | null = at; n && n.id !== root.id; n = n.parent) {
      if (!user && language.kinds.function.includes(n.type)) user = n;
      if (n.parent?.id === root.id) top = n;
    }
    user ??= top;
    if (!user) return;
    if (holdsRegion(user)) {
      if (!container || user.endIndex - user.startIndex > container.endIndex - container.startIndex) container = user;
      return;
    }
    found.set(user.id, user);
  });
  if (uses > most) return undefined;
  const nodes = [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  const users = nodes.filter((n, i) => !nodes.some((o, j) => j !== i && o.startIndex <= n.startIndex && n.endIndex <= o.endIndex && (o.startIndex !== n.startIndex || o.endIndex !== n.endIndex || j < i)));
  return container ? { users, container } : { users };
}

function newlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * The previous findings that lie outside the region, moved to their places in the new text. Ranges and fix edits
 * are recomputed from offsets; findings overlapping the region are dropped (the region's analysis replaces them),
 * and so is a fix of a kept finding that would edit inside the region (it was computed for the old code there):
 * `fixLost` hears of it, so that the caller can find that rule's findings again.
 */
export function keptFindings(previous: readonly Finding[], region: Region, lineStarts: number[], stillActive: (ruleId: string) => boolean, keepAround: (ruleId: string) => boolean, oldText: string, fixLost?: (ruleId: string) => void): Finding[] {
  const out: Finding[] = [];
  const outside = (start: number, end: number) => region.parts.every((p) => end <= p.oldStart || start >= p.oldEnd);
  // (The text the edit replaced lies between the parts it split: `subp;ocess.run` typed over `subprocess.run`.)
  const covering = region.replaced ? [...region.parts, { oldStart: region.replaced.start, oldEnd: region.replaced.end }] : region.parts;
  const byStart = [...covering].sort((a, b) => a.oldStart - b.oldStart);
  for (const f of previous) {
    if (!stillActive(f.ruleId)) continue;
    // A finding around the region (on the call whose callback was edited) is kept by rules that cannot look at
    // it again from the region (`keepAround`); code rules re-check the nodes around the region themselves.
    // (A finding on the region itself is found again by the region's own analysis, also when the edit split the
    // code it was on into several parts: `subprocess.run(…)` typed into `subpr;ocess.run(…)`.)
    const around =
      region.parts.some((p) => f.startOffset <= p.oldStart && p.oldEnd <= f.endOffset && (f.startOffset < p.oldStart || p.oldEnd < f.endOffset)) &&
      !coveredByParts(f.startOffset, f.endOffset, byStart, oldText);
    if (!outside(f.startOffset, f.endOffset) && !(around && keepAround(f.ruleId))) continue;
    const fixes = f.fixes.filter((fix) => fix.edits.every((e) => outside(e.startOffset, e.endOffset) && !(e.startOffset === e.endOffset && e.startOffset === region.oldEnd)));
    if (fixes.length < f.fixes.length) fixLost?.(f.ruleId);
    out.push(shift({ ...f, fixes }, region, lineStarts));
  }
  return out;
}

/**
 * Whether the parts (sorted by their old start) cover the old text from `start` to `end`, but for gaps without a
 * letter, digit or `_` (the `;` an edit put between them, white space).
 */
function coveredByParts(start: number, end: number, parts: readonly { oldStart: number; oldEnd: number }[], oldText: string): boolean {
  let at = start;
  for (const p of parts) {
    if (p.oldEnd <= at) continue;
    if (p.oldStart >= end) break;
    if (p.oldStart > at && /\w/.test(oldText.slice(at, p.oldStart))) return false;
    at = p.oldEnd;
    if (at >= end) return true;
  }
  return !/\w/.test(oldText.slice(at, end));
}

function shift(f: Finding, region: Region, lineStarts: number[]): Finding {
  const { delta, lineDelta, oldEndLine } = region;
  // Offsets after the edit move by its length. A range that ends where white space was inserted does not take it
  // in; one that starts there moves past it.
  const moved = (start: number, end: number) => {
    const from = start >= region.oldEnd ? start + delta : start;
    const to = end >= region.oldEnd && end > region.oldStart ? end + delta : end;
    return { startOffset: from, endOffset: Math.max(from, to), range: { start: positionAt(lineStarts, from), end: positionAt(lineStarts, Math.max(from, to)) } };
  };
  return {
    ...f,
    // Messages name where untrusted data comes from (`… (line 12)`): those lines below the edit move with it.
    message: lineDelta === 0 ? f.message : f.message.replace(/\(line (\d+)\)/g, (whole, n: string) => (Number(n) > oldEndLine ? `(line ${Number(n) + lineDelta})` : whole)),
    ...moved(f.startOffset, f.endOffset),
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, ...moved(e.startOffset, e.endOffset) })) })),
  };
}
