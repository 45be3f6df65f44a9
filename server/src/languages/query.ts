/**
 * Finding a few rare node shapes in a large tree. `descendantsOfType` hands every node of a type to JavaScript
 * (thousands of calls in a large file), and a tree-sitter query with text predicates does the same, because the
 * predicates run in JavaScript. When the shape always contains some literal text (`require(`, `execute:`), it is
 * cheaper to find that text and ask the tree what is there.
 */
import type { Node } from 'web-tree-sitter';

/**
 * The nodes of one of `types` around each match of `pattern` (a global regex) in `text`, within `root`, in
 * document order and without duplicates. A match inside a comment or string finds no such node and is skipped.
 */
export function nodesAtText(root: Node, text: string, pattern: RegExp, types: readonly string[]): Node[] {
  const out: Node[] = [];
  const seen = new Set<number>();
  pattern.lastIndex = root.startIndex;
  for (let m = pattern.exec(text); m && m.index < root.endIndex; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    for (let n: Node | null = root.descendantForIndex(m.index); n; n = n.id === root.id ? null : n.parent) {
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

/** `word` as a whole word: not after a letter, digit or `_`, not before those or `$`. */
function wordPattern(word: string): RegExp {
  const key = `word:${word}`;
  let pattern = namePatterns.get(key);
  if (!pattern) {
    if (namePatterns.size > 5000) namePatterns.clear();
    namePatterns.set(key, (pattern = new RegExp(`(?<!\\w)${word.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'g')));
  }
  return pattern;
}

/** The places `word` occurs as a whole word in `text` between `start` and `end`. */
export function* placesOf(text: string, word: string, start: number, end: number): Generator<number> {
  // (An empty name, a missing identifier in half-typed code, occurs nowhere.)
  if (!word) return;
  const pattern = wordPattern(word);
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m && m.index < end; m = pattern.exec(text)) yield m.index;
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
    for (let n: Node | null = scope.descendantForIndex(at); n && n.id !== scope.id; n = n.parent) {
      if (skip.has(n.type)) {
        nested = true;
        break;
      }
      if (wanted.has(n.type) && n.isNamed) around.push(n);
    }
    if (!nested) for (const n of around) found.set(n.id, n);
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
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
