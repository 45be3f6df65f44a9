/**
 * The packages a code file imports, with the offsets of each module name: JavaScript/TypeScript `import … from`,
 * `export … from`, `import()`, `require()`; Python `import x` and `from x import y`. Relative imports, URLs,
 * path aliases and built-in modules are left out.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleContext } from '../../engine/module';
import { nodesAtText } from '../../languages/query';
import { nodeBuiltinModules, pythonStdlib } from './data';
import type { Ecosystem } from './names';

/** One imported package. */
export interface ImportedPackage {
  ecosystem: Ecosystem;
  /** The package (npm: `x` or `@scope/x`; Python: the top-level module). */
  name: string;
  /** The module path as written (`lodash/merge`, `google.cloud.storage`). */
  module: string;
  start: number;
  end: number;
  /** Inside a `try` block: an optional dependency the code can run without (`try: import ujson`). */
  optional: boolean;
}

/** Whether a node sits inside a `try` statement. */
function insideTry(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'try_statement') return true;
  return false;
}

/** The npm package of a module specifier, or undefined for relative paths, aliases, URLs and built-ins. */
export function npmPackageOf(specifier: string): string | undefined {
  if (!specifier || /^[./~#$]|^@\/|:/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i.test(name)) return undefined;
  if (nodeBuiltinModules().has(specifier) || nodeBuiltinModules().has(name)) return undefined;
  return name;
}

/** A string node's content range (inside the quotes). */
function stringContent(node: Node): { value: string; start: number; end: number } | undefined {
  if (node.type !== 'string') return undefined;
  const fragment = node.namedChildren.find((c) => c?.type === 'string_fragment');
  if (fragment) return { value: fragment.text, start: fragment.startIndex, end: fragment.endIndex };
  const text = node.text;
  if (text.length < 2) return undefined;
  return { value: text.slice(1, -1), start: node.startIndex + 1, end: node.endIndex - 1 };
}

function javascriptImports(root: Node, text: string): ImportedPackage[] {
  const out: ImportedPackage[] = [];
  const add = (node: Node | null | undefined) => {
    const s = node ? stringContent(node) : undefined;
    const name = s ? npmPackageOf(s.value) : undefined;
    if (s && name) out.push({ ecosystem: 'npm', name, module: s.value, start: s.start, end: s.start + name.length, optional: insideTry(node!) });
  };
  // `import`/`export … from` are top-level statements; `require('x')` and `import('x')` are found by their text.
  for (const node of root.namedChildren) {
    if (node?.type === 'import_statement' || node?.type === 'export_statement') add(node.childForFieldName('source'));
  }
  for (const call of nodesAtText(root, text, /\b(?:require|import)\s*\(/g, ['call_expression'])) {
    const fn = call.childForFieldName('function');
    if (fn?.text !== 'require' && fn?.type !== 'import') continue;
    const args = call.childForFieldName('arguments');
    const first = args?.namedChildren[0];
    if (args?.namedChildren.length === 1 && first) add(first);
  }
  return out;
}

function pythonImports(root: Node): ImportedPackage[] {
  const out: ImportedPackage[] = [];
  const add = (dotted: Node | null | undefined) => {
    if (!dotted || dotted.type !== 'dotted_name') return;
    const top = dotted.namedChildren[0];
    if (!top) return;
    const name = top.text;
    if (name.startsWith('_') || pythonStdlib().has(name)) return;
    out.push({ ecosystem: 'pypi', name, module: dotted.text, start: top.startIndex, end: top.endIndex, optional: insideTry(dotted) });
  };
  for (const node of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!node) continue;
    if (node.type === 'import_statement') {
      for (const child of node.namedChildren) {
        if (child?.type === 'dotted_name') add(child);
        else if (child?.type === 'aliased_import') add(child.childForFieldName('name'));
      }
    } else add(node.childForFieldName('module_name'));
  }
  return out;
}

/** Imports per analysed file: the typosquat and undeclared-import rules both ask for them. */
const cache = new WeakMap<NonNullable<ModuleContext['code']>, ImportedPackage[]>();

/** The packages the code file of a context imports, under `code.root` (none for other files). */
export function importedPackages(ctx: ModuleContext): ImportedPackage[] {
  const code = ctx.code;
  if (!code) return [];
  let found = cache.get(code);
  if (!found) {
    const ecosystem = code.language.ruleLanguage;
    found = ecosystem === 'javascript' ? javascriptImports(code.root, ctx.text) : ecosystem === 'python' ? pythonImports(code.root) : [];
    cache.set(code, found);
  }
  return found;
}
