/** Rust: calls, method calls and `Command::new(…)` chains. */
import type { Node } from 'web-tree-sitter';
import { type Binding, type CodeLanguage, namedChildren, normaliseCallee } from './language';

export const rust: CodeLanguage = {
  id: 'rust',
  ruleLanguage: 'rust',
  grammar: 'tree-sitter-rust.wasm',
  extensions: ['.rs'],
  lineComment: '//',
  blockComment: ['/*', '*/'],
  kinds: {
    call: ['call_expression'],
    new: [],
    assign: ['assignment_expression'],
    property: ['field_initializer'],
    comment: ['line_comment', 'block_comment'],
    string: ['string_literal', 'raw_string_literal'],
    function: ['function_item', 'closure_expression'],
    binding: ['let_declaration'],
    identifier: ['identifier'],
  },
  callSite(node) {
    const calleeNode = node.childForFieldName('function');
    if (!calleeNode) return undefined;
    const argsNode = node.childForFieldName('arguments');
    return { node, callee: normaliseCallee(calleeNode.text), calleeNode, args: namedChildren(argsNode).map((value, index) => ({ index, value, node: value })), argsNode };
  },
  assignment(node) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    return target && value ? { target, targetText: normaliseCallee(target.text), value, operator: '=' } : undefined;
  },
  property(node) {
    const keyNode = node.childForFieldName('field');
    return keyNode ? { key: keyNode.text, keyNode, value: node.childForFieldName('value') } : undefined;
  },
  stringLiteral(node) {
    if (node.type === 'string_literal' || node.type === 'raw_string_literal') return { value: namedChildren(node).map((c) => c.text).join(''), interpolations: [] };
    return undefined;
  },
  scalarLiteral(node) {
    return ['integer_literal', 'float_literal', 'boolean_literal', 'char_literal'].includes(node.type) ? node.text : undefined;
  },
  imports: () => new Map(),
  bindings(node): Binding[] {
    const pattern = node.childForFieldName('pattern');
    return pattern?.type === 'identifier' ? [{ name: pattern.text, value: node.childForFieldName('value'), node }] : [];
  },
  parameters: (fn) => namedChildren(fn.childForFieldName('parameters')).map((p) => p.childForFieldName('pattern')?.text ?? '').filter(Boolean),
  stringParts(node) {
    if (node.type === 'macro_invocation' && /^format!?$/.test(node.childForFieldName('macro')?.text ?? '')) return namedChildren(node).slice(1);
    return undefined;
  },
  unwrap: (node: Node) => (node.type === 'parenthesized_expression' && node.namedChild(0) ? node.namedChild(0)! : node),
};
