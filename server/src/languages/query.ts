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

/**
 * The descendants of `node` of the `wanted` types, in document order, without entering subtrees of the `skip` types
 * (nested functions, say); wanted nodes are entered only with `enterWanted`. Walked with a tree cursor, which
 * hands JavaScript a node only where one is wanted.
 */
export function descendantsOutside(node: Node, wanted: ReadonlySet<string>, skip: ReadonlySet<string>, enterWanted: boolean): Node[] {
  const out: Node[] = [];
  const cursor = node.walk();
  try {
    if (!cursor.gotoFirstChild()) return out;
    let depth = 1;
    for (;;) {
      const type = cursor.nodeType;
      let enter = !skip.has(type);
      if (enter && wanted.has(type) && cursor.nodeIsNamed) {
        out.push(cursor.currentNode);
        enter = enterWanted;
      }
      if (enter && cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (--depth === 0 || !cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}
