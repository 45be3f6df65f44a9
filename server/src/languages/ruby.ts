/** Ruby. Calls with and without parentheses, backtick subshells and `%x{}` read as calls of `Kernel.`` `. */
import type { Node } from 'web-tree-sitter';
import { type Argument, type Binding, type CodeLanguage, namedChildren, normaliseCallee } from './language';

export const ruby: CodeLanguage = {
  id: 'ruby',
  ruleLanguage: 'ruby',
  grammar: 'tree-sitter-ruby.wasm',
  extensions: ['.rb', '.rake', '.gemspec', '.ru'],
  lineComment: '#',
  kinds: {
    call: ['call'],
    new: [],
    assign: ['assignment', 'operator_assignment'],
    property: ['pair'],
    comment: ['comment'],
    string: ['string', 'subshell', 'heredoc_body'],
    function: ['method', 'singleton_method', 'block', 'do_block', 'lambda'],
    binding: ['assignment', 'operator_assignment'],
    identifier: ['identifier'],
  },
  callSite(node) {
    const method = node.childForFieldName('method');
    if (!method) return undefined;
    const receiver = node.childForFieldName('receiver');
    const callee = receiver ? `${normaliseCallee(receiver.text)}.${method.text}` : method.text;
    const argsNode = node.childForFieldName('arguments');
    const args: Argument[] = [];
    let index = 0;
    for (const arg of namedChildren(argsNode)) {
      if (arg.type === 'pair') {
        const key = arg.childForFieldName('key');
        const value = arg.childForFieldName('value');
        if (key && value) args.push({ name: key.text.replace(/^:|:$/g, ''), value, node: arg });
      } else if (arg.type !== 'block_argument') args.push({ index: index++, value: arg, node: arg });
    }
    return { node, callee, calleeNode: method, args, argsNode };
  },
  assignment(node) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: '=' };
  },
  property(node) {
    const keyNode = node.childForFieldName('key');
    if (!keyNode) return undefined;
    return { key: keyNode.text.replace(/^:|:$|^['"]|['"]$/g, ''), keyNode, value: node.childForFieldName('value') };
  },
  stringLiteral(node) {
    if (node.type !== 'string' && node.type !== 'subshell' && node.type !== 'heredoc_body') return undefined;
    const interpolations = namedChildren(node).filter((c) => c.type === 'interpolation').map((c) => c.namedChild(0)).filter((c): c is Node => !!c);
    return { value: interpolations.length ? '' : namedChildren(node).map((c) => c.text).join(''), interpolations };
  },
  scalarLiteral(node) {
    return ['integer', 'float', 'true', 'false', 'nil', 'simple_symbol'].includes(node.type) ? node.text : undefined;
  },
  imports: () => new Map(),
  bindings(node): Binding[] {
    const left = node.childForFieldName('left');
    return left?.type === 'identifier' || left?.type === 'instance_variable' ? [{ name: left.text, value: node.childForFieldName('right'), node }] : [];
  },
  parameters(fn) {
    return namedChildren(fn.childForFieldName('parameters')).map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? '')).filter(Boolean);
  },
  stringParts(node) {
    if (node.type === 'binary' && ['+', '<<', '%'].includes(node.childForFieldName('operator')?.text ?? '')) {
      return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
    }
    return undefined;
  },
  unwrap(node) {
    let current = node;
    while ((current.type === 'parenthesized_statements' || current.type === 'parenthesized_expression') && current.namedChild(0)) current = current.namedChild(0)!;
    return current;
  },
};
