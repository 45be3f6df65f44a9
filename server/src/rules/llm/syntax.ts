/**
 * Small syntax helpers shared by the llm pack's module rules: resolving a call's name through the file's imports,
 * following a variable to the values assigned to it earlier in the same function, and searching an expression
 * (with the variables it names) for calls or nodes of interest.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { CallSite, CodeLanguage } from '../../languages/language';
import { candidateNames } from '../../engine/names';
import { descendantsOf, lineage, nodesAroundWord } from '../../languages/query';

/** The parts of a module rule's code context these helpers use. */
export interface Code {
  language: CodeLanguage;
  imports: Map<string, string>;
}

/** A call or constructor call with its names as written and as resolved through imports. */
export interface ResolvedCall {
  site: CallSite;
  names: string[];
}

/** The call at `node` with its candidate names, or undefined when `node` is not a call. */
export function resolveCall(node: Node, code: Code): ResolvedCall | undefined {
  if (!code.language.kinds.call.includes(node.type) && !code.language.kinds.new.includes(node.type)) return undefined;
  const site = code.language.callSite(node);
  if (!site) return undefined;
  return { site, names: candidateNames(site.callee, code.imports) };
}

/** Every call and constructor call in the tree, in source order. */
export function allCalls(root: Node, code: Code): Node[] {
  return descendantsOf(root, [...code.language.kinds.call, ...code.language.kinds.new]);
}

/** The nearest enclosing function of `node`, or the root. */
export function scopeOf(node: Node, code: Code): Node {
  let last = node;
  for (let n: Node | null = lineage(node).parent; n; n = lineage(n).parent) {
    if (code.language.kinds.function.includes(lineage(n).type)) return n;
    last = n;
  }
  return last;
}

/** One binding of a scope: where it is written and the value. */
interface ScopeBinding {
  start: number;
  end: number;
  value: Node;
}

/**
 * The bindings of a name in each scope, nested functions included, looked up once per syntax tree (every rule of an
 * analysis, and every part of an edited region, share them), from the places the name is written: walking a large
 * module's every node for each lookup made them the slowest part of an analysis.
 */
const scopeBindings = new WeakMap<Tree, { text: string; byScope: Map<string, ScopeBinding[]>; binding: ReadonlySet<string> }>();
const NOTHING: ReadonlySet<string> = new Set();

function bindingsOf(scope: Node, name: string, code: Code): ScopeBinding[] {
  let cache = scopeBindings.get(scope.tree);
  if (!cache) {
    // The root node starts at the first token: what comes before it is kept as spaces, so offsets stay the file's.
    const root = scope.tree.rootNode;
    scopeBindings.set(scope.tree, (cache = { text: ' '.repeat(root.startIndex) + root.text, byScope: new Map(), binding: new Set(code.language.kinds.binding) }));
  }
  const key = `${scope.id}:${name}`;
  let list = cache.byScope.get(key);
  if (!list) {
    list = [];
    // Assignments inside nested functions count (a callback that sets a variable of the code around it).
    for (const binding of nodesAroundWord(scope, cache.text, name.length > 1 ? name.replace(/^\$/, '') : name, cache.binding, NOTHING)) {
      for (const b of code.language.bindings(binding)) if (b.value && b.name === name) list.push({ start: binding.startIndex, end: binding.endIndex, value: b.value });
    }
    cache.byScope.set(key, list);
  }
  return list;
}

/** Values assigned to `name` in the scope of `use` (or an enclosing one) before `use`. */
export function assignedValues(name: string, use: Node, code: Code): Node[] {
  const values: Node[] = [];
  for (let scope: Node | null = scopeOf(use, code); scope; scope = scope.parent ? scopeOf(scope.parent, code) : null) {
    for (const b of bindingsOf(scope, name, code)) {
      if (b.start >= use.startIndex) continue;
      if (b.start <= use.startIndex && use.endIndex <= b.end) continue;
      values.push(b.value);
    }
    // A parameter of the function hides the names of the scopes around it.
    if (values.length || !scope.parent || (code.language.kinds.function.includes(scope.type) && code.language.parameters(scope).includes(name))) break;
  }
  return values;
}

/**
 * Fields whose identifier names a member, a method, a keyword argument or a declaration, not a variable in scope:
 * `name` in Python's `fp.name` or `f(name=x)`, Java's `obj.field`, Ruby's `fp.read`.
 */
const NAME_FIELDS = new Set(['attribute', 'property', 'field', 'method', 'name']);

/**
 * Whether `test` holds for `node`, a node inside it, or (up to `depth` variables deep) the value of a variable it
 * names. Returns the node that satisfied the test. (`named`: `node` sits in one of the {@link NAME_FIELDS} of its
 * parent, so it is tested but not followed as a variable.)
 */
export function findWithin(node: Node, code: Code, test: (n: Node) => boolean, depth = 3, seen = new Set<number>(), named = false): Node | undefined {
  if (seen.has(node.id)) return undefined;
  seen.add(node.id);
  if (test(node)) return node;
  if (depth > 0 && !named && isVariable(node, code)) {
    for (const value of assignedValues(variableName(node, code), node, code)) {
      const found = findWithin(value, code, test, depth - 1, seen);
      if (found) return found;
    }
  }
  if (code.language.kinds.function.includes(node.type)) return undefined;
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (!child || child.type.includes('comment')) continue;
    // (Asked only of a variable-like child: a field name costs a call into the parser.)
    const found = findWithin(child, code, test, depth, seen, isVariable(child, code) && NAME_FIELDS.has(node.fieldNameForNamedChild(i) ?? ''));
    if (found) return found;
  }
  return undefined;
}

function isVariable(node: Node, code: Code): boolean {
  return code.language.kinds.identifier.includes(node.type) || (code.language.id === 'php' && node.type === 'variable_name');
}

/** The name a variable node is bound under (PHP and shell names keep their `$`). */
function variableName(node: Node, code: Code): string {
  if (code.language.id === 'bash' && node.type === 'simple_expansion') return node.text;
  if (code.language.id === 'bash' && node.type === 'expansion') return `$${node.text.replace(/^\$\{|\}$/g, '')}`;
  return node.text;
}

/** The string content of a literal without interpolation, or undefined. */
export function constantString(node: Node, code: Code): string | undefined {
  const literal = code.language.stringLiteral(code.language.unwrap(node));
  return literal && literal.interpolations.length === 0 ? literal.value : undefined;
}
