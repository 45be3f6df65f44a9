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
  node: Node;
  /** The region's range in the previous text. */
  oldStart: number;
  oldEnd: number;
  /** Length change of the edit: findings after the region move by this much. */
  delta: number;
  /** The region's last line in the previous text (1-based), and how many lines the edit added (or removed). */
  oldEndLine: number;
  lineDelta: number;
  /**
   * Every part analysed again: the edited region first, then the functions (or top-level statements) that use a
   * name it declares (`def helper`, `TABLE = …`), since what they report can depend on it. Old ranges included.
   */
  parts: { node: Node; oldStart: number; oldEnd: number }[];
}

/** More uses than this of the names a region declares: analysing the whole file is simpler. */
const MAX_USES = 200;

/** A region is worth it only when it is a small part of the file. */
const MAX_REGION_SHARE = 0.5;

/** Text that may import something in one of the supported languages (`require(`, `import x`, `using X;`, …). */
export const IMPORT_WORDS = /\brequire\s*\(|\bimport\s*[\w({*"']|\bfrom\s+[\w.]+\s+import\b|^\s*(?:using|use|include|load|require_once|include_once)\b|#\s*include\b/m;

/** Top-level statements whose edits change what the rest of the file means: imports and module declarations. */
const FILE_WIDE = /import|export_from|package|namespace|using|use_declaration|require|include|preproc/;

/**
 * The part of the new tree that contains every change between `oldText` and it (the edited span and the ranges
 * whose syntax changed): the innermost function around it, or else the top-level statement around it (not an
 * import, unless `importsUnchanged` says the file's imports stay the same). Facts that flow between a function
 * and the one around it (a closure's return value) are refreshed by the full analysis that follows when typing
 * pauses. Undefined when there is no such part or it is most of the file: then everything is analysed.
 */
export function changedRegion(tree: Tree, language: CodeLanguage, oldText: string, newText: string, syntaxChanges: readonly TreeRange[], importsUnchanged: () => boolean = () => false): Region | undefined {
  const span = changedSpan(oldText, newText);
  let start = span.start;
  let end = span.newEnd;
  for (const r of syntaxChanges) {
    start = Math.min(start, r.startIndex);
    end = Math.max(end, r.endIndex);
  }
  const root = tree.rootNode;
  const innermost = root.descendantForIndex(start, Math.max(start, end - 1));
  let fn: Node | undefined;
  let topLevel: Node | undefined;
  for (let n: Node | null = innermost; n && n.id !== root.id; n = n.parent) {
    if (n.startIndex > start || end > n.endIndex) continue;
    if (language.kinds.function.includes(n.type)) fn ??= n;
    if (n.parent?.id === root.id) topLevel = n;
  }
  // An edit inside a comment or a docstring changes nothing the code around it can see: that node alone is the
  // region (the nodes around it are re-checked as for any region), and nothing else depends on it.
  const quiet = innermost ? inert(innermost, start, end, language) : undefined;
  // A top-level statement that imports something changes what code elsewhere means, unless the file's imports are
  // the same after the edit (white space, a comment, a name imported twice): then it is a region of its own, with
  // no code elsewhere to re-check (what that code uses means what it meant).
  const comment = !!topLevel && language.kinds.comment.includes(topLevel.type);
  const importing = !!topLevel && !comment && (FILE_WIDE.test(topLevel.type) || IMPORT_WORDS.test(topLevel.text));
  const sameImports = !quiet && !fn && importing && importsUnchanged();
  const region = quiet ?? fn ?? (topLevel && (!importing || sameImports) ? topLevel : undefined);
  // The edit must sit strictly inside the region (not on its first or last character), so the text around it is
  // the same before and after and the old findings there still apply.
  if (!region || region.startIndex >= span.start || span.newEnd >= region.endIndex) return undefined;
  const users = quiet || sameImports ? [] : usersOf(region, root, language, newText);
  if (!users) return undefined;
  const size = [region, ...users].reduce((sum, n) => sum + n.endIndex - n.startIndex, 0);
  if (size > newText.length * MAX_REGION_SHARE) return undefined;
  const delta = newText.length - oldText.length;
  const oldEnd = region.endIndex - delta;
  const lineDelta = newlines(newText, span.start, span.newEnd) - newlines(oldText, span.start, span.oldEnd);
  const parts = [{ node: region, oldStart: region.startIndex, oldEnd }, ...users.map((n) => (n.startIndex >= region.endIndex ? { node: n, oldStart: n.startIndex - delta, oldEnd: n.endIndex - delta } : { node: n, oldStart: n.startIndex, oldEnd: n.endIndex }))];
  return { node: region, oldStart: region.startIndex, oldEnd, delta, oldEndLine: newlines(oldText, 0, oldEnd) + 1, lineDelta, parts };
}

/** The comment, or the string that is a statement on its own (a docstring), that `start`–`end` lies strictly inside. */
function inert(innermost: Node, start: number, end: number, language: CodeLanguage): Node | undefined {
  for (let n: Node | null = innermost; n; n = n.parent) {
    if (n.startIndex >= start || end >= n.endIndex) continue;
    if (language.kinds.comment.includes(n.type)) return n;
    if (language.kinds.string.includes(n.type)) return n.parent?.type === 'expression_statement' && n.parent.namedChildCount === 1 ? n : undefined;
    if (language.kinds.function.includes(n.type)) return undefined;
  }
  return undefined;
}

/** The names a region declares: a function's name, or the bindings of a top-level statement. */
function declaredNames(region: Node, language: CodeLanguage): string[] {
  const names: string[] = [];
  const bindingsOf = (n: Node | null) => {
    if (n && language.kinds.binding.includes(n.type)) for (const b of language.bindings(n)) names.push(b.name);
  };
  if (language.kinds.function.includes(region.type)) {
    const name = region.childForFieldName('name')?.text;
    if (name) names.push(name);
    bindingsOf(region.parent);
  } else {
    bindingsOf(region);
    for (const child of region.namedChildren) bindingsOf(child);
  }
  return [...new Set(names)].filter((n) => /^[$A-Za-z_][\w$]*$/.test(n));
}

/**
 * The functions (or top-level statements) outside `region` that use a name it declares, outermost only; undefined
 * when there are too many, or one of them contains the region (then everything is analysed).
 */
function usersOf(region: Node, root: Node, language: CodeLanguage, text: string): Node[] | undefined {
  const found = new Map<number, Node>();
  let uses = 0;
  for (const name of declaredNames(region, language)) {
    const pattern = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    for (const m of text.matchAll(pattern)) {
      if (m.index >= region.startIndex && m.index < region.endIndex) continue;
      if (++uses > MAX_USES) return undefined;
      let user: Node | undefined;
      let top: Node | undefined;
      for (let n: Node | null = root.descendantForIndex(m.index); n && n.id !== root.id; n = n.parent) {
        if (!user && language.kinds.function.includes(n.type)) user = n;
        if (n.parent?.id === root.id) top = n;
      }
      user ??= top;
      if (!user) continue;
      if (user.startIndex <= region.startIndex && region.endIndex <= user.endIndex) return undefined;
      found.set(user.id, user);
    }
  }
  const nodes = [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  return nodes.filter((n, i) => !nodes.some((o, j) => j !== i && o.startIndex <= n.startIndex && n.endIndex <= o.endIndex && (o.startIndex !== n.startIndex || o.endIndex !== n.endIndex || j < i)));
}

function newlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * The previous findings that lie outside the region, moved to their places in the new text. Ranges and fix edits
 * are recomputed from offsets; findings overlapping the region are dropped (the region's analysis replaces them),
 * and so is a fix of a kept finding that would edit inside the region (it was computed for the old code there).
 */
export function keptFindings(previous: readonly Finding[], region: Region, lineStarts: number[], stillActive: (ruleId: string) => boolean, keepAround: (ruleId: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const outside = (start: number, end: number) => region.parts.every((p) => end <= p.oldStart || start >= p.oldEnd);
  for (const f of previous) {
    if (!stillActive(f.ruleId)) continue;
    // A finding around the region (on the call whose callback was edited) is kept by rules that cannot look at
    // it again from the region (`keepAround`); code rules re-check the nodes around the region themselves.
    // (A finding on the region itself is found again by the region's own analysis.)
    const around = region.parts.some((p) => f.startOffset <= p.oldStart && p.oldEnd <= f.endOffset && (f.startOffset < p.oldStart || p.oldEnd < f.endOffset));
    if (!outside(f.startOffset, f.endOffset) && !(around && keepAround(f.ruleId))) continue;
    const fixes = f.fixes.filter((fix) => fix.edits.every((e) => outside(e.startOffset, e.endOffset) && !(e.startOffset === e.endOffset && e.startOffset === region.oldEnd)));
    out.push(shift({ ...f, fixes }, region, lineStarts));
  }
  return out;
}

function shift(f: Finding, region: Region, lineStarts: number[]): Finding {
  const { delta, lineDelta, oldEndLine } = region;
  const move = (offset: number) => (offset >= region.oldEnd ? offset + delta : offset);
  const at = (start: number, end: number) => ({ start: positionAt(lineStarts, move(start)), end: positionAt(lineStarts, move(end)) });
  const after = f.startOffset >= region.oldEnd;
  return {
    ...f,
    // Messages name where untrusted data comes from (`… (line 12)`): those lines below the edit move with it.
    message: lineDelta === 0 || !after ? f.message : f.message.replace(/\(line (\d+)\)/g, (whole, n: string) => (Number(n) > oldEndLine ? `(line ${Number(n) + lineDelta})` : whole)),
    startOffset: move(f.startOffset),
    endOffset: move(f.endOffset),
    range: at(f.startOffset, f.endOffset),
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, startOffset: move(e.startOffset), endOffset: move(e.endOffset), range: at(e.startOffset, e.endOffset) })),
    })),
  };
}
