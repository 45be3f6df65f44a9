/** Java. Single-type imports resolve: `MessageDigest.getInstance` is also `java.security.MessageDigest.getInstance`. */
import type { Node } from 'web-tree-sitter';
import { type Binding, type CodeLanguage, namedChildren, normaliseCallee } from './language';

function collectImports(root: Node): Map<string, string> {
  const map = new Map<string, string>();
  for (const declaration of namedChildren(root)) {
    if (declaration.type !== 'import_declaration' || declaration.text.includes('*')) continue;
    const name = namedChildren(declaration).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
    if (name) map.set(name.text.split('.').pop()!, name.text);
  }
  return map;
}

// Parameters bound from the request by Spring MVC and JAX-RS. Such a parameter is bound to its annotation's name,
// which the flow data lists as a source, so `@RequestParam String q` is request data inside the method.
const REQUEST_ANNOTATIONS = new Set([
  'RequestParam', 'PathVariable', 'RequestHeader', 'RequestBody', 'CookieValue', 'RequestPart', 'MatrixVariable', 'ModelAttribute',
  'QueryParam', 'PathParam', 'FormParam', 'HeaderParam', 'CookieParam', 'MatrixParam', 'BeanParam',
]);

function requestParameter(node: Node): Binding[] {
  const name = node.childForFieldName('name');
  const modifiers = namedChildren(node).find((c) => c.type === 'modifiers');
  const annotation = namedChildren(modifiers).find((a) => (a.type === 'annotation' || a.type === 'marker_annotation') && REQUEST_ANNOTATIONS.has(a.childForFieldName('name')?.text.split('.').pop() ?? ''));
  const annotationName = annotation?.childForFieldName('name');
  return name && annotationName ? [{ name: name.text, value: annotationName, node }] : [];
}

function bindings(node: Node): Binding[] {
  if (node.type === 'formal_parameter') return requestParameter(node);
  if (node.type === 'variable_declarator') {
    const name = node.childForFieldName('name');
    return name ? [{ name: name.text, value: node.childForFieldName('value'), node }] : [];
  }
  if (node.type === 'assignment_expression') {
    const left = node.childForFieldName('left');
    return left?.type === 'identifier' ? [{ name: left.text, value: node.childForFieldName('right'), node }] : [];
  }
  return [];
}

export const java: CodeLanguage = {
  id: 'java',
  ruleLanguage: 'java',
  grammar: 'tree-sitter-java.wasm',
  extensions: ['.java'],
  lineComment: '//',
  blockComment: ['/*', '*/'],
  kinds: {
    call: ['method_invocation'],
    new: ['object_creation_expression'],
    assign: ['assignment_expression'],
    property: [],
    comment: ['line_comment', 'block_comment'],
    string: ['string_literal', 'text_block'],
    function: ['method_declaration', 'constructor_declaration', 'lambda_expression'],
    binding: ['variable_declarator', 'assignment_expression', 'formal_parameter'],
    identifier: ['identifier'],
  },
  callSite(node) {
    const argsNode = node.childForFieldName('arguments');
    const args = namedChildren(argsNode).map((value, index) => ({ index, value, node: value }));
    if (node.type === 'object_creation_expression') {
      const type = node.childForFieldName('type');
      return type ? { node, callee: normaliseCallee(type.text), calleeNode: type, args, argsNode } : undefined;
    }
    const name = node.childForFieldName('name');
    if (!name) return undefined;
    const object = node.childForFieldName('object');
    const callee = object ? `${normaliseCallee(object.text)}.${name.text}` : name.text;
    return { node, callee, calleeNode: name, args, argsNode };
  },
  assignment(node) {
    const target = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (!target || !value) return undefined;
    return { target, targetText: normaliseCallee(target.text), value, operator: node.childForFieldName('operator')?.text ?? '=' };
  },
  property: () => undefined,
  stringLiteral(node) {
    if (node.type === 'string_literal') return { value: node.text.slice(1, -1), interpolations: [] };
    if (node.type === 'text_block') return { value: node.text.slice(3, -3), interpolations: [] };
    return undefined;
  },
  scalarLiteral(node) {
    return /_literal$|^true$|^false$|^null_literal$/.test(node.type) && node.type !== 'string_literal' ? node.text : undefined;
  },
  imports: collectImports,
  bindings,
  parameters(fn) {
    return namedChildren(fn.childForFieldName('parameters')).map((p) => p.childForFieldName('name')?.text ?? '').filter(Boolean);
  },
  stringParts(node) {
    if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
      return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
    }
    // `sb.append(a).append(b).toString()`: a builder's text is the parts appended to it.
    if (node.type === 'method_invocation' && /^(String\.format|String\.join|.*\.formatted|.*\.concat|.*\.append|.*\.toString)$/.test(java.callSite(node)?.callee ?? '')) {
      return [node.childForFieldName('object'), ...namedChildren(node.childForFieldName('arguments'))].filter((n): n is Node => !!n && n.text !== 'String');
    }
    return undefined;
  },
  unwrap(node) {
    let current = node;
    while ((current.type === 'parenthesized_expression' || current.type === 'cast_expression') && current.namedChild(current.namedChildCount - 1)) {
      current = current.namedChild(current.namedChildCount - 1)!;
    }
    return current;
  },
};
