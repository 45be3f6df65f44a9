/**
 * Finding a few rare node shapes in a large tree. `descendantsOfType` hands every node of a type to JavaScript
 * (thousands of calls in a large file), and a tree-sitter query with text predicates does the same, because the
 * predicates run in JavaScript. When the shape always contains some literal text (`require(`, `execute:`), it is
 * cheaper to find that text and ask the tree what is there.
 */
import type { Node, Tree } from 'web-tree-sitter';

/**
 * The nodes of one of `types` around each match of `pattern` (a global regex) in `text`, within `root`, in
 * document order and without duplicates. A match inside a comment or string finds no such node and is skipped.
 */
/**
 * The nodes of the given kinds at and below `root`, in document order. The parser lists them in one call: a walk
 * node by node from JavaScript would call into it for every node of the tree.
 */
export function descendantsOf(root: Node, types: string | readonly string[]): Node[] {
  return root.descendantsOfType(typeof types === 'string' ? types : [...types]).filter((n): n is Node => !!n);
}

export function nodesAtText(root: Node, text: string, pattern: RegExp, types: readonly string[]): Node[] {
  const out: Node[] = [];
  const seen = new Set<number>();
  for (const at of matchesBetween(text, pattern, root.startIndex, root.endIndex)) {
    for (let n: Node | null = root.descendantForIndex(at); n; n = n.id === root.id ? null : n.parent) {
      if (!types.includes(n.type)) continue;
      if (!seen.has(n.id)) {
        seen.add(n.id);
        out.push(n);
      }
      break;
    }
  }
  return out.sort((a, b) => a.startIndex - b.startIndex);
}

const namePatterns = new Map<string, RegExp>();

/** A character of `\w`: an ASCII letter, digit or `_`. */
function wordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The places `word` occurs as a whole word in `text` between `start` and `end`: not after a letter, digit or `_`,
 * not before those or `$`, and within the stretch. (Found with `indexOf`, twice as fast as the same regex: a scope
 * of a large module is searched once for every name looked up there.)
 */
export function* placesOf(text: string, word: string, start: number, end: number): Generator<number> {
  // (An empty name, a missing identifier in half-typed code, occurs nowhere.)
  if (!word) return;
  const last = end - word.length;
  for (let at = text.indexOf(word, start); at !== -1 && at <= last; at = text.indexOf(word, at + 1)) {
    if (at > 0 && wordChar(text.charCodeAt(at - 1))) continue;
    const after = text.charCodeAt(at + word.length);
    if (wordChar(after) || after === 36) continue;
    yield at;
  }
}

/**
 * Where the matches of `pattern` (a global regex) that start between `start` and `end` begin, searched in that
 * stretch alone, with the character on each side of it that a look-behind or look-ahead reads: a search of the
 * whole text would run on past `end` to the next match, to the end of a large file when there is none. (A match
 * that runs on past `end` is left out: the shapes searched for lie within the node searched.)
 */
function* matchesBetween(text: string, pattern: RegExp, start: number, end: number): Generator<number> {
  const from = Math.max(0, start - 1);
  const part = text.slice(from, end + 1);
  pattern.lastIndex = start - from;
  for (let m = pattern.exec(part); m && from + m.index < end; m = pattern.exec(part)) {
    if (m[0].length === 0) pattern.lastIndex++;
    yield from + m.index;
  }
}

/**
 * The nodes of the `wanted` types that contain a place where `word` occurs in `scope`, leaving out those inside a
 * node of the `skip` types below `scope` (a nested function), in document order, outer before inner. This is what a
 * walk over every node of the scope, not entering the skipped ones, finds among the nodes the word is written in,
 * found from the word's places instead: a variable's bindings in a large module are a few nodes among tens of
 * thousands.
 */
export function nodesAroundWord(scope: Node, text: string, word: string, wanted: ReadonlySet<string>, skip: ReadonlySet<string>): Node[] {
  const found = new Map<number, Node>();
  for (const at of placesOf(text, word, scope.startIndex, scope.endIndex)) {
    const around: Node[] = [];
    let nested = false;
    for (let n: Node | null = scope.descendantForIndex(at); n && n.id !== scope.id; ) {
      const up = lineage(n);
      if (skip.has(up.type)) {
        nested = true;
        break;
      }
      if (wanted.has(up.type) && (up.named ??= n.isNamed)) around.push(n);
      n = up.parent;
    }
    if (!nested) for (const n of around) found.set(n.id, n);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
}

/** What a walk up a tree reads of a node: its parent, its type, and (once asked) whether it is named. */
export interface Lineage {
  parent: Node | null;
  type: string;
  named?: boolean;
}

const lineages = new WeakMap<Tree, Map<number, Lineage>>();

/**
 * A node's parent and type, read once per tree. The parser finds a parent by descending from the root again, so
 * walks up from many places (every use of a name, every call's scope) pay for the levels they share once.
 */
export function lineage(node: Node): Lineage {
  let known = lineages.get(node.tree);
  if (!known) lineages.set(node.tree, (known = new Map()));
  let up = known.get(node.id);
  if (!up) known.set(node.id, (up = { parent: node.parent, type: node.type }));
  return up;
}

/** Drops what {@link lineage} read of a tree about to be edited (its nodes move). */
export function forgetLineage(tree: Tree): void {
  lineages.delete(tree);
}

/**
 * Calls (of `callTypes`) under `root` whose callee ends in one of `lastNames` (`exec`, `system`, `randint`) or in
 * a local name imported as one of them (`from os import system as run` adds `run`), found by their text. Callers
 * still check the resolved name: this only narrows the candidates, so it may over-report, never miss a call
 * named like that.
 */
export function callsNamed(root: Node, text: string, lastNames: readonly string[], imports: ReadonlyMap<string, string>, callTypes: readonly string[]): Node[] {
  const names = new Set(lastNames);
  for (const [local, path] of imports) if (names.has(path.slice(Math.max(path.lastIndexOf('.'), path.lastIndexOf('/')) + 1))) names.add(local.split('.').pop()!);
  const source = [...names].sort().map((n) => n.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')).join('|');
  let pattern = namePatterns.get(source);
  if (!pattern) namePatterns.set(source, (pattern = new RegExp(`(?<![\\w$])(?:${source})\\s*(?:\\?\\.\\s*)?\\(`, 'g')));
  return nodesAtText(root, text, pattern, callTypes);
}
