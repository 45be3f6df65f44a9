/** Code fixes of the secrets pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { type CodeLanguage, type CodeLanguageId, namedChildren } from '../../languages/language';
import type { OffsetEdit } from '../../engine/module';
import { registerFix, registerTextFix } from '../../engine/fix';

/** How each language reads an environment variable, without new imports (Python and Go are handled below). */
const LOOKUPS: Partial<Record<CodeLanguageId, (variable: string) => string>> = {
  javascript: (v) => `process.env.${v}`,
  typescript: (v) => `process.env.${v}`,
  tsx: (v) => `process.env.${v}`,
  ruby: (v) => `ENV.fetch("${v}")`,
  php: (v) => `getenv('${v}')`,
  java: (v) => `System.getenv("${v}")`,
  csharp: (v) => `System.Environment.GetEnvironmentVariable("${v}")`,
};

/** The string concatenation operator of each language the lookups cover. */
const CONCAT: Partial<Record<CodeLanguageId, string>> = { php: '.' };

/**
 * Parents under which `a + b` needs no parentheses (argument lists, assignments, dictionary values, list items):
 * anywhere else a spliced literal is wrapped in parentheses so that `.`, `%` or `*` still apply to the whole string.
 */
const LOOSE_PARENTS = new Set([
  'argument_list', 'arguments', 'keyword_argument', 'pair', 'assignment', 'assignment_expression', 'variable_declarator',
  'list', 'tuple', 'set', 'array', 'return_statement', 'parenthesized_expression', 'expression_list', 'argument',
]);

/** Declarations whose values must be compile-time constants, where an environment lookup does not compile. */
const CONSTANT_CONTEXTS: Partial<Record<CodeLanguageId, string[]>> = {
  go: ['const_declaration'],
  java: ['annotation', 'annotation_argument_list', 'enum_body'],
  csharp: ['attribute_list', 'enum_member_declaration_list'],
  typescript: ['enum_body'],
  tsx: ['enum_body'],
};

/** The variable a fix reads: the upper-case name in the rule's fix title ("Read OPENAI_API_KEY from the environment"). */
function variableOf(title: string | undefined): string | undefined {
  return /\b[A-Z][A-Z0-9]*(?:_[A-Za-z0-9]+)+\b/.exec(title ?? '')?.[0];
}

/** The string literal (without interpolation) that covers [start, end), with its decoded value, if any. */
function literalAt(language: CodeLanguage, root: Node, start: number, end: number): { node: Node; value: string } | undefined {
  for (let node: Node | null = root.descendantForIndex(start, end); node; node = node.parent) {
    if (language.kinds.comment.includes(node.type)) return undefined;
    if (!language.kinds.string.includes(node.type)) continue;
    const literal = language.stringLiteral(node);
    return literal && literal.interpolations.length === 0 && node.startIndex <= start && end <= node.endIndex ? { node, value: literal.value } : undefined;
  }
  return undefined;
}

/** Whether a node sits where only a compile-time constant is allowed (Go `const`, C# `const`, enums, annotations). */
function inConstantContext(language: CodeLanguage, node: Node): boolean {
  const contexts = CONSTANT_CONTEXTS[language.id] ?? [];
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (contexts.includes(n.type)) return true;
    if (/^(field_declaration|local_declaration_statement)$/.test(n.type) && namedChildren(n).some((c) => c.type === 'modifier' && c.text === 'const')) return true;
  }
  return false;
}

/** The local name under which `module` is imported (`import os` → `os`), if it is. */
function importedAs(imports: Map<string, string>, module: string): string | undefined {
  for (const [local, path] of imports) if (path === module) return local;
  return undefined;
}

/** Where `import os` goes in a Python file that lacks it: before its first import other than `__future__`. */
function pythonImportSite(root: Node): number | undefined {
  for (const child of namedChildren(root)) {
    if (child.type === 'import_statement' || (child.type === 'import_from_statement' && !/^from\s+__future__\b/.test(child.text))) return child.startIndex;
  }
  return undefined;
}

/**
 * The expression that reads `variable` from the environment in the file's idiom, plus the edits it needs (`import
 * os` in a Python file without it); undefined where the language has no lookup without new imports (Go without `os`).
 */
function environmentLookup(language: CodeLanguage, root: Node, imports: Map<string, string>, variable: string): { lookup: string; edits: OffsetEdit[] } | undefined {
  const id = language.id;
  if (id === 'python') {
    const os = importedAs(imports, 'os');
    if (os) return { lookup: `${os}.environ["${variable}"]`, edits: [] };
    const site = pythonImportSite(root);
    return site === undefined ? undefined : { lookup: `os.environ["${variable}"]`, edits: [{ start: site, end: site, newText: 'import os\n' }] };
  }
  if (id === 'go') {
    const os = importedAs(imports, 'os');
    return os ? { lookup: `${os}.Getenv("${variable}")`, edits: [] } : undefined;
  }
  const build = LOOKUPS[id];
  return build ? { lookup: build(variable), edits: [] } : undefined;
}

/** The opening and closing delimiters of a plain string literal (`"`, `'`, `"""`, `` ` ``, with `r`/`u`/`f`/`@` prefixes). */
function delimiters(node: Node): { open: string; close: string } | undefined {
  const m = /^([rRuUfF@$]{0,2})("""|'''|"|'|`)/.exec(node.text);
  if (!m || node.text.length < m[0].length + m[2]!.length || !node.text.endsWith(m[2]!)) return undefined;
  return { open: m[0], close: m[2]! };
}

/**
 * `"Bearer <key>"` → `"Bearer " + <lookup>`: the key cut out of a longer literal, the text around it kept as literals
 * with the same delimiters. Only where the key is a whole word of the string (after a blank or `=`, before a blank
 * or the end): a key glued into a URL or a DSN is part of a credential the environment should hold whole.
 */
function splice(language: CodeLanguage, node: Node, text: string, start: number, end: number, lookup: string): string | undefined {
  if (node.type === 'concatenated_string') return undefined;
  const quotes = delimiters(node);
  if (!quotes) return undefined;
  const before = text.slice(node.startIndex + quotes.open.length, start);
  const after = text.slice(end, node.endIndex - quotes.close.length);
  if (!(before === '' || /[\s=]$/.test(before)) || !(after === '' || /^\s/.test(after))) return undefined;
  const op = ` ${CONCAT[language.id] ?? '+'} `;
  const parts = [...(before ? [`${quotes.open}${before}${quotes.close}`] : []), lookup, ...(after ? [`${quotes.open}${after}${quotes.close}`] : [])];
  const joined = parts.join(op);
  return LOOSE_PARENTS.has(node.parent?.type ?? '') ? joined : `(${joined})`;
}

/** Environment variables for a connection string, by URL scheme (Heroku and Docker conventions); others DATABASE_URL. */
const URL_VARIABLES: [RegExp, string][] = [
  [/^rediss?:/, 'REDIS_URL'],
  [/^amqps?:/, 'AMQP_URL'],
  [/^mongodb(\+srv)?:/, 'MONGODB_URI'],
];

/** The variable for a connection string literal: by its scheme, else `DATABASE_URL`. */
function connectionVariable(value: string): string {
  return URL_VARIABLES.find(([scheme]) => scheme.test(value))?.[1] ?? 'DATABASE_URL';
}

/** The name a literal is bound to (`SIGNING_KEY = "…"`, `signingKey: "…"`), as an environment variable name. */
function boundVariable(node: Node): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  const name =
    parent.type === 'assignment' || parent.type === 'assignment_expression' ? parent.childForFieldName('left') :
    parent.type === 'variable_declarator' ? parent.childForFieldName('name') :
    parent.type === 'keyword_argument' ? parent.childForFieldName('name') :
    parent.type === 'pair' ? parent.childForFieldName('key') : null;
  if (!name || name.id === node.id) return undefined;
  const text = name.text.replace(/^['"]|['"]$/g, '').replace(/^.*\./, '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return undefined;
  return text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Which variable a fix reads and how much of the literal it replaces. */
interface Mode {
  /** Replace the whole literal holding the secret (a connection string, a signed URL, a PEM block). */
  whole: boolean;
  /** The variable, from the literal and the rule's fix title. */
  variable: (literal: Node, value: string, title: string | undefined) => string | undefined;
}

/**
 * A key in a string literal → an environment lookup. `whole`: the literal holding the key is replaced as a whole;
 * otherwise a literal that is exactly the key is replaced, and one that holds it as a word (`"Bearer <key>"`) is
 * split around the lookup. Declines in comments, interpolated or byte strings, constant declarations, and where the
 * lookup needs an import it cannot add (Go).
 */
function fromEnvironment(mode: Mode): Parameters<typeof registerTextFix>[1] {
  return (match, { text, code }) => {
    if (!code) return undefined;
    const literal = literalAt(code.language, code.tree.rootNode, match.start, match.end);
    if (!literal || inConstantContext(code.language, literal.node) || /^[bB]/.test(literal.node.text)) return undefined;
    const variable = mode.variable(literal.node, literal.value, match.rule.fix?.title);
    const env = variable ? environmentLookup(code.language, code.tree.rootNode, code.imports, variable) : undefined;
    if (!env) return undefined;
    const newText = mode.whole || literal.value === match.value ? env.lookup : splice(code.language, literal.node, text, match.start, match.end, env.lookup);
    return newText === undefined ? undefined : [...env.edits, { start: literal.node.startIndex, end: literal.node.endIndex, newText }];
  };
}

// A key written in a string literal in code → an environment lookup in the file's idiom. The variable is the
// upper-case name in the rule's fix title, so it stays rule data. Unsafe: the program now needs the variable set
// (Python's `os.environ[…]` raises KeyError without it).
registerTextFix('secret-from-environment', fromEnvironment({ whole: false, variable: (_node, _value, title) => variableOf(title) }));

// A credential embedded in a longer string (a signed URL, a storage connection string) → the whole string read from
// the environment variable named in the fix title (`AZURE_STORAGE_CONNECTION_STRING`).
registerTextFix('secret-literal-from-environment', fromEnvironment({ whole: true, variable: (_node, _value, title) => variableOf(title) }));

// A database or broker URL with a password → the whole URL from `DATABASE_URL` (`REDIS_URL`, `AMQP_URL`,
// `MONGODB_URI` for those schemes).
registerTextFix('connection-string-from-environment', fromEnvironment({ whole: true, variable: (_node, value) => connectionVariable(value) }));

// A PEM block → the whole string from an environment variable named after what holds it (`SIGNING_KEY = "…"` reads
// `SIGNING_KEY`), else `PRIVATE_KEY`: two keys in one file must not collapse into one variable.
registerTextFix('private-key-from-environment', fromEnvironment({ whole: true, variable: (node) => boundVariable(node) ?? 'PRIVATE_KEY' }));

// `jwt.encode(payload, "secret")` / `jwt.sign(payload, "secret")` → the key read from the environment variable named
// in the fix title. Declines when the key is a name bound to a literal elsewhere (the literal is where it is defined).
registerFix('jwt-secret-from-environment', (match, { language }) => {
  const variable = variableOf(match.rule.fix?.title);
  const key = match.captures.get('value:1|key') ?? match.captures.get('value:1');
  if (!variable || !key || !language.kinds.string.includes(key.type) || language.stringLiteral(key)?.interpolations.length !== 0) return undefined;
  const root = key.tree.rootNode;
  const env = environmentLookup(language, root, language.imports(root), variable);
  return env ? [...env.edits, { start: key.startIndex, end: key.endIndex, newText: env.lookup }] : undefined;
});
