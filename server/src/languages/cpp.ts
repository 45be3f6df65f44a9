/** C and C++ (one grammar parses both). */
import type { Node } from 'web-tree-sitter';
import { type Binding, type CodeLanguage, namedChildren, normaliseCallee } from './language';

export const cpp: CodeLanguage = {
  id: 'cpp',
  ruleLanguage: 'cpp',
  grammar: 'tree-sitter-cpp.wasm',
  extensions: ['.c', '.h', '.cc', '.cpp', '.cxx', '.hpp', '.hh', '.hxx', '.ino'],
  lineComment: '//',
  blockComment: ['/*', '*/'],
  kinds: {
    call: ['call_expression'],
    new: [],
    assign: ['assignment_expression'],
    property: ['initializer_pair'],
    comment: ['comment'],
    string: ['string_literal', 'raw_string_literal', 'concatenated_string'],
    function: ['function_definition', 'lambda_expression'],
    binding: ['init_declarator', 'assignment_expression'],
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
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: node.childForFieldName('operator')?.text ?? '=' };
  },
  property(node) {
    const keyNode = node.childForFieldName('designator') ?? node.namedChild(0);
    return keyNode ? { key: keyNode.text.replace(/^\./, ''), keyNode, value: node.childForFieldName('value') } : undefined;
  },
  stringLiteral(node) {
    if (node.type === 'string_literal') return { value: namedChildren(node).map((c) => c.text).join(''), interpolations: [] };
    if (node.type === 'raw_string_literal') return { value: node.text, interpolations: [] };
    if (node.type === 'concatenated_string') return { value: namedChildren(node).map((c) => c.text.replace(/^"|"$/g, '')).join(''), interpolations: [] };
    return undefined;
  },
  scalarLiteral(node) {
    return ['number_literal', 'true', 'false', 'null', 'nullptr', 'char_literal'].includes(node.type) ? node.text : undefined;
  },
  imports: () => new Map(),
  bindings(node): Binding[] {
    const target = node.childForFieldName(node.type === 'init_declarator' ? 'declarator' : 'left');
    const value = node.childForFieldName(node.type === 'init_declarator' ? 'value' : 'right');
    return target?.type === 'identifier' ? [{ name: target.text, value, node }] : [];
  },
  parameters(fn) {
    const declarator = fn.childForFieldName('declarator');
    return namedChildren(declarator?.childForFieldName('parameters')).map((p) => p.childForFieldName('declarator')?.text.replace(/^[*&]+/, '') ?? '').filter(Boolean);
  },
  stringParts(node) {
    // `std::string` concatenation: `"ping " + host`.
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
      return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
    }
    return undefined;
  },
  unwrap(node: Node) {
    let current = node;
    while (current.type === 'parenthesized_expression' && current.namedChild(0)) current = current.namedChild(0)!;
    return current;
  },
};
