/** Code fixes of the go pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { registerFix } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';
import type { RawMatch } from '../../engine/match';
import { type Part, shellWords, sqlParameters } from './string-parts';

/** One import of the file: its path, the name it is used under, and its spec node. */
interface GoImport {
  path: string;
  name: string;
  spec: Node;
}

/** The imports of the file that contains `node`. */
function goImports(node: Node): GoImport[] {
  const imports: GoImport[] = [];
  const root = node.tree.rootNode;
  for (const decl of root.namedChildren) {
    if (decl?.type !== 'import_declaration') continue;
    for (const spec of decl.descendantsOfType('import_spec')) {
      const pathNode = spec?.childForFieldName('path');
      if (!spec || !pathNode) continue;
      const path = pathNode.text.slice(1, -1);
      const alias = spec.childForFieldName('name')?.text;
      imports.push({ path, name: alias ?? path.split('/').pop()!, spec });
    }
  }
  return imports;
}

/** An edit that imports `path` (unaliased), or none when the file imports it already. */
function addGoImport(node: Node, path: string): OffsetEdit[] {
  const imports = goImports(node);
  if (imports.some((i) => i.path === path && i.name === path.split('/').pop())) return [];
  const root = node.tree.rootNode;
  const decl = root.namedChildren.find((c) => c?.type === 'import_declaration');
  const list = decl?.namedChildren.find((c) => c?.type === 'import_spec_list');
  if (list) return [{ start: list.startIndex + 1, end: list.startIndex + 1, newText: `\n\t"${path}"` }];
  if (decl) return [{ start: decl.startIndex, end: decl.startIndex, newText: `import "${path}"\n` }];
  const pkg = root.namedChildren.find((c) => c?.type === 'package_clause');
  return pkg ? [{ start: pkg.endIndex, end: pkg.endIndex, newText: `\n\nimport "${path}"` }] : [];
}

/** Removes an import spec with its line (or the whole `import "x"` declaration). */
function removeGoImport(spec: Node, text: string): OffsetEdit {
  const target = spec.parent?.type === 'import_declaration' ? spec.parent : spec;
  const lineStart = text.lastIndexOf('\n', target.startIndex - 1) + 1;
  const lineEnd = text.indexOf('\n', target.endIndex);
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1, newText: '' };
}

/** The constant content of a Go string literal without escapes, or undefined. */
function goStringValue(node: Node): string | undefined {
  if (node.type === 'raw_string_literal') return node.text.slice(1, -1);
  if (node.type === 'interpreted_string_literal' && !node.text.includes('\\')) return node.text.slice(1, -1);
  return undefined;
}

/**
 * The parts of a string built with `+` or `fmt.Sprintf` (verbs `%s`, `%d`, `%v` only), or undefined for any
 * other shape. `fmt` is the name `fmt` is imported under.
 */
function goParts(node: Node, fmt: string | undefined): Part[] | undefined {
  const constant = goStringValue(node);
  if (constant !== undefined) return [{ literal: constant }];
  if (node.type === 'parenthesized_expression') return node.namedChildren[0] ? goParts(node.namedChildren[0], fmt) : undefined;
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
    const left = goParts(node.childForFieldName('left')!, fmt);
    const right = goParts(node.childForFieldName('right')!, fmt);
    return left && right ? [...left, ...right] : undefined;
  }
  if (node.type === 'call_expression' && fmt && node.childForFieldName('function')?.text === `${fmt}.Sprintf`) {
    const args = node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment') ?? [];
    const format = args[0] ? goStringValue(args[0]) : undefined;
    if (format === undefined || args.some((a) => a.type === 'variadic_argument')) return undefined;
    const parts: Part[] = [];
    let next = 1;
    for (const piece of format.split(/(%.)/)) {
      if (piece === '%%') parts.push({ literal: '%' });
      else if (/^%[sdv]$/.test(piece) && args[next]) parts.push({ expr: args[next++]!.text, verb: piece });
      else if (piece.startsWith('%') && piece.length === 2) return undefined;
      else if (piece) parts.push({ literal: piece });
    }
    return next === args.length ? parts : undefined;
  }
  if (node.text.includes('\n')) return undefined;
  return [{ expr: node.text }];
}

/** The name `fmt` is imported under in the file of `node`. */
function fmtName(node: Node): string | undefined {
  return goImports(node).find((i) => i.path === 'fmt')?.name;
}

/** A part as a Go string expression (a value printed by `%d`/`%v` goes through `fmt.Sprint`). */
function goStringPart(part: Part, fmt: string | undefined): string | undefined {
  if ('literal' in part) return JSON.stringify(part.literal);
  if (!part.verb || part.verb === '%s') return part.expr;
  return fmt ? `${fmt}.Sprint(${part.expr})` : undefined;
}

// `exec.Command("sh", "-c", "ping -c 1 " + host)` → `exec.Command("ping", "-c", "1", host)` (also with
// `fmt.Sprintf`, and `CommandContext`): the program runs directly and the value stays one argument. Declined for
// Windows shells, commands using shell syntax, a command held in a variable, and extra positional arguments.
registerFix('go-exec-without-shell', (match) => {
  const call = match.call;
  if (!call) return undefined;
  const first = call.callee.endsWith('CommandContext') ? 1 : 0;
  const args = call.args.filter((a) => a.index !== undefined);
  const shell = args[first]?.value;
  const command = args[first + 2];
  if (!shell || !command || args.length !== first + 3 || !/^"(\/usr)?(\/bin\/)?(sh|bash|zsh|dash|ksh|ash)"$/.test(shell.text)) return undefined;
  const fmt = fmtName(match.node);
  const parts = goParts(command.value, fmt);
  const words = parts && shellWords(parts);
  if (!words) return undefined;
  const rendered = words.map((word) => word.map((p) => goStringPart(p, fmt)));
  if (rendered.some((w) => w.some((p) => p === undefined))) return undefined;
  return [{ start: shell.startIndex, end: command.value.endIndex, newText: rendered.map((w) => w.join(' + ')).join(', ') }];
});

/** The placeholder style of the SQL driver the file imports: `$1` (PostgreSQL) or `?` (MySQL, SQLite). */
function placeholderStyle(node: Node): ((n: number) => string) | undefined {
  const paths = goImports(node).map((i) => i.path);
  const postgres = paths.some((p) => /^github\.com\/(lib\/pq|jackc\/pgx)/.test(p));
  const question = paths.some((p) => /^(github\.com\/(go-sql-driver\/mysql|mattn\/go-sqlite3)|modernc\.org\/sqlite)/.test(p));
  if (postgres === question) return undefined;
  return postgres ? (n) => `$${n}` : () => '?';
}

/**
 * Replaces the SQL argument `query` (the last argument of the call) with a constant statement with placeholders,
 * followed by the values as arguments.
 */
function parameterise(match: RawMatch, queryIndex: number, placeholder: (n: number) => string): OffsetEdit[] | undefined {
  const args = match.call?.args.filter((a) => a.index !== undefined) ?? [];
  const query = args[queryIndex];
  if (!query || args.length !== queryIndex + 1) return undefined;
  const parts = goParts(query.value, fmtName(match.node));
  const result = parts && sqlParameters(parts, placeholder);
  if (!result) return undefined;
  return [{ start: query.value.startIndex, end: query.value.endIndex, newText: [JSON.stringify(result.sql), ...result.values].join(', ') }];
}

// database/sql and sqlx: `db.Query("… WHERE name = '" + name + "'")` → `db.Query("… WHERE name = $1", name)`, with
// the placeholder style of the driver the file imports (lib/pq and pgx `$n`, MySQL and SQLite `?`). Declined when
// no single driver is imported, for values that are not in a value position, and for a statement already followed
// by arguments.
registerFix('go-sql-placeholders', (match) => {
  const call = match.call;
  const placeholder = placeholderStyle(match.node);
  if (!call || !placeholder) return undefined;
  const method = call.callee.slice(call.callee.lastIndexOf('.') + 1);
  const queryIndex = /^(SelectContext|GetContext)$/.test(method) ? 2 : /Context$|^(Select|Get)$/.test(method) ? 1 : 0;
  return parameterise(match, queryIndex, placeholder);
});

// GORM: `db.Where("name = '" + name + "'")` → `db.Where("name = ?", name)` for the methods that take arguments
// after the SQL (`Where`, `Or`, `Not`, `Having`, `Joins`, `Raw`, `Exec`); `Order`, `Group`, `Select` and the
// like take names, not values, and are declined.
registerFix('gorm-sql-placeholders', (match) => {
  const method = match.call?.callee.split('.').pop() ?? '';
  if (!/^(Where|Or|Not|Having|Joins|Raw|Exec)$/.test(method)) return undefined;
  return parameterise(match, 0, () => '?');
});

// `os.MkdirAll(dir, 0777)` → `0755`, `0666` → `0644`: the group and world write bits are cleared (what umask 022
// does). Unsafe: other accounts that wrote to the file or folder lose that right.
/** An octal mode literal that lets others write: `0777`, `0o666`, `0772`. */
export const WORLD_WRITABLE_MODE = /^0[oO]?[0-7]?[0-7][0-7][2367]$/;

/** An octal mode literal without its group and world write bits, spelled as it was (`0777` → `0755`, `0o666` → `0o644`). */
export function withoutGroupWorldWrite(mode: string): string {
  const prefix = /^0[oO]?/.exec(mode)![0];
  const digits = mode.slice(prefix.length);
  return prefix + (parseInt(digits, 8) & ~0o022).toString(8).padStart(digits.length, '0');
}

registerFix('go-file-mode-no-group-world-write', (match) => {
  const mode = match.call?.args.find((a) => WORLD_WRITABLE_MODE.test(a.value.text))?.value;
  if (!mode) return undefined;
  return [{ start: mode.startIndex, end: mode.endIndex, newText: withoutGroupWorldWrite(mode.text) }];
});

// `import "text/template"` → `import "html/template"` (an alias is kept): the same API, but values are escaped for
// the HTML context they land in. Unsafe: text output (emails, config files) rendered by the same import is
// HTML-escaped too.
registerFix('go-html-template-import', (match) => {
  const spec = goImports(match.node).find((i) => i.path === 'text/template')?.spec;
  const path = spec?.childForFieldName('path');
  if (!path) return undefined;
  return [{ start: path.startIndex, end: path.endIndex, newText: '"html/template"' }];
});

// CORS options that allow any origin with credentials: `AllowCredentials: true` → `false`. Unsafe: browsers stop
// sending cookies on cross-origin requests; a front end that needs them must be listed in the allowed origins.
registerFix('go-cors-no-credentials', (match) => {
  for (const element of match.node.namedChildren) {
    if (element?.type !== 'keyed_element') continue;
    const [key, value] = element.namedChildren;
    if (key?.text === 'AllowCredentials' && value?.text === 'true') return [{ start: value.startIndex, end: value.endIndex, newText: 'false' }];
  }
  return undefined;
});

// `template.HTML(x)` → `template.HTML(template.HTMLEscapeString(x))`, `template.JSStr(x)` →
// `template.JSStr(template.JSEscapeString(x))`: the value keeps its type but is escaped. Unsafe: markup that was
// meant to render (trusted HTML) now shows as text. Other conversions (`JS`, `URL`, `CSS`, `HTMLAttr`) have no
// escaping function that keeps them working and are declined.
registerFix('go-template-escape', (match) => {
  const call = match.call;
  const callee = call?.calleeNode;
  const arg = call?.args[0];
  if (!call || callee?.type !== 'selector_expression' || !arg || call.args.length !== 1) return undefined;
  const pkg = callee.childForFieldName('operand')?.text;
  const escape = { HTML: 'HTMLEscapeString', JSStr: 'JSEscapeString' }[callee.childForFieldName('field')?.text ?? ''];
  if (!pkg || !escape) return undefined;
  return [{ start: arg.value.startIndex, end: arg.value.endIndex, newText: `${pkg}.${escape}(${arg.value.text})` }];
});

// A DSN with a password written into `sql.Open`, `gorm` drivers or `pgx.Connect` → `os.Getenv("DATABASE_URL")`
// (adding the `os` import). Unsafe: the program now needs the variable set, and the password is still in the
// history, so it must be rotated.
registerFix('go-dsn-from-environment', (match) => {
  const dsn = match.call?.args.find((a) => goStringValue(a.value) !== undefined && /[:=@]/.test(a.value.text))?.value;
  if (!dsn) return undefined;
  const os = goImports(match.node).find((i) => i.path === 'os')?.name ?? 'os';
  return [{ start: dsn.startIndex, end: dsn.endIndex, newText: `${os}.Getenv("DATABASE_URL")` }, ...addGoImport(match.node, 'os')];
});

/** The SHA-256 counterpart of each exported name of crypto/md5 and crypto/sha1. */
const SHA256_NAMES: Record<string, string> = { New: 'New', Sum: 'Sum256', Size: 'Size', BlockSize: 'BlockSize' };

// MD5 / SHA-1 → SHA-256 for the whole file at once (every finding offers the same edits, so fix-all applies them
// once): `md5.Sum` → `sha256.Sum256`, `sha1.New` → `sha256.New`, the imports swapped. Unsafe: digests change length
// and value, so stored checksums, ETags or a protocol that requires MD5 break. Declined when a digest is used for
// a password (SHA-256 is as fast to crack), when fixed-size arrays of the old digest appear, or for blank and dot
// imports.
registerFix('go-sha256', (match, { text }) => {
  const imports = goImports(match.node);
  const weak = imports.filter((i) => i.path === 'crypto/md5' || i.path === 'crypto/sha1');
  if (!weak.length || weak.some((i) => i.name === '_' || i.name === '.') || /\[(16|20)\]byte/.test(text)) return undefined;
  const existing = imports.find((i) => i.path === 'crypto/sha256' && i.name !== '_');
  const sha256 = existing?.name ?? 'sha256';
  const edits: OffsetEdit[] = [];
  const names = new Set(weak.map((i) => i.name));
  for (const selector of match.node.tree.rootNode.descendantsOfType('selector_expression')) {
    const operand = selector?.childForFieldName('operand');
    const field = selector?.childForFieldName('field');
    if (!selector || !operand || !field || operand.type !== 'identifier' || !names.has(operand.text)) continue;
    const replacement = SHA256_NAMES[field.text];
    if (!replacement || usedForPassword(selector)) return undefined;
    edits.push({ start: selector.startIndex, end: selector.endIndex, newText: `${sha256}.${replacement}` });
  }
  weak.forEach((imp, i) => {
    if (i === 0 && !existing) edits.push({ start: imp.spec.startIndex, end: imp.spec.endIndex, newText: '"crypto/sha256"' });
    else edits.push(removeGoImport(imp.spec, text));
  });
  return edits;
}, { readsFile: true });

/** Whether a hash reference sits in a call or function about passwords. */
function usedForPassword(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parent) {
    if (n.type === 'call_expression' && /pass(word|wd|phrase)?|pwd/i.test(n.childForFieldName('arguments')?.text ?? '')) return true;
    if (n.type === 'function_declaration' || n.type === 'method_declaration') return /pass(word|wd|phrase)?|pwd/i.test(n.childForFieldName('name')?.text ?? '');
  }
  return false;
}
