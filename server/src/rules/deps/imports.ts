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
  // `import`/`export … from` are top-level statements (the root itself when an edit's region is one of them);
  // `require('x')` and `import('x')` are found by their text.
  for (const node of [root, ...root.namedChildren]) {
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

/** White space and comments between two JavaScript tokens (each comment read one way only, or a run of them backtracks without end). */
const JS_GAP = String.raw`(?:\s|/\*(?:[^*]|\*(?!/))*\*/|//[^\n]*(?![^\n]))*`;

/** A string after `from`, `import` or `require` (and perhaps a `(`): every specifier {@link javascriptImports} reads. */
const JS_SPECIFIER = new RegExp(String.raw`\b(?:from|import|require)${JS_GAP}(?:\(${JS_GAP})?(?:'((?:[^'\\\n]|\\[\s\S])*)'|"((?:[^"\\\n]|\\[\s\S])*)")`, 'g');

/** An escape in a JavaScript string: the parser splits the string's text around it. */
const JS_ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|[0-7]{1,3}|\r?\n|[\s\S])/;

/** Python white space between tokens of one statement, line continuations included. */
const PY_GAP = String.raw`(?:[ \t\f]|\\\r?\n)+`;

/**
 * `from <module> import`, or `import` and what follows it up to the end of the statement (a line ending in `,`, `(`
 * or `\` goes on): every module {@link pythonImports} reads is the first name of one of these.
 */
const PY_IMPORT = new RegExp(String.raw`\bfrom${PY_GAP}([^\s\\#;()]+)${PY_GAP}import\b|\bimport\b((?:[^\n#;]|(?<=[,(\\][ \t]*\r?)\n)*)`, 'g');

/**
 * The names of the packages a file may import, from its text alone: every package {@link importedPackages} finds
 * is among them (and some strings or names that only look like imports), so the import rules can skip files
 * without parsing them.
 */
export function importCandidates(text: string, ecosystem: Ecosystem): string[] {
  const out = new Set<string>();
  if (ecosystem === 'npm') {
    for (const m of text.matchAll(JS_SPECIFIER)) {
      const content = m[1] ?? m[2] ?? '';
      for (const specifier of [content, ...content.split(JS_ESCAPE)]) {
        const name = npmPackageOf(specifier);
        if (name) out.add(name);
      }
    }
    return [...out];
  }
  const add = (module: string | undefined) => {
    const top = /^[^\s.,()\\#;]+/.exec(module ?? '')?.[0];
    if (top && !top.startsWith('_') && !pythonStdlib().has(top)) out.add(top);
  };
  for (const m of text.matchAll(PY_IMPORT)) {
    if (m[1] !== undefined) add(m[1]);
    else for (const part of m[2]!.split(',')) add(part.replace(/^(?:[\s(]|\\\r?\n)+/, ''));
  }
  return [...out];
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
