/** Python. */
import type { Node } from 'web-tree-sitter';
import { type Argument, type Binding, type CodeLanguage, namedChildren, normaliseCallee, unquote } from './language';

function unwrap(node: Node): Node {
  let current = node;
  while ((current.type === 'parenthesized_expression' || current.type === 'await') && current.namedChild(0)) current = current.namedChild(0)!;
  return current;
}

function collectImports(root: Node): Map<string, string> {
  const map = new Map<string, string>();
  // `try: from secrets import randbits` / `except ImportError: from random import getrandbits as randbits`: the
  // fallback in an `except` (or `else`) branch does not replace the name the preferred import already bound.
  const visit = (statement: Node, fallback: boolean) => {
    const bind = (name: string, module: string) => {
      if (!fallback || !map.has(name)) map.set(name, module);
    };
    if (statement.type === 'import_statement') {
      for (const name of namedChildren(statement)) {
        if (name.type === 'dotted_name') bind(name.text.split('.')[0]!, name.text.split('.')[0]!);
        else if (name.type === 'aliased_import') {
          const alias = name.childForFieldName('alias')?.text;
          const module = name.childForFieldName('name')?.text;
          if (alias && module) bind(alias, module);
        }
      }
    } else if (statement.type === 'import_from_statement') {
      const module = statement.childForFieldName('module_name')?.text;
      if (!module) return;
      for (const name of namedChildren(statement).slice(1)) {
        if (name.type === 'dotted_name') bind(name.text, `${module}.${name.text}`);
        else if (name.type === 'aliased_import') {
          const alias = name.childForFieldName('alias')?.text;
          const imported = name.childForFieldName('name')?.text;
          if (alias && imported) bind(alias, `${module}.${imported}`);
        }
      }
    } else if (['if_statement', 'try_statement', 'block', 'finally_clause'].includes(statement.type)) {
      namedChildren(statement).forEach((child) => visit(child, fallback));
    } else if (['else_clause', 'elif_clause', 'except_clause'].includes(statement.type)) {
      namedChildren(statement).forEach((child) => visit(child, true));
    }
  };
  namedChildren(root).forEach((statement) => visit(statement, false));
  return map;
}

function targetNames(target: Node): string[] {
  if (target.type === 'identifier') return [target.text];
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'expression_list'].includes(target.type)) return namedChildren(target).flatMap(targetNames);
  return [];
}

function bindings(node: Node): Binding[] {
  if (node.type === 'assignment' || node.type === 'augmented_assignment') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left) return [];
    return targetNames(left).map((name) => ({ name, value: right, node }));
  }
  if (node.type === 'named_expression') {
    const name = node.childForFieldName('name');
    return name ? [{ name: name.text, value: node.childForFieldName('value'), node }] : [];
  }
  if (node.type === 'with_item') {
    const value = node.childForFieldName('value');
    if (value?.type === 'as_pattern') {
      const alias = value.childForFieldName('alias');
      const source = value.namedChild(0);
      return alias ? targetNames(alias.namedChild(0) ?? alias).map((name) => ({ name, value: source, node })) : [];
    }
  }
  if (node.type === 'for_statement') {
    const left = node.childForFieldName('left');
    // The loop variable is bound by the `left` node, so uses inside the body still see this binding.
    return left ? targetNames(left).map((name) => ({ name, value: node.childForFieldName('right'), node: left })) : [];
  }
  return [];
}

export const python: CodeLanguage = {
  id: 'python',
  ruleLanguage: 'python',
  grammar: 'tree-sitter-python.wasm',
  extensions: ['.py', '.pyw', '.pyi'],
  lineComment: '#',
  kinds: {
    call: ['call'],
    new: [],
    assign: ['assignment', 'augmented_assignment'],
    property: ['pair', 'keyword_argument'],
    comment: ['comment'],
    string: ['string', 'concatenated_string'],
    function: ['function_definition', 'lambda'],
    binding: ['assignment', 'augmented_assignment', 'named_expression', 'with_item', 'for_statement'],
    identifier: ['identifier'],
  },
  callSite(node) {
    const calleeNode = node.childForFieldName('function');
    if (!calleeNode) return undefined;
    const argsNode = node.childForFieldName('arguments');
    const args: Argument[] = [];
    let index = 0;
    for (const child of namedChildren(argsNode)) {
      if (child.type === 'keyword_argument') {
        const value = child.childForFieldName('value');
        const name = child.childForFieldName('name')?.text;
        if (value && name) args.push({ name, value, node: child });
      } else if (child.type !== 'dictionary_splat' && child.type !== 'list_splat') {
        args.push({ index: index++, value: child, node: child });
      } else index++;
    }
    return { node, callee: normaliseCallee(calleeNode.text), calleeNode, args, argsNode: argsNode?.type === 'argument_list' ? argsNode : null };
  },
  calleeLast(node) {
    const callee = node.childForFieldName('function');
    if (callee?.type === 'identifier') return callee.text;
    if (callee?.type === 'attribute') return callee.childForFieldName('attribute')?.text;
    return undefined;
  },
  assignment(node) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: node.childForFieldName('operator')?.text ?? '=' };
  },
  property(node) {
    const keyNode = node.childForFieldName(node.type === 'keyword_argument' ? 'name' : 'key');
    if (!keyNode) return undefined;
    return { key: unquote(keyNode.text), keyNode, value: node.childForFieldName('value') };
  },
  stringLiteral(node) {
    if (node.type === 'concatenated_string') {
      const parts = namedChildren(node).map((n) => python.stringLiteral(n));
      if (parts.some((p) => !p)) return undefined;
      return { value: parts.map((p) => p!.value).join(''), interpolations: parts.flatMap((p) => p!.interpolations) };
    }
    if (node.type !== 'string') return undefined;
    const interpolations = namedChildren(node).filter((c) => c.type === 'interpolation').map((c) => c.childForFieldName('expression') ?? c.namedChild(0)).filter((c): c is Node => !!c);
    const content = namedChildren(node).filter((c) => c.type === 'string_content').map((c) => c.text).join('');
    return { value: interpolations.length ? '' : content, interpolations };
  },
  scalarLiteral(node) {
    return ['integer', 'float', 'true', 'false', 'none'].includes(node.type) ? node.text : undefined;
  },
  imports: collectImports,
  bindings,
  parameters(fn) {
    const params = fn.childForFieldName('parameters');
    return namedChildren(params).map((p) => (p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? p.namedChild(0)?.text ?? '')).filter(Boolean);
  },
  stringParts(node) {
    if (node.type === 'binary_operator' && ['+', '%'].includes(node.childForFieldName('operator')?.text ?? '')) {
      const right = node.childForFieldName('right');
      const rightParts = right?.type === 'tuple' || right?.type === 'dictionary' ? namedChildren(right).map((c) => c.childForFieldName('value') ?? c) : [right];
      return [node.childForFieldName('left'), ...rightParts].filter((n): n is Node => !!n);
    }
    if (node.type === 'call') {
      const fn = node.childForFieldName('function');
      if (fn?.type === 'attribute' && ['format', 'join', 'replace', 'format_map'].includes(fn.childForFieldName('attribute')?.text ?? '')) {
        const values = namedChildren(node.childForFieldName('arguments')).map((a) => (a.type === 'keyword_argument' ? a.childForFieldName('value') : a));
        return [fn.childForFieldName('object'), ...values].filter((n): n is Node => !!n);
      }
    }
    return undefined;
  },
  unwrap,
};
