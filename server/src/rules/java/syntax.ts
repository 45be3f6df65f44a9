/** Small helpers over Java syntax trees shared by the java pack's module rules. */
import type { Node } from 'web-tree-sitter';
import type { CodeLanguage } from '../../languages/language';
import { candidateNames } from '../../engine/names';

const BODIES = new Set(['method_declaration', 'constructor_declaration', 'lambda_expression', 'static_initializer', 'class_body']);

/** The method, constructor, lambda or initializer around a node (the class body for field initializers). */
export function enclosingBody(node: Node): Node | undefined {
  for (let n = node.parent; n; n = n.parent) if (BODIES.has(n.type)) return n;
  return undefined;
}

/** The callee of a call or constructor call as written and as resolved through single-type imports. */
export function calleeNames(language: CodeLanguage, node: Node, imports: Map<string, string>): { written: string; names: string[] } | undefined {
  const site = language.callSite(node);
  if (!site) return undefined;
  return { written: site.callee, names: candidateNames(site.callee, imports) };
}

/** The variable a value initialises or is assigned to (`x = value`, `Type x = value`, `this.x = value`). */
export function assignedName(value: Node): string | undefined {
  const parent = value.parent;
  if (!parent) return undefined;
  if (parent.type === 'variable_declarator' && parent.childForFieldName('value')?.equals(value)) return parent.childForFieldName('name')?.text;
  if (parent.type === 'assignment_expression' && parent.childForFieldName('right')?.equals(value)) {
    const left = parent.childForFieldName('left');
    return left?.type === 'field_access' ? left.childForFieldName('field')?.text : left?.text;
  }
  return undefined;
}
