/** PHP. Function names are global, so callees are matched as written (`$db->query` reads `$db.query`). */
import type { Node } from 'web-tree-sitter';
import { type Argument, type Binding, type CodeLanguage, namedChildren, normaliseCallee } from './language';

function bindings(node: Node): Binding[] {
  if (node.type === 'assignment_expression' || node.type === 'augmented_assignment_expression') {
    const left = node.childForFieldName('left');
    return left?.type === 'variable_name' ? [{ name: left.text, value: node.childForFieldName('right'), node }] : [];
  }
  return [];
}

export const php: CodeLanguage = {
  id: 'php',
  ruleLanguage: 'php',
  grammar: 'tree-sitter-php.wasm',
  extensions: ['.php', '.phtml', '.php5', '.php7'],
  lineComment: '//',
  blockComment: ['/*', '*/'],
  kinds: {
    call: ['function_call_expression', 'member_call_expression', 'scoped_call_expression', 'nullsafe_member_call_expression'],
    new: ['object_creation_expression'],
    assign: ['assignment_expression', 'augmented_assignment_expression'],
    property: ['array_element_initializer'],
    comment: ['comment'],
    string: ['string', 'encapsed_string', 'heredoc', 'nowdoc', 'shell_command_expression'],
    function: ['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function'],
    binding: ['assignment_expression', 'augmented_assignment_expression'],
    identifier: ['variable_name'],
  },
  callSite(node) {
    let calleeNode: Node | null;
    let callee: string;
    if (node.type === 'function_call_expression') {
      calleeNode = node.childForFieldName('function');
      callee = normaliseCallee(calleeNode?.text ?? '').replace(/^\\/, '');
    } else if (node.type === 'object_creation_expression') {
      calleeNode = namedChildren(node).find((c) => c.type === 'name' || c.type === 'qualified_name') ?? null;
      callee = (calleeNode?.text ?? '').replace(/^\\/, '');
    } else {
      calleeNode = node.childForFieldName('name');
      const object = node.childForFieldName('object') ?? node.childForFieldName('scope');
      callee = `${normaliseCallee(object?.text ?? '')}.${calleeNode?.text ?? ''}`;
    }
    if (!calleeNode) return undefined;
    const argsNode = node.childForFieldName('arguments') ?? namedChildren(node).find((c) => c.type === 'arguments') ?? null;
    const args: Argument[] = [];
    let index = 0;
    for (const arg of namedChildren(argsNode)) {
      const name = arg.childForFieldName('name')?.text;
      const nameId = arg.childForFieldName('name')?.id;
      const value = namedChildren(arg).filter((c) => c.id !== nameId).pop() ?? arg;
      if (name) args.push({ name, value, node: arg });
      else args.push({ index: index++, value, node: arg });
    }
    return { node, callee, calleeNode, args, argsNode };
  },
  assignment(node) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: '=' };
  },
  property(node) {
    const children = namedChildren(node);
    if (children.length !== 2) return undefined;
    const [keyNode, value] = children as [Node, Node];
    return { key: keyNode.text.replace(/^['"]|['"]$/g, ''), keyNode, value };
  },
  stringLiteral(node) {
    if (node.type === 'string' || node.type === 'nowdoc') return { value: namedChildren(node).map((c) => c.text).join(''), interpolations: [] };
    if (node.type === 'encapsed_string' || node.type === 'heredoc' || node.type === 'shell_command_expression') {
      const interpolations = namedChildren(node).filter((c) => !['string_content', 'escape_sequence', 'heredoc_start', 'heredoc_end', 'heredoc_body'].includes(c.type));
      const body = node.type === 'heredoc' ? namedChildren(node).find((c) => c.type === 'heredoc_body') : node;
      const inner = body && body !== node ? namedChildren(body).filter((c) => !['string_content', 'escape_sequence'].includes(c.type)) : [];
      const all = [...interpolations, ...inner];
      return { value: all.length ? '' : namedChildren(body ?? node).map((c) => c.text).join(''), interpolations: all };
    }
    return undefined;
  },
  scalarLiteral(node) {
    // A numeric or boolean cast yields a number whatever its operand: no quote or markup can survive it.
    if (node.type === 'cast_expression' && /^\(\s*(int|integer|float|double|bool|boolean)\s*\)/i.test(node.text)) return node.text;
    // Magic constants (`__DIR__`) and defined constants (`APP_ROOT`) are fixed when the script runs.
    if (node.type === 'name' && /^[A-Z_][A-Z0-9_]*$/.test(node.text)) return node.text;
    return ['integer', 'float', 'boolean', 'null'].includes(node.type) ? node.text : undefined;
  },
  imports: () => new Map(),
  bindings,
  parameters(fn) {
    return namedChildren(fn.childForFieldName('parameters')).map((p) => p.childForFieldName('name')?.text ?? '').filter(Boolean);
  },
  stringParts(node) {
    if (node.type === 'binary_expression' && ['.', '+'].includes(node.childForFieldName('operator')?.text ?? '')) {
      return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
    }
    if (node.type === 'function_call_expression' && /^(sprintf|vsprintf|implode|str_replace)$/.test(node.childForFieldName('function')?.text ?? '')) {
      return namedChildren(node.childForFieldName('arguments')).map((a) => a.namedChild(a.namedChildCount - 1) ?? a);
    }
    return undefined;
  },
  unwrap(node) {
    let current = node;
    while (current.type === 'parenthesized_expression' && current.namedChild(0)) current = current.namedChild(0)!;
    return current;
  },
};
