/** Shell scripts: a command is a call whose callee is the command name and whose arguments are its words. */
import type { Node } from 'web-tree-sitter';
import { type Binding, type CodeLanguage, namedChildren } from './language';

export const bash: CodeLanguage = {
  id: 'bash',
  ruleLanguage: 'bash',
  grammar: 'tree-sitter-bash.wasm',
  extensions: ['.sh', '.bash', '.zsh', '.ksh'],
  lineComment: '#',
  kinds: {
    call: ['command'],
    new: [],
    assign: ['variable_assignment'],
    property: [],
    comment: ['comment'],
    string: ['string', 'raw_string', 'ansi_c_string'],
    function: ['function_definition'],
    binding: ['variable_assignment'],
    identifier: ['simple_expansion', 'expansion'],
  },
  callSite(node) {
    const name = node.childForFieldName('name');
    if (!name) return undefined;
    const words = namedChildren(node).filter((c) => c.id !== name.id && c.type !== 'variable_assignment' && c.type !== 'file_redirect' && c.type !== 'herestring_redirect');
    return { node, callee: name.text.replace(/^.*\//, ''), calleeNode: name, args: words.map((value, index) => ({ index, value, node: value })), argsNode: null };
  },
  assignment(node) {
    const target = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    if (!target || !value) return undefined;
    return { target, targetText: target.text, value, operator: '=' };
  },
  property: () => undefined,
  stringLiteral(node) {
    if (node.type === 'raw_string') return { value: node.text.slice(1, -1), interpolations: [] };
    if (node.type === 'string' || node.type === 'ansi_c_string') {
      const interpolations = namedChildren(node).filter((c) => c.type !== 'string_content');
      return { value: interpolations.length ? '' : node.text.slice(1, -1), interpolations };
    }
    if (node.type === 'word' || node.type === 'number') return { value: node.text, interpolations: [] };
    return undefined;
  },
  scalarLiteral: () => undefined,
  imports: () => new Map(),
  bindings(node): Binding[] {
    const name = node.childForFieldName('name');
    return name ? [{ name: `$${name.text}`, value: node.childForFieldName('value'), node }] : [];
  },
  parameters: () => [],
  stringParts(node) {
    return node.type === 'concatenation' ? namedChildren(node) : undefined;
  },
  unwrap: (node: Node) => node,
};
