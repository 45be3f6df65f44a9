/** Go. Imported packages resolve to their import path: `exec.Command` is `os/exec.Command`. */
import type { Node } from 'web-tree-sitter';
import { type Binding, type CodeLanguage, namedChildren, normaliseCallee, unquote } from './language';
import { placesOf } from './query';

/**
 * The import declarations at the top level of `root`, in order, found from the places the word `import` is written
 * (each begins with it): a walk over the top level would hand every declaration of a large file to JavaScript.
 */
function importDeclarations(root: Node): Node[] {
  const text = root.text;
  const found: Node[] = [];
  for (const at of placesOf(text, 'import', 0, text.length)) {
    let node: Node | null = root.descendantForIndex(root.startIndex + at);
    while (node && node.parent && node.parent.id !== root.id) node = node.parent;
    if (node && node.id !== root.id && node.type === 'import_declaration' && found[found.length - 1]?.id !== node.id) found.push(node);
  }
  return found;
}

function collectImports(root: Node): Map<string, string> {
  const map = new Map<string, string>();
  const specs: Node[] = [];
  for (const declaration of importDeclarations(root)) {
    for (const child of namedChildren(declaration)) {
      if (child.type === 'import_spec') specs.push(child);
      else if (child.type === 'import_spec_list') specs.push(...namedChildren(child).filter((c) => c.type === 'import_spec'));
    }
  }
  for (const spec of specs) {
    const path = unquote(spec.childForFieldName('path')?.text ?? '');
    if (!path) continue;
    const alias = spec.childForFieldName('name')?.text;
    const local = alias && alias !== '_' && alias !== '.' ? alias : path.split('/').filter((p) => !/^v\d+$/.test(p)).pop()!;
    map.set(local, path);
  }
  return map;
}

// Calls that fill a variable passed by address from their input: `json.NewDecoder(r.Body).Decode(&req)`,
// `json.Unmarshal(body, &req)`, gin's `c.ShouldBindJSON(&req)`, fiber's `c.BodyParser(&req)`.
const DECODERS = /^(Decode|Unmarshal|ShouldBind\w*|Bind\w*|MustBind\w*|BodyParser|QueryParser|ParamsParser|ReqHeaderParser)$/;

function decodedInto(call: Node): Binding[] {
  const fn = call.childForFieldName('function');
  const method = fn?.type === 'selector_expression' ? fn.childForFieldName('field')?.text : fn?.text;
  if (!method || !DECODERS.test(method)) return [];
  return namedChildren(call.childForFieldName('arguments'))
    .filter((a) => a.type === 'unary_expression' && a.childForFieldName('operator')?.text === '&')
    .map((a) => a.childForFieldName('operand'))
    .filter((operand): operand is Node => operand?.type === 'identifier')
    .map((operand) => ({ name: operand.text, value: call, node: call }));
}

function bindings(node: Node): Binding[] {
  if (node.type === 'call_expression') return decodedInto(node);
  if (node.type === 'short_var_declaration' || node.type === 'assignment_statement') {
    const left = namedChildren(node.childForFieldName('left'));
    const right = namedChildren(node.childForFieldName('right'));
    return left.filter((l) => l.type === 'identifier' && l.text !== '_').map((l) => ({ name: l.text, value: right[Math.min(left.indexOf(l), right.length - 1)] ?? null, node }));
  }
  if (node.type === 'var_spec' || node.type === 'const_spec') {
    // `var x string` holds the zero value until an assignment (itself a binding) gives it another.
    if (!node.childForFieldName('value')) return [];
    const values = namedChildren(node.childForFieldName('value'));
    return namedChildren(node).filter((c) => c.type === 'identifier').map((c, i) => ({ name: c.text, value: values[i] ?? null, node }));
  }
  return [];
}

export const go: CodeLanguage = {
  id: 'go',
  ruleLanguage: 'go',
  grammar: 'tree-sitter-go.wasm',
  extensions: ['.go'],
  lineComment: '//',
  blockComment: ['/*', '*/'],
  kinds: {
    call: ['call_expression'],
    new: [],
    assign: ['assignment_statement'],
    property: ['keyed_element'],
    comment: ['comment'],
    string: ['interpreted_string_literal', 'raw_string_literal'],
    function: ['function_declaration', 'method_declaration', 'func_literal'],
    binding: ['short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec', 'call_expression'],
    identifier: ['identifier'],
  },
  callSite(node) {
    const calleeNode = node.childForFieldName('function');
    if (!calleeNode) return undefined;
    const argsNode = node.childForFieldName('arguments');
    const args = namedChildren(argsNode).map((value, index) => ({ index, value, node: value }));
    return { node, callee: normaliseCallee(calleeNode.text), calleeNode, args, argsNode };
  },
  calleeLast(node) {
    const callee = node.childForFieldName('function');
    if (callee?.type === 'identifier') return callee.text;
    if (callee?.type === 'selector_expression') return callee.childForFieldName('field')?.text;
    return undefined;
  },
  assignment(node) {
    const target = namedChildren(node.childForFieldName('left'))[0];
    const value = namedChildren(node.childForFieldName('right'))[0];
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: node.childForFieldName('operator')?.text ?? '=' };
  },
  property(node) {
    const keyNode = node.childForFieldName('key') ?? node.namedChild(0);
    const valueNode = node.childForFieldName('value') ?? node.namedChild(1);
    if (!keyNode) return undefined;
    const value = valueNode?.type === 'literal_element' ? valueNode.namedChild(0) : valueNode;
    return { key: keyNode.text, keyNode, value: value ?? null };
  },
  stringLiteral(node) {
    if (node.type === 'interpreted_string_literal' || node.type === 'raw_string_literal') return { value: node.text.slice(1, -1), interpolations: [] };
    return undefined;
  },
  scalarLiteral(node) {
    return ['int_literal', 'float_literal', 'true', 'false', 'nil', 'rune_literal'].includes(node.type) ? node.text : undefined;
  },
  imports: collectImports,
  bindings,
  parameters(fn) {
    const params = fn.childForFieldName('parameters');
    return namedChildren(params).flatMap((p) => namedChildren(p).filter((c) => c.type === 'identifier').map((c) => c.text));
  },
  stringParts(node) {
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
      return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
    }
    // Formatting and path joining build one string out of their arguments.
    if (node.type === 'call_expression' && /^(fmt\.Sprintf|fmt\.Sprint|strings\.Join|filepath\.Join|path\.Join)$/.test(node.childForFieldName('function')?.text ?? '')) {
      return namedChildren(node.childForFieldName('arguments'));
    }
    return undefined;
  },
  unwrap(node) {
    let current = node;
    for (;;) {
      // `[]string{"a", "b"}` is its elements and `[]byte(s)` is `s`: the type adds nothing to the value.
      const inner =
        current.type === 'parenthesized_expression' || current.type === 'literal_element' ? current.namedChild(0)
        : current.type === 'composite_literal' ? current.childForFieldName('body')
        : current.type === 'type_conversion_expression' ? current.childForFieldName('operand')
        : null;
      if (!inner) return current;
      current = inner;
    }
  },
};
