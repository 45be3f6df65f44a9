/** PowerShell: commands (cmdlets) are calls of their name. */
import type { Node } from 'web-tree-sitter';
import { type CodeLanguage, namedChildren } from './language';

export const powershell: CodeLanguage = {
  id: 'powershell',
  ruleLanguage: 'powershell',
  grammar: 'tree-sitter-powershell.wasm',
  extensions: ['.ps1', '.psm1', '.psd1'],
  lineComment: '#',
  blockComment: ['<#', '#>'],
  kinds: {
    call: ['command'],
    new: [],
    assign: ['assignment_expression'],
    property: [],
    comment: ['comment'],
    string: ['expandable_string_literal', 'verbatim_string_characters'],
    function: ['function_statement', 'script_block'],
    binding: [],
    identifier: ['variable'],
  },
  callSite(node) {
    const name = node.childForFieldName('command_name') ?? node.namedChild(0);
    if (!name) return undefined;
    const elements = namedChildren(node.childForFieldName('command_elements'));
    return { node, callee: name.text, calleeNode: name, args: elements.map((value, index) => ({ index, value, node: value })), argsNode: null };
  },
  assignment: () => undefined,
  property: () => undefined,
  stringLiteral(node) {
    if (node.type === 'verbatim_string_characters') return { value: node.text.slice(1, -1), interpolations: [] };
    if (node.type === 'expandable_string_literal') {
      const subs = namedChildren(node).filter((c) => c.type === 'variable' || c.type === 'sub_expression');
      return { value: subs.length ? '' : node.text.slice(1, -1), interpolations: subs };
    }
    return undefined;
  },
  scalarLiteral: () => undefined,
  imports: () => new Map(),
  bindings: () => [],
  parameters: () => [],
  stringParts: () => undefined,
  unwrap: (node: Node) => node,
};
