/** Code fixes of the python pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { appendArgument, registerFix, removeArgument } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';
import type { Argument, CallSite } from '../../languages/language';
import { python } from '../../languages/python';
import { builtValues, parameterise, parseBuilt, pyString, shellWords, type QueryStyle, type Slot } from './built-strings';

const collectImports = (root: Node): Map<string, string> => python.imports(root);

// Python `subprocess.*(cmd_string, shell=True)` → `subprocess.*(shlex.split(cmd_string))` when the command is a
// constant string: same program, no shell to reinterpret it.
registerFix('python-shell-true-to-list', (match, { text }) => {
  const call = match.call;
  const shellArg = call?.args.find((a) => a.name === 'shell');
  const command = call?.args.find((a) => a.index === 0);
  if (!call || !shellArg || !command) return undefined;
  const literal = /^(['"])([^'"\\$`|;&<>()*?[\]~{}]*)\1$/.exec(command.value.text);
  if (!literal) return undefined;
  const words = literal[2]!.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  let start = shellArg.node.startIndex;
  const before = /,\s*$/.exec(text.slice(0, start));
  if (before) start -= before[0].length;
  return [
    { start: command.value.startIndex, end: command.value.endIndex, newText: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` },
    { start, end: shellArg.node.endIndex, newText: '' },
  ];
});

// `yaml.load(s, Loader=…)`, `yaml.unsafe_load(s)`, `yaml.full_load(s)` → `yaml.safe_load(s)`; skipped for a bare
// `load` imported by name (safe_load would be undefined there).
registerFix('python-yaml-safe-load', (match, { text }) => {
  const call = match.call;
  if (!call || !call.callee.includes('.')) return undefined;
  const callee = call.calleeNode;
  const attribute = callee.childForFieldName('attribute');
  if (!attribute) return undefined;
  const edits = [{ start: attribute.startIndex, end: attribute.endIndex, newText: attribute.text.endsWith('load_all') ? 'safe_load_all' : 'safe_load' }];
  const loader = call.args.find((a) => a.name === 'Loader') ?? call.args.find((a) => a.index === 1);
  if (loader) {
    let start = loader.node.startIndex;
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
    edits.push({ start, end: loader.node.endIndex, newText: '' });
  }
  return edits;
});

// `torch.load(f)` → `torch.load(f, weights_only=True)`; an explicit `weights_only=False` becomes `True`.
registerFix('python-torch-weights-only', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode) return undefined;
  const existing = call.args.find((a) => a.name === 'weights_only');
  if (existing) return [{ start: existing.value.startIndex, end: existing.value.endIndex, newText: 'True' }];
  const close = call.argsNode.endIndex - 1;
  const inner = text.slice(call.argsNode.startIndex + 1, close);
  const trimmed = inner.replace(/\s*$/, '');
  const at = call.argsNode.startIndex + 1 + trimmed.length;
  if (trimmed === '') return [{ start: at, end: at, newText: 'weights_only=True' }];
  return [{ start: at, end: at, newText: trimmed.endsWith(',') ? ' weights_only=True' : ', weights_only=True' }];
});

// `verify=False` (and `ssl=False`, `verify_ssl=False`) → removed, so the client's verifying default applies;
// `session.verify = False` → `session.verify = True`.
registerFix('python-restore-tls-verification', (match, { text }) => {
  const node = match.node;
  if (node.type === 'keyword_argument') {
    let start = node.startIndex;
    let end = node.endIndex;
    const after = /^\s*,[ \t]*/.exec(text.slice(end));
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
    else if (after) end += after[0].length;
    return [{ start, end, newText: '' }];
  }
  const value = match.captures.get('value');
  if (node.type === 'pair' || !value) return undefined;
  return [{ start: value.startIndex, end: value.endIndex, newText: 'True' }];
});

// `response.set_cookie(name, value)` → adds `secure=True` and `httponly=True` where they are missing and turns
// explicit `False` values into `True`.
registerFix('python-secure-cookie', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode) return undefined;
  const edits: { start: number; end: number; newText: string }[] = [];
  const missing: string[] = [];
  for (const flag of ['secure', 'httponly']) {
    const arg = call.args.find((a) => a.name === flag);
    if (!arg) missing.push(`${flag}=True`);
    else if (arg.value.text !== 'True') edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, newText: 'True' });
  }
  if (missing.length) {
    const inner = text.slice(call.argsNode.startIndex + 1, call.argsNode.endIndex - 1);
    if (call.args.length !== namedArgCount(call.argsNode)) return undefined; // `**kwargs` may already set them
    const trimmed = inner.replace(/\s*$/, '');
    const at = call.argsNode.startIndex + 1 + trimmed.length;
    edits.push({ start: at, end: at, newText: `${trimmed.endsWith(',') ? ' ' : ', '}${missing.join(', ')}` });
  }
  return edits.length ? edits : undefined;
});

/** Arguments in an argument list, counting `*args`/`**kwargs` (which `CallSite.args` leaves out). */
function namedArgCount(argsNode: import('web-tree-sitter').Node): number {
  let count = 0;
  for (let i = 0; i < argsNode.namedChildCount; i++) if (!argsNode.namedChild(i)?.type.includes('comment')) count++;
  return count;
}

// `paramiko.AutoAddPolicy()` → `paramiko.RejectPolicy()`; skipped for a class imported by name (RejectPolicy
// would not be defined there).
registerFix('python-paramiko-reject-policy', (match) => {
  const callee = match.call?.calleeNode;
  const attribute = callee?.type === 'attribute' ? callee.childForFieldName('attribute') : null;
  if (!attribute) return undefined;
  return [{ start: attribute.startIndex, end: attribute.endIndex, newText: 'RejectPolicy' }];
});

// lxml `XMLParser(resolve_entities=True)` → `False`, `no_network=False` → `True`.
registerFix('python-lxml-no-entities', (match) => {
  const edits: { start: number; end: number; newText: string }[] = [];
  for (const arg of match.call?.args ?? []) {
    if (arg.name === 'resolve_entities' && arg.value.text === 'True') edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, newText: 'False' });
    if (arg.name === 'no_network' && arg.value.text === 'False') edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, newText: 'True' });
  }
  return edits.length ? edits : undefined;
});

// A secret key written into the code → `os.environ["<NAME>"]`, named after the setting (`app.secret_key` →
// `SECRET_KEY`). Unsafe: the program now needs the variable set, and the key that was in the code is still in the
// history, so it must be revoked. A key already read from the environment with a constant default is left alone.
registerFix('python-secret-key-from-environment', (match, { text }) => {
  if (match.call) return undefined;
  const value = match.captures.get('value');
  const name = (match.captures.get('key') ?? match.captures.get('target'))?.text.replace(/^['"]|['"]$/g, '').split('.').pop()?.toUpperCase();
  if (!value || !name || !/^[A-Z_][A-Z0-9_]*$/.test(name)) return undefined;
  const edits = [{ start: value.startIndex, end: value.endIndex, newText: `os.environ["${name}"]` }];
  if (!/^import os\s*$|^import os,|^import .*, ?os\b/m.test(text)) {
    // An import above `from __future__` would be a syntax error; such files are left for a person.
    if (/^from __future__ import/m.test(text)) return undefined;
    edits.push({ start: 0, end: 0, newText: 'import os\n' });
  }
  return edits;
});

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers of the fixes below.

/** The top-level statements of the file. */
function topStatements(root: Node): Node[] {
  return root.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** Whether the file binds `name` itself (an assignment, a def, a loop variable), so an import would be shadowed. */
function boundLocally(text: string, name: string): boolean {
  const n = name.replace(/\./g, '\\.');
  return new RegExp(`(?:^|[^.\\w])${n}\\s*(?:[:,][^=\\n]*)?=(?!=)|\\bdef\\s+${n}\\b|\\bfor\\s+${n}\\b|\\bas\\s+${n}\\b`, 'm').test(text);
}

/** Where a new import line goes: before the first import (after `from __future__` ones), else after a docstring. */
function importInsertionPoint(root: Node, text: string): number | undefined {
  const statements = topStatements(root);
  const future = statements.filter((s) => s.type === 'future_import_statement' || (s.type === 'import_from_statement' && s.childForFieldName('module_name')?.text === '__future__'));
  const first = statements.find((s) => (s.type === 'import_statement' || s.type === 'import_from_statement') && !future.includes(s));
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const nextLine = (offset: number) => {
    const end = text.indexOf('\n', offset);
    return end < 0 ? undefined : end + 1;
  };
  if (first && (!future.length || first.startIndex > future[future.length - 1]!.startIndex)) return lineStart(first.startIndex);
  if (future.length) return nextLine(future[future.length - 1]!.endIndex);
  const head = statements[0];
  if (!head) return 0;
  if (head.type === 'expression_statement' && head.namedChild(0)?.type === 'string') return nextLine(head.endIndex);
  return lineStart(head.startIndex);
}

/**
 * The edits that make `import <module>` available: none when the file already has it, one new import line
 * otherwise; undefined when the file binds the name to something else (then the fix declines).
 */
function ensureImport(root: Node, text: string, module: string): OffsetEdit[] | undefined {
  const top = module.split('.')[0]!;
  for (const s of topStatements(root)) {
    if (s.type !== 'import_statement') continue;
    if (s.namedChildren.some((n) => n?.type === 'dotted_name' && n.text === module)) return [];
  }
  if (boundLocally(text, top) || new RegExp(`\\bimport\\s+[^\\n]*\\bas\\s+${top}\\b|^from\\s+\\S+\\s+import\\s+[^\\n]*\\b${top}\\b`, 'm').test(text)) return undefined;
  const at = importInsertionPoint(root, text);
  return at === undefined ? undefined : [{ start: at, end: at, newText: `import ${module}\n` }];
}

/** The edits that make `from <module> import <name>` available, as {@link ensureImport}. */
function ensureFromImport(root: Node, text: string, module: string, name: string): OffsetEdit[] | undefined {
  for (const s of topStatements(root)) {
    if (s.type !== 'import_from_statement' || s.childForFieldName('module_name')?.text !== module) continue;
    if (s.namedChildren.slice(1).some((n) => n?.type === 'dotted_name' && n.text === name)) return [];
  }
  if (boundLocally(text, name) || new RegExp(`\\bimport\\b[^\\n]*\\b${name}\\b`).test(text)) return undefined;
  const at = importInsertionPoint(root, text);
  return at === undefined ? undefined : [{ start: at, end: at, newText: `from ${module} import ${name}\n` }];
}

/** Combines edits with the import edits they need; undefined when either is. */
function withImport(edits: OffsetEdit[] | undefined, imports: OffsetEdit[] | undefined): OffsetEdit[] | undefined {
  return edits && imports ? [...edits, ...imports] : undefined;
}

/** The only argument of a call when it is positional, or undefined (keywords, `*args`, several arguments). */
function soleArgument(call: CallSite): Argument | undefined {
  const first = call.args[0];
  if (call.args.length !== 1 || first?.index !== 0 || !call.argsNode || namedArgCount(call.argsNode) !== 1) return undefined;
  return first;
}

/** `(a,)` / `(a, b)`. */
function pyTuple(values: string[]): string {
  return values.length === 1 ? `(${values[0]},)` : `(${values.join(', ')})`;
}

// ---------------------------------------------------------------------------------------------------------------
// SQL built from data → a parameterised query.

type Paramstyle = 'qmark' | 'format';

/** The DB-API placeholder style of a module: sqlite3 `?`, psycopg/PyMySQL/MySQLdb `%s`. */
function styleOfModule(module: string): Paramstyle | undefined {
  if (/^(?:sqlite3|aiosqlite)(?:\.|$)/.test(module)) return 'qmark';
  if (/^(?:psycopg2?|pymysql|MySQLdb)(?:\.|$)/.test(module)) return 'format';
  return undefined;
}

/** The enclosing function (or the module) of a node. */
function scopeOf(node: Node): Node {
  for (let n = node.parent; n; n = n.parent) if (n.type === 'function_definition' || n.type === 'module') return n;
  return node.tree.rootNode;
}

/** The values assigned to `name` in a scope (`name = v`, `with v as name`), outside nested functions. */
function assignedValues(scope: Node, name: string): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    for (const child of node.namedChildren) {
      if (!child || child.type === 'function_definition' || child.type === 'class_definition') continue;
      if (child.type === 'assignment' && child.childForFieldName('left')?.text === name) {
        const right = child.childForFieldName('right');
        if (right) out.push(right);
      } else if (child.type === 'with_item') {
        const value = child.childForFieldName('value');
        if (value?.type === 'as_pattern' && value.childForFieldName('alias')?.text === name && value.namedChild(0)) out.push(value.namedChild(0)!);
      }
      visit(child);
    }
  };
  visit(scope);
  return out;
}

/**
 * The placeholder style of the connection or cursor an expression evaluates to, traced through the file. Each
 * expression and each scope's assignments are looked at once per question (`seen`): names assigned many times,
 * from each other, made the trace exponential on half-typed code.
 */
function paramstyleOf(node: Node, imports: Map<string, string>, depth = 0, seen = new Map<number, Paramstyle | undefined>(), values = new Map<string, Node[]>()): Paramstyle | undefined {
  if (depth > 6) return undefined;
  if (seen.has(node.id)) return seen.get(node.id);
  seen.set(node.id, undefined);
  const style = traceParamstyle(node, imports, depth, seen, values);
  seen.set(node.id, style);
  return style;
}

function traceParamstyle(node: Node, imports: Map<string, string>, depth: number, seen: Map<number, Paramstyle | undefined>, values: Map<string, Node[]>): Paramstyle | undefined {
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'attribute') return undefined;
    const object = fn.childForFieldName('object')!;
    if (fn.childForFieldName('attribute')?.text === 'connect') {
      const module = imports.get(object.text.split('.')[0]!);
      return module ? styleOfModule(module + object.text.slice(object.text.split('.')[0]!.length)) : undefined;
    }
    return fn.childForFieldName('attribute')?.text === 'cursor' ? paramstyleOf(object, imports, depth + 1, seen, values) : undefined;
  }
  if (node.type !== 'identifier') return undefined;
  // Up to the root, whatever its type (half-typed code can leave an ERROR node there instead of a module).
  for (let scope: Node | null = scopeOf(node); scope; scope = scope.type === 'module' || !scope.parent ? null : scopeOf(scope)) {
    if (scope.type === 'function_definition') {
      for (const param of scope.childForFieldName('parameters')?.namedChildren ?? []) {
        if (param?.type !== 'typed_parameter' || param.namedChild(0)?.text !== node.text) continue;
        const type = param.childForFieldName('type')?.text ?? '';
        const module = imports.get(type.split('.')[0]!);
        return module ? styleOfModule(module) : undefined;
      }
    }
    const key = `${scope.id}\u0000${node.text}`;
    let assigned = values.get(key);
    if (!assigned) values.set(key, (assigned = assignedValues(scope, node.text)));
    const styles = new Set(assigned.map((v) => paramstyleOf(v, imports, depth + 1, seen, values)));
    if (styles.size) return styles.size === 1 ? [...styles][0] : undefined;
  }
  return undefined;
}

/** `?` for sqlite3 (which then must hold no other `?`), `%s` with literal `%` doubled for the `format` drivers. */
function dbApiStyle(style: Paramstyle): QueryStyle {
  return style === 'qmark'
    ? { placeholder: () => '?', escapeText: (t) => (t.includes('?') ? '\u0001' : t) }
    : { placeholder: () => '%s', escapeText: (t) => t.replace(/%/g, '%%') };
}

/** A built query rewritten for a style: the new string literal and the parameter values; undefined when it cannot. */
function rewriteQuery(node: Node, style: QueryStyle): { sql: string; values: string[]; slots: Slot[] } | undefined {
  const built = parseBuilt(node);
  const result = built && parameterise(built, style);
  if (!built || !result || result.sql.includes('\u0001')) return undefined;
  const sql = pyString(result.sql, built.quote);
  return sql ? { sql, values: result.slots.map((s) => s.value), slots: result.slots } : undefined;
}

// `cursor.execute(f"… WHERE name = '{name}'")` → `cursor.execute("… WHERE name = %s", (name,))` (`?` for sqlite3),
// and `pandas.read_sql(…, con)` → `params=(…)`. The driver is traced from the connection; declines when it is
// unknown, when a value sits where an identifier goes (`FROM {table}`), and for executemany/executescript.
registerFix('python-sql-parameters', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode) return undefined;
  const imports = collectImports(match.node.tree.rootNode);
  const method = call.callee.split('.').pop();
  if (method === 'execute' || method === 'mogrify') {
    const query = soleArgument(call);
    const receiver = call.calleeNode.type === 'attribute' ? call.calleeNode.childForFieldName('object') : null;
    const style = receiver ? paramstyleOf(receiver, imports) : undefined;
    const rewritten = query && style && rewriteQuery(query.value, dbApiStyle(style));
    if (!query || !rewritten) return undefined;
    return [{ start: query.value.startIndex, end: query.value.endIndex, newText: `${rewritten.sql}, ${pyTuple(rewritten.values)}` }];
  }
  if (method === 'read_sql' || method === 'read_sql_query') {
    const query = call.args.find((a) => a.index === 0);
    const con = call.args.find((a) => a.index === 1);
    if (!query || !con || call.args.some((a) => a.name === 'params') || call.args.length !== namedArgCount(call.argsNode)) return undefined;
    const style = paramstyleOf(con.value, imports);
    const rewritten = style && rewriteQuery(query.value, dbApiStyle(style));
    if (!rewritten) return undefined;
    return [
      { start: query.value.startIndex, end: query.value.endIndex, newText: rewritten.sql },
      appendArgument(call.argsNode, `params=${pyTuple(rewritten.values)}`, text),
    ];
  }
  return undefined;
});

/** Django's raw SQL: `%s` placeholders, and the text was already %-formatted (a literal `%` is written `%%`). */
const DJANGO_STYLE: QueryStyle = { placeholder: () => '%s', literalText: (t) => t.replace(/%%/g, '%') };

// Django `Model.objects.raw(f"…")` → `raw("… %s …", [value])`, `RawSQL("…" + v, [])` → `RawSQL("… %s", [v])`,
// `.extra(where=[f"…"])` → `.extra(where=["… %s"], params=[…])`.
registerFix('python-django-sql-parameters', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode || call.args.length !== namedArgCount(call.argsNode)) return undefined;
  const method = call.callee.split('.').pop();
  if (method === 'raw') {
    const query = soleArgument(call);
    const rewritten = query && rewriteQuery(query.value, DJANGO_STYLE);
    return query && rewritten ? [{ start: query.value.startIndex, end: query.value.endIndex, newText: `${rewritten.sql}, [${rewritten.values.join(', ')}]` }] : undefined;
  }
  if (method === 'extra') {
    const where = call.args.find((a) => a.name === 'where');
    const element = where?.value.type === 'list' && where.value.namedChildCount === 1 ? where.value.namedChild(0) : null;
    if (!element || call.args.some((a) => a.name === 'params' || a.name === 'select')) return undefined;
    const rewritten = rewriteQuery(element, DJANGO_STYLE);
    if (!rewritten) return undefined;
    return [
      { start: element.startIndex, end: element.endIndex, newText: rewritten.sql },
      appendArgument(call.argsNode, `params=[${rewritten.values.join(', ')}]`, text),
    ];
  }
  const query = call.args.find((a) => a.index === 0);
  const params = call.args.find((a) => a.index === 1 || a.name === 'params');
  if (!query || !params || !/^(?:\[\s*\]|\(\s*\))$/.test(params.value.text) || call.args.length !== 2) return undefined;
  const rewritten = rewriteQuery(query.value, DJANGO_STYLE);
  if (!rewritten) return undefined;
  const list = params.value.type === 'list' ? `[${rewritten.values.join(', ')}]` : pyTuple(rewritten.values);
  return [
    { start: query.value.startIndex, end: query.value.endIndex, newText: rewritten.sql },
    { start: params.value.startIndex, end: params.value.endIndex, newText: list },
  ];
});

const PY_KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** Names for the values of slots: the variable or attribute name where there is one, else `p1`, `p2`, …, unique. */
function slotNames(slots: Slot[], reserved: (name: string) => boolean): string[] {
  const used = new Set<string>();
  return slots.map((slot, i) => {
    const expr = slot.exprs.length === 1 ? slot.exprs[0] : undefined;
    const base = expr?.type === 'identifier' ? expr.text : expr?.type === 'attribute' ? expr.childForFieldName('attribute')?.text ?? '' : '';
    let name = /^[A-Za-z_]\w*$/.test(base) && !PY_KEYWORDS.has(base) && !reserved(base) ? base : `p${i + 1}`;
    for (let k = 2; used.has(name) || reserved(name); k++) name = `${base || 'p'}${k}`;
    used.add(name);
    return name;
  });
}

// SQLAlchemy `text(f"… LIKE '%{term}%'")` → `text("… LIKE :term").bindparams(term=f"%{term}%")`.
registerFix('python-sqlalchemy-bindparams', (match) => {
  const call = match.call;
  const query = call && soleArgument(call);
  if (!call || !query || call.callee.split('.').pop() !== 'text') return undefined;
  const built = parseBuilt(query.value);
  if (!built) return undefined;
  const constant = built.pieces.map((p) => ('text' in p ? p.text : '')).join(' ');
  const probe = parameterise(built, { placeholder: () => '' });
  if (!probe) return undefined;
  const names = slotNames(probe.slots, (n) => new RegExp(`:${n}\\b`).test(constant));
  const result = parameterise(built, { placeholder: (_slot, i) => `:${names[i]}` });
  const sql = result && pyString(result.sql, built.quote);
  if (!result || !sql) return undefined;
  const binds = result.slots.map((s, i) => `${names[i]}=${s.value}`).join(', ');
  return [{ start: call.node.startIndex, end: call.node.endIndex, newText: `${call.calleeNode.text}(${sql}).bindparams(${binds})` }];
});

// ---------------------------------------------------------------------------------------------------------------
// Commands built from data → an argument list without a shell.

/** The words of a built command as list items, or undefined. */
function commandWords(node: Node): string[] | undefined {
  const built = parseBuilt(node);
  return built ? shellWords(built) : undefined;
}

// `os.system(f"convert {src} out.png")` (a statement) → `subprocess.run(["convert", str(src), "out.png"])`;
// `os.popen(cmd).read()` → `subprocess.run([...], stdout=subprocess.PIPE, text=True).stdout`.
registerFix('python-os-system-to-subprocess', (match, { text }) => {
  const call = match.call;
  const command = call && soleArgument(call);
  const words = command && commandWords(command.value);
  const resolved = match.names.get('name');
  if (!call || !words) return undefined;
  const root = call.node.tree.rootNode;
  const list = `[${words.join(', ')}]`;
  if (resolved === 'os.system' && call.node.parent?.type === 'expression_statement') {
    return withImport([{ start: call.node.startIndex, end: call.node.endIndex, newText: `subprocess.run(${list})` }], ensureImport(root, text, 'subprocess'));
  }
  const read = call.node.parent;
  const readCall = read?.parent;
  if (resolved === 'os.popen' && read?.type === 'attribute' && read.childForFieldName('attribute')?.text === 'read' && readCall?.type === 'call' && readCall.childForFieldName('arguments')?.namedChildCount === 0) {
    return withImport([{ start: readCall.startIndex, end: readCall.endIndex, newText: `subprocess.run(${list}, stdout=subprocess.PIPE, text=True).stdout` }], ensureImport(root, text, 'subprocess'));
  }
  return undefined;
});

// `subprocess.run("ping -c 1 " + host, shell=True)` → `subprocess.run(["ping", "-c", "1", host])`;
// `["bash", "-c", f"…"]` → the words of the command; `asyncio.create_subprocess_shell(f"…")` →
// `asyncio.create_subprocess_exec("…", …)`.
registerFix('python-shell-command-to-list', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode || call.args.length !== namedArgCount(call.argsNode)) return undefined;
  const first = call.args.find((a) => a.index === 0 || a.name === 'args' || a.name === 'cmd');
  if (!first) return undefined;
  const method = call.callee.split('.').pop();
  // With an argument list, `executable=` would replace the program instead of the shell.
  if (call.args.some((a) => a.name === 'executable')) return undefined;
  if (method === 'create_subprocess_shell') {
    const words = commandWords(first.value);
    const attribute = call.calleeNode.type === 'attribute' ? call.calleeNode.childForFieldName('attribute') : null;
    if (!words || !attribute || first.index !== 0) return undefined;
    return [
      { start: attribute.startIndex, end: attribute.endIndex, newText: 'create_subprocess_exec' },
      { start: first.value.startIndex, end: first.value.endIndex, newText: words.join(', ') },
    ];
  }
  if (method === 'create_subprocess_exec') {
    const third = call.args.find((a) => a.index === 2);
    const words = third && commandWords(third.value);
    if (!third || !words || first.index !== 0) return undefined;
    return [{ start: first.value.startIndex, end: third.value.endIndex, newText: words.join(', ') }];
  }
  const shell = call.args.find((a) => a.name === 'shell');
  if (shell) {
    const words = commandWords(first.value);
    return words ? [{ start: first.value.startIndex, end: first.value.endIndex, newText: `[${words.join(', ')}]` }, removeArgument(shell.node, text)] : undefined;
  }
  const items = first.value.type === 'list' ? first.value.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') : [];
  const words = items.length === 3 ? commandWords(items[2]!) : undefined;
  return words ? [{ start: first.value.startIndex, end: first.value.endIndex, newText: `[${words.join(', ')}]` }] : undefined;
});

// ---------------------------------------------------------------------------------------------------------------
// Secrets, hashes, deserialization, tokens.

/** Wraps an expression in parentheses unless its parent takes any expression as it is. */
function asOperand(node: Node, expr: string): string {
  const parent = node.parent?.type ?? '';
  return ['assignment', 'keyword_argument', 'argument_list', 'return_statement', 'pair', 'expression_statement', 'parenthesized_expression', 'list', 'tuple'].includes(parent) ? expr : `(${expr})`;
}

/**
 * The edits that make a `random` call draw from the OS's CSPRNG: `random.choice` → `secrets.choice`,
 * `getrandbits` → `secrets.randbits`, `randbytes` → `secrets.token_bytes`, `randrange(n)` →
 * `secrets.randbelow(n)`, `randint(a, b)` with constant bounds → `secrets.randbelow(b - a + 1) + a`, and any
 * other method → `secrets.SystemRandom().<method>(…)` (same signature). Declines for numpy's generator.
 */
export function secretsRandomFix(call: CallSite, resolved: string, text: string): OffsetEdit[] | undefined {
  const method = /^random\.(\w+)$/.exec(resolved)?.[1];
  if (!method || !call.argsNode || call.args.length !== namedArgCount(call.argsNode)) return undefined;
  const imports = ensureImport(call.node.tree.rootNode, text, 'secrets');
  const positional = call.args.filter((a) => a.index !== undefined);
  const only = call.args.length === 1 ? positional[0]?.value.text : undefined;
  const simple: Record<string, string> = { choice: 'secrets.choice', getrandbits: 'secrets.randbits', randbytes: 'secrets.token_bytes', randrange: 'secrets.randbelow' };
  if (only && simple[method]) return withImport([{ start: call.node.startIndex, end: call.node.endIndex, newText: `${simple[method]}(${only})` }], imports);
  if (method === 'randint' && positional.length === 2 && call.args.length === 2 && positional.every((a) => /^\d+$/.test(a.value.text))) {
    const [low, high] = positional.map((a) => Number(a.value.text)) as [number, number];
    if (high < low || !Number.isSafeInteger(high)) return undefined;
    const draw = `secrets.randbelow(${high - low + 1})`;
    return withImport([{ start: call.node.startIndex, end: call.node.endIndex, newText: low === 0 ? draw : asOperand(call.node, `${draw} + ${low}`) }], imports);
  }
  return withImport([{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: `secrets.SystemRandom().${method}` }], imports);
}

/** Whether an import of a top-level module appears in the file. */
function importsModule(imports: Map<string, string>, module: string): boolean {
  return [...imports.values()].some((m) => m === module || m.startsWith(`${module}.`));
}

// `hashlib.md5(password.encode()).hexdigest()` stored as a password hash → `bcrypt.hashpw(password.encode(),
// bcrypt.gensalt()).decode()` when the file imports bcrypt, else Werkzeug's `generate_password_hash(password)`
// in a Flask/Werkzeug file. Declines for comparisons (the verification side needs `checkpw`) and other shapes.
registerFix('python-password-hash', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode || call.args.length !== namedArgCount(call.argsNode)) return undefined;
  const resolved = match.names.get('name') ?? '';
  const data = resolved === 'hashlib.new' ? (call.args.length === 2 ? call.args.find((a) => a.index === 1) : undefined) : soleArgument(call);
  const digest = call.node.parent;
  const finish = digest?.parent;
  const kind = digest?.type === 'attribute' ? digest.childForFieldName('attribute')?.text : undefined;
  if (!data || (kind !== 'hexdigest' && kind !== 'digest') || finish?.type !== 'call' || finish.childForFieldName('arguments')?.namedChildCount !== 0) return undefined;
  if (finish.parent?.type === 'comparison_operator') return undefined;
  const root = call.node.tree.rootNode;
  const imports = collectImports(root);
  if (imports.get('bcrypt') === 'bcrypt') {
    const hashed = `bcrypt.hashpw(${data.value.text}, bcrypt.gensalt())`;
    return [{ start: finish.startIndex, end: finish.endIndex, newText: kind === 'hexdigest' ? `${hashed}.decode()` : hashed }];
  }
  const encoded = data.value.type === 'call' ? data.value.childForFieldName('function') : null;
  const password = encoded?.type === 'attribute' && encoded.childForFieldName('attribute')?.text === 'encode' ? encoded.childForFieldName('object') : null;
  if (kind === 'hexdigest' && password && (importsModule(imports, 'flask') || importsModule(imports, 'werkzeug'))) {
    return withImport([{ start: finish.startIndex, end: finish.endIndex, newText: `werkzeug.security.generate_password_hash(${password.text})` }], ensureImport(root, text, 'werkzeug.security'));
  }
  return undefined;
});

const PICKLE_LOADERS = /^(?:pickle|cPickle|_pickle|dill|cloudpickle)\.(load|loads)$|^jsonpickle\.(?:decode|loads)$/;

// `pickle.loads(data)` → `json.loads(data)`, `pickle.load(f)` → `json.load(f)` (also dill, cloudpickle and
// jsonpickle.decode); declines for marshal, shelve and pandas, and when more than the data is passed.
registerFix('python-pickle-to-json', (match, { text }) => {
  const call = match.call;
  const m = PICKLE_LOADERS.exec(match.names.get('name') ?? '');
  if (!call || !m || !soleArgument(call)) return undefined;
  return withImport([{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: m[1] === 'load' ? 'json.load' : 'json.loads' }], ensureImport(call.node.tree.rootNode, text, 'json'));
});

// `options={"verify_signature": False}` → `True`; `jwt.decode(…, verify=False)` → the argument removed;
// `algorithms=["HS256", "none"]` → `"none"` removed. Declines for `algorithm="none"` when signing (no key to
// choose) and for a list that holds only `"none"`.
registerFix('python-jwt-verify', (match, { text }) => {
  const value = match.captures.get('value');
  if (!match.call) return value?.text === 'False' ? [{ start: value.startIndex, end: value.endIndex, newText: 'True' }] : undefined;
  const edits: OffsetEdit[] = [];
  const verify = match.call.args.find((a) => a.name === 'verify' && a.value.text === 'False');
  if (verify) edits.push(removeArgument(verify.node, text));
  const algorithms = match.call.args.find((a) => a.name === 'algorithms');
  if (algorithms && match.call.callee.endsWith('decode')) {
    const items = algorithms.value.type === 'list' || algorithms.value.type === 'tuple' ? algorithms.value.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') : [];
    const none = items.filter((i) => /^['"]none['"]$/i.test(i.text));
    if (none.length && none.length < items.length) edits.push(...none.map((n) => removeArgument(n, text)));
  }
  return edits.length ? edits : undefined;
});

// ---------------------------------------------------------------------------------------------------------------
// Configuration and TLS.

// Django `DEBUG = True` → `DEBUG = os.environ.get("DJANGO_DEBUG") == "1"` (and TEMPLATE_DEBUG likewise).
registerFix('python-django-debug-from-environment', (match, { text }) => {
  const value = match.captures.get('value');
  if (!value || value.text !== 'True') return undefined;
  return withImport([{ start: value.startIndex, end: value.endIndex, newText: 'os.environ.get("DJANGO_DEBUG") == "1"' }], ensureImport(match.node.tree.rootNode, text, 'os'));
});

// `ssl._create_unverified_context()` → `ssl.create_default_context()`; `check_hostname = False` → `True`;
// `verify_mode = ssl.CERT_NONE` / `cert_reqs="CERT_NONE"` → `CERT_REQUIRED`;
// `ssl._create_default_https_context = ssl._create_unverified_context` → `= ssl.create_default_context`.
registerFix('python-ssl-verify', (match) => {
  const call = match.call;
  if (call) {
    const attribute = call.calleeNode.type === 'attribute' ? call.calleeNode.childForFieldName('attribute') : null;
    if (!attribute || call.argsNode?.namedChildCount !== 0) return undefined;
    return [{ start: attribute.startIndex, end: attribute.endIndex, newText: 'create_default_context' }];
  }
  const value = match.captures.get('value');
  if (!value) return undefined;
  if (value.text === 'False') return [{ start: value.startIndex, end: value.endIndex, newText: 'True' }];
  const at = value.text.search(/CERT_NONE['"]?$|_create_unverified_context$/);
  if (at < 0) return undefined;
  const replacement = value.text.slice(at).startsWith('CERT_NONE') ? 'CERT_REQUIRED' : 'create_default_context';
  const end = value.text.endsWith('CERT_NONE') || !value.text.includes('CERT_NONE') ? value.endIndex : value.endIndex - 1;
  return [{ start: value.startIndex + at, end, newText: replacement }];
});

// `ssl.TLSVersion.TLSv1` / `TLSv1_1` / `SSLv3` (a minimum or maximum version) → `TLSVersion.TLSv1_2`. The old
// `PROTOCOL_*` constants and pyOpenSSL methods are left alone: the replacement depends on client or server use.
registerFix('python-tls-1-2', (match) => {
  const node = match.node;
  const last = node.type === 'attribute' ? node.childForFieldName('attribute') : null;
  if (!last || !/(?:^|\.)TLSVersion\.(?:SSLv3|TLSv1|TLSv1_1)$/.test(node.text)) return undefined;
  return [{ start: last.startIndex, end: last.endIndex, newText: 'TLSv1_2' }];
});

// `path = tempfile.mktemp(…)` (a statement) → `fd, path = tempfile.mkstemp(…)` + `os.close(fd)`: the file is
// created atomically with owner-only permissions. Declines inside expressions and when `fd` is already used.
registerFix('python-mkstemp', (match, { text }) => {
  const call = match.call;
  const assignment = call?.node.parent;
  const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
  if (!call || match.names.get('name') !== 'tempfile.mktemp' || assignment?.childForFieldName('right')?.id !== call.node.id) return undefined;
  if (target?.type !== 'identifier' || assignment?.parent?.type !== 'expression_statement' || /\bfd\b/.test(scopeOf(call.node).text)) return undefined;
  const statement = assignment.parent;
  const indent = text.slice(text.lastIndexOf('\n', statement.startIndex - 1) + 1, statement.startIndex);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const root = call.node.tree.rootNode;
  const imports = [ensureImport(root, text, 'tempfile'), ensureImport(root, text, 'os')];
  if (imports.some((i) => !i)) return undefined;
  return [
    { start: assignment.startIndex, end: assignment.endIndex, newText: `fd, ${target.text} = tempfile.mkstemp${call.argsNode?.text ?? '()'}\n${indent}os.close(fd)` },
    ...imports.flatMap((i) => i!),
  ];
});

const WEAK_DIGESTS = /^(?:hashlib\.(?:md5|sha1)|cryptography\.hazmat\.primitives\.hashes\.(?:MD5|SHA1))$/;

// `hashlib.md5(data)` / `hashlib.sha1(data)` → `hashlib.sha256(data)`; `hashlib.new("sha1", …)` → `"sha256"`;
// cryptography's `hashes.SHA1()` → `hashes.SHA256()`. Declines for PyCryptodome's modules.
registerFix('python-sha256', (match, { text }) => {
  const call = match.call;
  const resolved = match.names.get('name') ?? '';
  if (!call) return undefined;
  if (resolved === 'hashlib.new') {
    const name = call.args.find((a) => a.index === 0 || a.name === 'name')?.value;
    const content = name?.type === 'string' ? name.children.find((c) => c?.type === 'string_content') : null;
    return content ? [{ start: content.startIndex, end: content.endIndex, newText: 'sha256' }] : undefined;
  }
  if (!WEAK_DIGESTS.test(resolved)) return undefined;
  const upper = resolved.includes('hazmat');
  const attribute = call.calleeNode.type === 'attribute' ? call.calleeNode.childForFieldName('attribute') : null;
  if (attribute) return [{ start: attribute.startIndex, end: attribute.endIndex, newText: upper ? 'SHA256' : 'sha256' }];
  if (upper) return undefined;
  return withImport([{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'hashlib.sha256' }], ensureImport(call.node.tree.rootNode, text, 'hashlib'));
});

/** `stat.S_IRWXG` → read and execute only, `stat.S_IWOTH` → dropped; other flags as they are. */
const STAT_WITHOUT_WRITE: Record<string, string[]> = { S_IRWXG: ['S_IRGRP', 'S_IXGRP'], S_IRWXO: ['S_IROTH', 'S_IXOTH'], S_IWGRP: [], S_IWOTH: [] };

/** Flattens `a | b | c`. */
function orOperands(node: Node): Node[] {
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '|') return [...orOperands(node.childForFieldName('left')!), ...orOperands(node.childForFieldName('right')!)];
  return [node];
}

// `os.chmod(p, 0o777)` → `0o755`, `0o666` → `0o644` (group and other write bits cleared); a `stat.S_*` mask
// likewise (`S_IRWXO` → `S_IROTH | S_IXOTH`).
registerFix('python-chmod-no-group-other-write', (match) => {
  const call = match.call;
  if (!call) return undefined;
  const mode = call.args.find((a) => a.name === 'mode') ?? call.args.find((a) => a.index === (match.names.get('name')?.startsWith('os.') ? 1 : 0));
  if (!mode) return undefined;
  const node = mode.value;
  if (node.type === 'integer') {
    const raw = node.text.replace(/_/g, '');
    const value = /^0[oO][0-7]+$/.test(raw) ? parseInt(raw.slice(2), 8) : /^0[xX][0-9a-fA-F]+$/.test(raw) ? parseInt(raw.slice(2), 16) : /^[1-9]\d*$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(value)) return undefined;
    return [{ start: node.startIndex, end: node.endIndex, newText: `0o${(value & ~0o022).toString(8)}` }];
  }
  const flags = orOperands(node);
  if (!flags.every((f) => f.type === 'attribute' && /^S_I[A-Z]+$/.test(f.childForFieldName('attribute')?.text ?? ''))) return undefined;
  const kept = flags.flatMap((f) => {
    const prefix = f.childForFieldName('object')!.text;
    const name = f.childForFieldName('attribute')!.text;
    return (STAT_WITHOUT_WRITE[name] ?? [name]).map((n) => `${prefix}.${n}`);
  });
  return kept.length ? [{ start: node.startIndex, end: node.endIndex, newText: kept.join(' | ') }] : undefined;
});

/** Standard-library XML modules and their defusedxml counterparts. */
const DEFUSED: [RegExp, string][] = [
  [/^xml\.etree\.c?ElementTree\.(fromstring|XML|parse|iterparse)$/, 'defusedxml.ElementTree'],
  [/^xml\.dom\.minidom\.(parse|parseString)$/, 'defusedxml.minidom'],
  [/^xml\.dom\.pulldom\.(parse|parseString)$/, 'defusedxml.pulldom'],
  [/^xml\.sax\.(parse|parseString)$/, 'defusedxml.sax'],
];

// `ET.fromstring(data)` → `defusedxml.ElementTree.fromstring(data)` (minidom, pulldom and sax likewise, with the
// import added). lxml and xmltodict are left alone.
registerFix('python-defusedxml', (match, { text }) => {
  const call = match.call;
  const resolved = match.names.get('name') ?? '';
  for (const [pattern, module] of DEFUSED) {
    const m = pattern.exec(resolved);
    if (call && m) return withImport([{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: `${module}.${m[1]}` }], ensureImport(call.node.tree.rootNode, text, module));
  }
  return undefined;
});

// `@csrf_exempt` / `@csrf.exempt` → the decorator line removed; `WTF_CSRF_ENABLED = False` (or the config key)
// → `True`.
registerFix('python-csrf-on', (match, { text }) => {
  const node = match.node;
  if (node.type === 'decorator') {
    const start = text.lastIndexOf('\n', node.startIndex - 1) + 1;
    const end = text.indexOf('\n', node.endIndex);
    if (text.slice(start, node.startIndex).trim() || end < 0 || text.slice(node.endIndex, end).trim()) return undefined;
    return [{ start, end: end + 1, newText: '' }];
  }
  const value = match.captures.get('value');
  return value?.text === 'False' ? [{ start: value.startIndex, end: value.endIndex, newText: 'True' }] : undefined;
});

// ---------------------------------------------------------------------------------------------------------------
// Code, templates, markup and other injection sinks.

// `assert user.is_admin, "admins only"` → `if not user.is_admin:` + `raise AssertionError("admins only")`, a check
// that `python -O` does not strip. Declines when the assert shares its line with other code.
registerFix('python-assert-to-raise', (match, { text }) => {
  const node = match.node;
  const condition = match.captures.get('condition');
  if (node.type !== 'assert_statement' || !condition) return undefined;
  const message = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment')[1];
  const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
  const indent = text.slice(lineStart, node.startIndex);
  const lineEnd = text.indexOf('\n', node.endIndex);
  if (!/^[ \t]*$/.test(indent) || /^\s*[^\s#]/.test(text.slice(node.endIndex, lineEnd < 0 ? text.length : lineEnd))) return undefined;
  const loose = ['boolean_operator', 'conditional_expression', 'lambda', 'named_expression'].includes(condition.type);
  const step = indent.includes('\t') ? '\t' : '    ';
  return [{ start: node.startIndex, end: node.endIndex, newText: `if not ${loose ? `(${condition.text})` : condition.text}:\n${indent}${step}raise AssertionError(${message?.text ?? ''})` }];
});

// `eval(expression)` → `ast.literal_eval(expression)`; declines with globals/locals (the code then means more
// than a literal) and for exec/compile.
registerFix('python-literal-eval', (match, { text }) => {
  const call = match.call;
  const resolved = match.names.get('name');
  if (!call || (resolved !== 'eval' && resolved !== 'builtins.eval') || !soleArgument(call)) return undefined;
  return withImport([{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'ast.literal_eval' }], ensureImport(call.node.tree.rootNode, text, 'ast'));
});

/** The environment variable for a credential of a client: `REDIS_PASSWORD`, `DATABASE_URL`, … */
function credentialVariable(client: string, url: boolean): string {
  const kind = /redis/i.test(client) ? 'REDIS' : /mongo|motor/i.test(client) ? 'MONGODB' : /ldap/i.test(client) ? 'LDAP' : url ? 'DATABASE' : 'DB';
  return url ? (kind === 'MONGODB' ? 'MONGODB_URI' : `${kind}_URL`) : `${kind}_PASSWORD`;
}

// `psycopg2.connect(…, password="…")` → `password=os.environ["DB_PASSWORD"]`; a URL with a password →
// `os.environ["DATABASE_URL"]`; Django's `"PASSWORD": "…"` → `os.environ["DB_PASSWORD"]`.
registerFix('python-db-credential-from-environment', (match, { text }) => {
  const root = match.node.tree.rootNode;
  const call = match.call;
  let target: Node | undefined;
  let variable: string;
  if (!call) {
    target = match.captures.get('value');
    variable = 'DB_PASSWORD';
  } else {
    const client = match.names.get('name') ?? call.callee;
    const password = call.args.find((a) => ['password', 'passwd', 'pwd'].includes(a.name ?? '') && a.value.type === 'string');
    const url = call.args.find((a) => (a.index === 0 || ['url', 'host', 'dsn', 'conninfo'].includes(a.name ?? '')) && /^[a-z][\w+.-]*:\/\/[^:/@\s]*:[^@/\s]+@/.test(a.value.text.replace(/^['"]/, '')));
    target = (password ?? url)?.value;
    variable = credentialVariable(client, !password);
  }
  if (!target || target.type !== 'string') return undefined;
  return withImport([{ start: target.startIndex, end: target.endIndex, newText: `os.environ["${variable}"]` }], ensureImport(root, text, 'os'));
});

/** Edits that wrap every value spliced into a built string in `fn(…)` (`concatFn` where `+` joins them). */
function wrapValues(node: Node, fn: string, concatFn = fn): OffsetEdit[] | undefined {
  const built = parseBuilt(node);
  const values = built ? builtValues(built) : [];
  if (!built || !values.length) return undefined;
  const name = built.form === 'concat' ? concatFn : fn;
  return values.flatMap((v) => [
    { start: v.startIndex, end: v.startIndex, newText: `${name}(` },
    { start: v.endIndex, end: v.endIndex, newText: ')' },
  ]);
}

// LDAP filters built from data → each value passed through `escape_filter_chars` (python-ldap's `ldap.filter`
// or ldap3's `ldap3.utils.conv`, by what the file imports).
registerFix('python-ldap-escape-filter', (match, { text }) => {
  const call = match.call;
  if (!call) return undefined;
  const root = call.node.tree.rootNode;
  const imports = collectImports(root);
  // python-ldap takes the filter third (`filterstr`), ldap3 second (`search_filter`).
  for (const [key, library, module] of [['2|filterstr', 'ldap', 'ldap.filter'], ['1|search_filter', 'ldap3', 'ldap3.utils.conv']] as const) {
    const arg = call.args.find((a) => key.split('|').some((k) => (/^\d$/.test(k) ? a.index === Number(k) : a.name === k)));
    const edits = arg && importsModule(imports, library) ? wrapValues(arg.value, `${module}.escape_filter_chars`) : undefined;
    if (edits) return withImport(edits, ensureImport(root, text, module));
  }
  return undefined;
});

/** Keyword names lxml's `xpath()` takes for itself. */
const XPATH_RESERVED = new Set(['_path', 'namespaces', 'extensions', 'smart_strings']);

// `tree.xpath(f"//user[@name='{name}']")` → `tree.xpath("//user[@name=$name]", name=name)`: lxml (and parsel)
// bind XPath variables, so quotes in the value cannot end the string. Declines for ElementTree's find* (no
// variables) and when a quoted literal holds more than the value.
registerFix('python-xpath-variables', (match) => {
  const call = match.call;
  const path = call?.args.find((a) => a.index === 0);
  if (!call || !path || !call.callee.endsWith('.xpath') || call.calleeNode.type !== 'attribute' || (call.argsNode && call.args.length !== namedArgCount(call.argsNode))) return undefined;
  const built = parseBuilt(path.value);
  const taken = new Set(call.args.flatMap((a) => (a.name ? [a.name] : [])));
  const probe = built && parameterise(built, { placeholder: (slot) => (slot.expr ? '' : undefined) });
  if (!built || !probe) return undefined;
  const names = slotNames(probe.slots, (n) => XPATH_RESERVED.has(n) || taken.has(n) || n.startsWith('_'));
  const result = parameterise(built, { placeholder: (_slot, i) => `$${names[i]}` });
  const literal = result && pyString(result.sql, built.quote);
  if (!result || !literal) return undefined;
  return [{ start: path.value.startIndex, end: path.value.endIndex, newText: `${literal}, ${result.slots.map((s, i) => `${names[i]}=${s.value}`).join(', ')}` }];
});

/** A built string as a `str.format` template (`{}` per value, braces doubled) and its values. */
function formatTemplate(node: Node): { template: string; values: string[] } | undefined {
  const built = parseBuilt(node);
  if (!built) return undefined;
  const template = pyString(built.pieces.map((p) => ('text' in p ? p.text.replace(/\{/g, '{{').replace(/\}/g, '}}') : '{}')).join(''), built.quote);
  return template ? { template, values: builtValues(built).map((v) => v.text) } : undefined;
}

// `mark_safe(f"<b>{name}</b>")` → `format_html("<b>{}</b>", name)`; `Markup("<p>" + body + "</p>")` →
// `Markup("<p>{}</p>").format(body)`: the markup stays, the values are escaped.
registerFix('python-escape-markup-values', (match, { text }) => {
  const call = match.call;
  const arg = call && soleArgument(call);
  const format = arg && formatTemplate(arg.value);
  const resolved = match.names.get('name') ?? '';
  if (!call || !format) return undefined;
  if (/\.Markup$/.test(resolved)) return [{ start: call.node.startIndex, end: call.node.endIndex, newText: `${call.calleeNode.text}(${format.template}).format(${format.values.join(', ')})` }];
  if (resolved !== 'django.utils.safestring.mark_safe') return undefined;
  return withImport([{ start: call.node.startIndex, end: call.node.endIndex, newText: `format_html(${format.template}, ${format.values.join(', ')})` }], ensureFromImport(call.node.tree.rootNode, text, 'django.utils.html', 'format_html'));
});

// Flask `send_file(os.path.join(BASE, name))` → `send_from_directory(BASE, name)`, which refuses paths that
// leave BASE.
registerFix('python-send-from-directory', (match, { text }) => {
  const call = match.call;
  const arg = call && soleArgument(call);
  if (!call || !arg || match.names.get('name') !== 'flask.send_file' || arg.value.type !== 'call') return undefined;
  const join = arg.value;
  const joinArgs = join.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') ?? [];
  if (join.childForFieldName('function')?.text !== 'os.path.join' || joinArgs.length !== 2 || joinArgs.some((a) => a.type.includes('splat') || a.type === 'keyword_argument')) return undefined;
  const edit = { start: call.node.startIndex, end: call.node.endIndex, newText: '' };
  if (call.calleeNode.type === 'attribute') {
    edit.newText = `${call.calleeNode.childForFieldName('object')!.text}.send_from_directory(${joinArgs[0]!.text}, ${joinArgs[1]!.text})`;
    return [edit];
  }
  edit.newText = `send_from_directory(${joinArgs[0]!.text}, ${joinArgs[1]!.text})`;
  return withImport([edit], ensureFromImport(call.node.tree.rootNode, text, 'flask', 'send_from_directory'));
});

// HTML built from data and returned by a view → each value HTML-escaped: `markupsafe.escape` in Flask files
// (`html.escape` where `+` joins strings: a Markup operand would escape the literal markup too), Django's
// `escape` in Django files.
registerFix('python-escape-html-values', (match, { text }) => {
  const root = match.node.tree.rootNode;
  const imports = collectImports(root);
  const node = match.call ? match.call.args.find((a) => a.index === 0 || ['content', 'response', 'body'].includes(a.name ?? ''))?.value : match.node;
  const built = node && parseBuilt(node);
  if (!node || !built) return undefined;
  if (importsModule(imports, 'flask')) {
    const module = built.form === 'concat' ? 'html' : 'markupsafe';
    return withImport(wrapValues(node, `${module}.escape`), ensureImport(root, text, module));
  }
  if (importsModule(imports, 'django')) return withImport(wrapValues(node, 'escape'), ensureFromImport(root, text, 'django.utils.html', 'escape'));
  return undefined;
});

// `re.compile(term)` → `re.compile(re.escape(term))`: the text is matched literally; in a pattern built from
// constant regex syntax and values (`f"^{term}$"`) only the values are escaped.
registerFix('python-re-escape', (match, { text }) => {
  const call = match.call;
  const pattern = call?.args.find((a) => a.index === 0 || a.name === 'pattern');
  const module = match.names.get('name')?.split('.')[0];
  if (!call || !pattern || (module !== 're' && module !== 'regex')) return undefined;
  const object = call.calleeNode.type === 'attribute' ? call.calleeNode.childForFieldName('object')?.text : undefined;
  const escape = `${object ?? module}.escape`;
  const edits = wrapValues(pattern.value, escape) ?? [
    { start: pattern.value.startIndex, end: pattern.value.startIndex, newText: `${escape}(` },
    { start: pattern.value.endIndex, end: pattern.value.endIndex, newText: ')' },
  ];
  return object ? edits : withImport(edits, ensureImport(call.node.tree.rootNode, text, module));
});

// Flask `render_template_string(f"<h1>Hello {name}!</h1>")` → `render_template_string("<h1>Hello {{ name }}!</h1>",
// name=name)` (written `{{ name | e }}`): the values become template variables, escaped by autoescaping and never parsed as template code.
registerFix('python-template-variables', (match, { text }) => {
  const call = match.call;
  const source = call?.args.find((a) => a.index === 0);
  if (!call?.argsNode || !source || match.names.get('name') !== 'flask.render_template_string' || call.args.some((a) => a.index !== undefined && a.index > 0) || call.args.length !== namedArgCount(call.argsNode)) return undefined;
  const built = parseBuilt(source.value);
  if (!built) return undefined;
  const taken = new Set(call.args.flatMap((a) => (a.name ? [a.name] : [])));
  const slots = builtValues(built).map((expr) => ({ value: expr.text, expr, exprs: [expr] }));
  const names = slotNames(slots, (n) => taken.has(n) || n === 'source');
  let i = 0;
  // `| e` escapes explicitly (a no-op under Flask's autoescaping) and keeps `{{ name }}` apart from fix templates.
  const template = pyString(built.pieces.map((p) => ('text' in p ? p.text : `{{ ${names[i++]} | e }}`)).join(''), built.quote);
  if (!template) return undefined;
  return [
    { start: source.value.startIndex, end: source.value.endIndex, newText: template },
    appendArgument(call.argsNode, slots.map((s, k) => `${names[k]}=${s.value}`).join(', '), text),
  ];
});
