/** Text rules: regular expressions over the whole file, for secrets, hidden characters and phrases. */
import type { Node, Tree } from 'web-tree-sitter';
import type { CodeLanguage } from '../languages/language';
import type { CompiledRule } from './ruleset';
import { entropy, isPlaceholder, VALIDATORS } from './secrets';

export interface TextMatch {
  rule: CompiledRule;
  start: number;
  end: number;
  /** The reported text (the group, or the whole match). */
  value: string;
}

/** The innermost node covering an offset, when a tree is at hand. */
function nodeAt(tree: Tree, offset: number): Node | null {
  return tree.rootNode.descendantForIndex(offset, offset);
}

function insideKind(node: Node | null, kinds: string[]): boolean {
  for (let n = node; n; n = n.parent) if (kinds.includes(n.type)) return true;
  return false;
}

/**
 * Runs text rules; `tree` (when the file was parsed) lets `scope` restrict matches to strings or comments. With
 * `first`, it stops at the first match (whether any rule matches at all).
 */
export function matchText(rules: CompiledRule[], text: string, code?: { language: CodeLanguage; tree: Tree }, deadline = Infinity, first = false): TextMatch[] {
  const out: TextMatch[] = [];
  for (const rule of rules) {
    if (performance.now() > deadline) break;
    const spec = rule.text;
    const regex = rule.textRegex;
    if (!spec || !regex) continue;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    let count = 0;
    while ((m = regex.exec(text))) {
      if (m[0].length === 0) regex.lastIndex++;
      if (++count % 64 === 0 && performance.now() > deadline) break;
      const group = spec.group ?? 0;
      const value = m[group];
      if (value === undefined) continue;
      const start = m.index + (group === 0 ? 0 : m[0].indexOf(value));
      if (spec.minEntropy !== undefined && entropy(value) < spec.minEntropy) continue;
      if (spec.placeholders !== false && isPlaceholder(value)) continue;
      if (spec.validator && !(VALIDATORS[spec.validator]?.(value) ?? false)) continue;
      if (code && spec.scope && spec.scope !== 'any') {
        const node = nodeAt(code.tree, start);
        const inString = insideKind(node, code.language.kinds.string);
        const inComment = insideKind(node, code.language.kinds.comment);
        if (spec.scope === 'strings' && !inString) continue;
        if (spec.scope === 'comments' && !inComment) continue;
        if (spec.scope === 'code' && (inString || inComment)) continue;
      }
      out.push({ rule, start, end: start + value.length, value });
      if (first) return out;
    }
  }
  return out;
}
