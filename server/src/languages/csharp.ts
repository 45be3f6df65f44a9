/** C#. */
import type { Node } from 'web-tree-sitter';
import { type Argument, type Binding, type CodeLanguage, namedChildren, normaliseCallee } from './language';

function bindings(node: Node): Binding[] {
  if (node.type === 'variable_declarator') {
    const name = node.childForFieldName('name');
    const value = namedChildren(node).find((c) => c.id !== name?.id && c.type !== 'bracketed_argument_list');
    const inner = value?.type === 'equals_value_clause' ? value.namedChild(0) : value;
    return name ? [{ name: name.text, value: inner ?? null, node }] : [];
  }
  if (node.type === 'assignment_expression') {
    const left = node.childForFieldName('left');
    return left?.type === 'identifier' ? [{ name: left.text, value: node.childForFieldName('right'), node }] : [];
  }
  return [];
}

export const csharp: CodeLanguage = {
  id: 'csharp',
  ruleLanguage: 'csharp',
  grammar: 'tree-sitter-c-sharp.wasm',
  extensions: ['.cs'],
  lineComment: '//',
  blockComment: ['/*', '*/'],
  kinds: {
    call: ['invocation_expression'],
    new: ['object_creation_expression'],
    assign: ['assignment_expression'],
    property: [],
    comment: ['comment'],
    string: ['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression'],
    function: ['method_declaration', 'constructor_declaration', 'lambda_expression', 'local_function_statement'],
    binding: ['variable_declarator', 'assignment_expression'],
    identifier: ['identifier'],
  },
  callSite(node) {
    const calleeNode = node.childForFieldName(node.type === 'object_creation_expression' ? 'type' : 'function');
    if (!calleeNode) return undefined;
    const argsNode = node.childForFieldName('arguments');
    const args: Argument[] = [];
    let index = 0;
    for (const arg of namedChildren(argsNode)) {
      const name = arg.childForFieldName('name')?.text;
      const nameId = arg.childForFieldName('name')?.id;
      const value = namedChildren(arg).filter((c) => c.id !== nameId).pop() ?? arg;
      if (name) args.push({ name, value, node: arg });
      else args.push({ index: index++, value, node: arg });
    }
    return { node, callee: normaliseCallee(calleeNode.text), calleeNode, args, argsNode };
  },
  assignment(node) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: node.childForFieldName('operator')?.text ?? '=' };
  },
  property: () => undefined,
  stringLiteral(node) {
    if (node.type === 'string_literal' || node.type === 'verbatim_string_literal' || node.type === 'raw_string_literal') {
      return { value: namedChildren(node).map((c) => c.text).join('') || node.text.replace(/^@?"+|"+$/g, ''), interpolations: [] };
    }
    if (node.type === 'interpolated_string_expression') {
      const interpolations = namedChildren(node).filter((c) => c.type === 'interpolation').map((c) => namedChildren(c).find((x) => x.type !== 'interpolation_brace')).filter((c): c is Node => !!c);
      return { value: interpolations.length ? '' : node.text.slice(2, -1), interpolations };
    }
    return undefined;
  },
  scalarLiteral(node) {
    return ['integer_literal', 'real_literal', 'boolean_literal', 'null_literal', 'character_literal'].includes(node.type) ? node.text : undefined;
  },
  imports(root) {
    // `using System.Net;` makes the namespace known (for `imports:` filters); `using Alias = A.B.C;` maps the alias.
    const map = new Map<string, string>();
    for (const child of namedChildren(root)) {
      if (child.type !== 'using_directive') continue;
      const alias = child.childForFieldName('name');
      const target = namedChildren(child).filter((c) => c !== alias && (c.type === 'qualified_name' || c.type === 'identifier')).pop();
      if (!target) continue;
      if (alias) map.set(alias.text, target.text);
      else map.set(target.text, target.text);
    }
    return map;
  },
  bindings,
  parameters(fn) {
    return namedChildren(fn.childForFieldName('parameters')).map((p) => p.childForFieldName('name')?.text ?? '').filter(Boolean);
  },
  stringParts(node) {
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
      return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
    }
    if (node.type === 'invocation_expression' && /^(string|String)\.(Format|Concat|Join)$/.test(normaliseCallee(node.childForFieldName('function')?.text ?? ''))) {
      return namedChildren(node.childForFieldName('arguments')).map((a) => a.namedChild(a.namedChildCount - 1) ?? a);
    }
    return undefined;
  },
  unwrap(node) {
    let current = node;
    while ((current.type === 'parenthesized_expression' || current.type === 'await_expression' || current.type === 'cast_expression') && current.namedChild(current.namedChildCount - 1)) {
      current = current.namedChild(current.namedChildCount - 1)!;
    }
    return current;
  },
};
