/** `new Random()` / `Random.Shared` used to make tokens, passwords, salts or codes. */
import type { Node } from 'web-tree-sitter';
import { secretRandomnessRule } from './secret-randomness';

const METHODS = /\.(Next|NextBytes|NextInt64|NextDouble|NextSingle|GetItems|Shuffle)$/;

export const rule = secretRandomnessRule({
  weakCall(node: Node, callee: string) {
    if (node.type === 'object_creation_expression') return /^(System\.)?Random$/.test(callee) ? 'new Random()' : undefined;
    if (!METHODS.test(callee)) return undefined;
    if (/^(System\.)?Random\.Shared\./.test(callee)) return callee;
    // A method of a field or local created with `new Random(...)` anywhere in the file.
    const receiver = callee.slice(0, callee.lastIndexOf('.')).replace(/^this\./, '');
    const root = node.tree.rootNode;
    const pattern = new RegExp(`\\b${receiver.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*new\\s+(System\\.)?Random\\s*\\(`);
    return /^[A-Za-z_]\w*$/.test(receiver) && pattern.test(root.text) ? callee : undefined;
  },
  weakText: /\bRandom\b/,
});
