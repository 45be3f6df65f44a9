/** JavaScript, TypeScript, JSX and TSX: one adapter, three grammars. */
import type { Node } from 'web-tree-sitter';
import { type Binding, type CodeLanguage, type CodeLanguageId, namedChildren, normaliseCallee, unquote } from './language';

const WRAPPERS = new Set(['parenthesized_expression', 'await_expression', 'as_expression', 'non_null_expression', 'satisfies_expression', 'type_assertion']);

/** Names fixed when the module loads: a path built from them is not attacker-controlled. */
const MODULE_CONSTANTS = new Set(['__dirname', '__filename']);

/** Calls whose result is made only from their arguments (`path.join(__dirname, 'public')`, `Buffer.from('…')`). */
const PART_BUILDERS = /^(path\.(join|resolve|normalize)|(path\.)?posix\.(join|resolve)|Buffer\.(from|alloc))$/;

function unwrap(node: Node): Node {
  let current = node;
  while (WRAPPERS.has(current.type)) {
    const inner = current.type === 'type_assertion' ? current.namedChild(1) : current.namedChild(0);
    if (!inner) break;
    current = inner;
  }
  return current;
}

function moduleName(text: string): string {
  return unquote(text).replace(/^node:/, '');
}

/** `require('x')` → 'x'. */
function requiredModule(node: Node | null): string | undefined {
  if (!node) return undefined;
  const value = unwrap(node);
  if (value.type !== 'call_expression' || value.childForFieldName('function')?.text !== 'require') return undefined;
  const arg = namedChildren(value.childForFieldName('arguments'))[0];
  return arg?.type === 'string' ? moduleName(arg.text) : undefined;
}

function collectImports(root: Node): Map<string, string> {
  const map = new Map<string, string>();
  for (const statement of namedChildren(root)) {
    if (statement.type === 'import_statement') {
      const source = statement.childForFieldName('source');
      if (!source) continue;
      const module = moduleName(source.text);
      const clause = namedChildren(statement).find((c) => c.type === 'import_clause');
      for (const part of namedChildren(clause)) {
        if (part.type === 'identifier') map.set(part.text, module);
        else if (part.type === 'namespace_import') {
          const id = namedChildren(part).find((c) => c.type === 'identifier');
          if (id) map.set(id.text, module);
        } else if (part.type === 'named_imports') {
          for (const spec of namedChildren(part)) {
            const name = spec.childForFieldName('name')?.text;
            const alias = spec.childForFieldName('alias')?.text ?? name;
            if (name && alias) map.set(alias, name === 'default' ? module : `${module}.${name}`);
          }
        }
      }
    } else if (statement.type === 'lexical_declaration' || statement.type === 'variable_declaration') {
      for (const declarator of namedChildren(statement)) {
        if (declarator.type !== 'variable_declarator') continue;
        const valueNode = declarator.childForFieldName('value');
        let module = requiredModule(valueNode);
        // require('x').member
        if (!module && valueNode?.type === 'member_expression') {
          const inner = requiredModule(valueNode.childForFieldName('object'));
          if (inner) module = `${inner}.${valueNode.childForFieldName('property')?.text}`;
        }
        if (!module) continue;
        const name = declarator.childForFieldName('name');
        if (name?.type === 'identifier') map.set(name.text, module);
        else if (name?.type === 'object_pattern') {
          for (const p of namedChildren(name)) {
            if (p.type === 'shorthand_property_identifier_pattern') map.set(p.text, `${module}.${p.text}`);
            else if (p.type === 'pair_pattern') {
              const key = p.childForFieldName('key')?.text;
              const value = p.childForFieldName('value');
              if (key && value?.type === 'identifier') map.set(value.text, `${module}.${unquote(key)}`);
            }
          }
        }
      }
    }
  }
  return map;
}

function bindings(node: Node): Binding[] {
  if (node.type === 'variable_declarator') {
    const name = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    if (name?.type === 'identifier') return [{ name: name.text, value, node }];
    if (name?.type === 'object_pattern' || name?.type === 'array_pattern') {
      // Destructuring: each name takes (a part of) the value; flow treats it as the whole value.
      const out: Binding[] = [];
      const visit = (n: Node) => {
        if (n.type === 'identifier' || n.type === 'shorthand_property_identifier_pattern') out.push({ name: n.text, value, node });
        else if (n.type === 'pair_pattern') { const v = n.childForFieldName('value'); if (v) visit(v); }
        // `{ a = 1 }`, `[a = 1]`: the default value binds nothing.
        else if (n.type === 'assignment_pattern' || n.type === 'object_assignment_pattern') { const l = n.childForFieldName('left'); if (l) visit(l); }
        else namedChildren(n).forEach(visit);
      };
      visit(name);
      return out;
    }
    return [];
  }
  if (node.type === 'assignment_expression' || node.type === 'augmented_assignment_expression') {
    const left = node.childForFieldName('left');
    if (left?.type === 'identifier') return [{ name: left.text, value: node.childForFieldName('right'), node }];
  }
  return [];
}

function parameters(fn: Node): string[] {
  const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  if (!params) return [];
  if (params.type === 'identifier') return [params.text];
  const names: string[] = [];
  for (const p of namedChildren(params)) {
    const pattern = p.childForFieldName('pattern') ?? p;
    if (pattern.type === 'identifier') names.push(pattern.text);
    else if (pattern.type === 'object_pattern') {
      for (const q of namedChildren(pattern)) if (q.type === 'shorthand_property_identifier_pattern') names.push(q.text);
    }
  }
  return names;
}

function makeJavaScript(id: CodeLanguageId, grammar: string, extensions: string[]): CodeLanguage {
  return {
    id,
    ruleLanguage: 'javascript',
    grammar,
    extensions,
    lineComment: '//',
    blockComment: ['/*', '*/'],
    kinds: {
      call: ['call_expression'],
      new: ['new_expression'],
      assign: ['assignment_expression', 'augmented_assignment_expression'],
      property: id === 'typescript' ? ['pair'] : ['pair', 'jsx_attribute'],
      comment: ['comment', 'html_comment'],
      string: ['string', 'template_string'],
      function: ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function'],
      binding: ['variable_declarator', 'assignment_expression', 'augmented_assignment_expression'],
      identifier: ['identifier', 'shorthand_property_identifier'],
    },
    callSite(node) {
      const calleeNode = node.childForFieldName(node.type === 'new_expression' ? 'constructor' : 'function');
      if (!calleeNode) return undefined;
      const argsNode = node.childForFieldName('arguments');
      // Tagged templates (sql`…`) are calls whose "argument" is the template: the tag sees the parts separately.
      if (argsNode?.type === 'template_string') return { node, callee: normaliseCallee(calleeNode.text), calleeNode, args: [], argsNode: null };
      const args = namedChildren(argsNode).map((value, index) => ({ index, value, node: value }));
      return { node, callee: normaliseCallee(calleeNode.text), calleeNode, args, argsNode };
    },
    calleeLast(node) {
      const callee = node.childForFieldName(node.type === 'new_expression' ? 'constructor' : 'function');
      if (callee?.type === 'identifier') return callee.text;
      if (callee?.type === 'member_expression') {
        const property = callee.childForFieldName('property');
        return property?.type === 'property_identifier' ? property.text : undefined;
      }
      return undefined;
    },
    assignment(node) {
      const target = node.childForFieldName('left');
      const value = node.childForFieldName('right');
      if (!target || !value) return undefined;
      const operator = node.childForFieldName('operator')?.text ?? '=';
      return { target, targetText: normaliseCallee(target.text), value, operator };
    },
    property(node) {
      if (node.type === 'jsx_attribute') {
        const keyNode = node.namedChild(0);
        if (!keyNode) return undefined;
        let value = node.namedChild(1);
        if (value?.type === 'jsx_expression') value = value.namedChild(0);
        return { key: keyNode.text, keyNode, value };
      }
      const keyNode = node.childForFieldName('key');
      if (!keyNode) return undefined;
      return { key: unquote(keyNode.text), keyNode, value: node.childForFieldName('value') };
    },
    stringLiteral(node) {
      if (node.type === 'string') return { value: unquote(node.text), interpolations: [] };
      if (node.type === 'template_string') {
        const subs = namedChildren(node).filter((c) => c.type === 'template_substitution').map((c) => c.namedChild(0)).filter((c): c is Node => !!c);
        return { value: subs.length ? '' : node.text.slice(1, -1), interpolations: subs };
      }
      return undefined;
    },
    scalarLiteral(node) {
      if (node.type === 'identifier' && MODULE_CONSTANTS.has(node.text)) return node.text;
      // The key of `{ active: true }` is a name, not a variable: the object is as constant as its values.
      if (node.type === 'property_identifier' && node.parent?.type === 'pair' && node.parent.childForFieldName('key')?.id === node.id) return node.text;
      return ['number', 'true', 'false', 'null', 'undefined', 'regex'].includes(node.type) ? node.text : undefined;
    },
    imports: collectImports,
    bindings,
    parameters,
    stringParts(node) {
      if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
        return [node.childForFieldName('left'), node.childForFieldName('right')].filter((n): n is Node => !!n);
      }
      if (node.type === 'call_expression') {
        const fn = node.childForFieldName('function');
        // Paths and buffers made only from their arguments: constant parts give a constant, data parts carry taint.
        if (fn && PART_BUILDERS.test(normaliseCallee(fn.text))) return namedChildren(node.childForFieldName('arguments'));
        if (fn?.type === 'member_expression' && ['concat', 'join', 'replace', 'format'].includes(fn.childForFieldName('property')?.text ?? '')) {
          return [fn.childForFieldName('object'), ...namedChildren(node.childForFieldName('arguments'))].filter((n): n is Node => !!n);
        }
        if (fn && /^(util\.)?format$/.test(fn.text)) return namedChildren(node.childForFieldName('arguments'));
      }
      return undefined;
    },
    unwrap,
  };
}

export const javascript = makeJavaScript('javascript', 'tree-sitter-javascript.wasm', ['.js', '.mjs', '.cjs', '.jsx']);
export const typescript = makeJavaScript('typescript', 'tree-sitter-typescript.wasm', ['.ts', '.mts', '.cts']);
export const tsx = makeJavaScript('tsx', 'tree-sitter-tsx.wasm', ['.tsx']);
