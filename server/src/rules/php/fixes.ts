/** Code fixes of the php pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { appendArgument, registerFix } from '../../engine/fix';
import type { RawMatch } from '../../engine/match';
import type { OffsetEdit } from '../../engine/module';
import { type Part, shellWords, sqlParameters } from '../go/string-parts';

// `CURLOPT_SSL_VERIFYPEER => false` → `true`, `CURLOPT_SSL_VERIFYHOST => 0` → `2`, Guzzle `'verify' => false` →
// `true`: the secure values, which make connections to hosts with bad certificates fail (hence unsafe).
registerFix('php-curl-verify-on', (match) => {
  let option: string | undefined;
  let value: Node | undefined;
  if (match.call) {
    option = match.call.args.find((a) => a.index === 1)?.value.text;
    value = match.call.args.find((a) => a.index === 2)?.value;
  } else {
    option = match.captures.get('key')?.text;
    value = match.captures.get('value');
  }
  if (!option || !value) return undefined;
  const newText = /VERIFYHOST/.test(option) ? '2' : 'true';
  return [{ start: value.startIndex, end: value.endIndex, newText }];
});

// `md5($password)`, `sha1($password)`, `hash('sha256', $password)` → `password_hash($password, PASSWORD_DEFAULT)`:
// a salted, slow hash. Unsafe: stored hashes and the code that checks them must move to `password_verify`, so a
// digest compared on the spot (a login check) is left for a person to rewrite.
registerFix('php-password-hash', (match) => {
  const call = match.call;
  if (!call || call.callee === 'md5_file') return undefined;
  const password = call.args.find((a) => a.index === (call.callee === 'hash' ? 1 : 0));
  if (!password || call.args.some((a) => (a.index ?? -1) > (call.callee === 'hash' ? 1 : 0))) return undefined;
  const parent = match.node.parent;
  if (parent?.type === 'binary_expression' && /^[!=]==?$|^<>$/.test(parent.childForFieldName('operator')?.text ?? '')) return undefined;
  return [{ start: match.node.startIndex, end: match.node.endIndex, newText: `password_hash(${password.value.text}, PASSWORD_DEFAULT)` }];
});

/** The constant content of a PHP string without escapes or interpolation, or undefined. */
function phpStringValue(node: Node): string | undefined {
  if ((node.type === 'string' || node.type === 'encapsed_string') && node.namedChildren.every((c) => c?.type === 'string_content') && !node.text.includes('\\')) return node.text.slice(1, -1);
  return undefined;
}

/**
 * The parts of a string built with `.` or interpolation (`"… $id"`, `"… {$user->id}"`), or undefined for escapes,
 * heredocs and simple interpolations of array elements (`"$row[id]"`, which cannot be copied out of the string).
 */
function phpParts(node: Node): Part[] | undefined {
  const constant = phpStringValue(node);
  if (constant !== undefined) return [{ literal: constant }];
  if (node.type === 'parenthesized_expression') return node.namedChildren[0] ? phpParts(node.namedChildren[0]) : undefined;
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '.') {
    const left = phpParts(node.childForFieldName('left')!);
    const right = phpParts(node.childForFieldName('right')!);
    return left && right ? [...left, ...right] : undefined;
  }
  if (node.type === 'encapsed_string' && node.text.startsWith('"')) {
    const parts: Part[] = [];
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i)!;
      if (!child.isNamed) continue;
      if (child.type === 'string_content') parts.push({ literal: child.text });
      else if (child.type === 'variable_name' || child.type === 'member_access_expression' || node.child(i - 1)?.type === '{') parts.push({ expr: child.text });
      else return undefined;
    }
    return parts;
  }
  if (/^(string|encapsed_string|heredoc|nowdoc)$/.test(node.type) || node.text.includes('\n')) return undefined;
  return [{ expr: node.text }];
}

/** A PHP single-quoted string literal. */
function phpQuote(s: string): string {
  return `'${s.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** Parts joined with `.`, each expression passed through `wrap`. */
function phpConcat(parts: Part[], wrap: (expr: string) => string): string {
  return parts.filter((p) => !('literal' in p) || p.literal).map((p) => ('literal' in p ? phpQuote(p.literal) : wrap(p.expr))).join(' . ');
}

/** Positional arguments of a call (undefined when a named or spread argument makes positions unreliable). */
function positional(match: RawMatch): Node[] | undefined {
  const args = match.call?.args ?? [];
  if (args.some((a) => a.index === undefined) || /\.\.\./.test(match.call?.argsNode?.text ?? '')) return undefined;
  return args.map((a) => a.value);
}

// `shell_exec("ping -c 1 " . $host)`, `exec("convert {$in} …")` → `shell_exec('ping -c 1 ' . escapeshellarg($host))`:
// every inserted value is quoted as one shell word. Unsafe: a value meant to carry several arguments or shell syntax
// now arrives as one literal word. Declined when the constant text uses quotes or shell syntax, when the program
// itself is a value, for backtick operators, and for a command held in a variable.
registerFix('php-escapeshellarg', (match) => {
  if (match.call?.callee.replace(/^\\/, '') === 'pcntl_exec') return undefined; // a program path, not a shell string
  const command = match.call?.args.find((a) => a.index === 0 || a.name === 'command')?.value;
  const parts = command && phpParts(command);
  if (!command || !parts || !shellWords(parts)) return undefined;
  const escaped = phpConcat(parts, (e) => (/^escapeshellarg\(/.test(e) ? e : `escapeshellarg(${e})`));
  return [{ start: command.startIndex, end: command.endIndex, newText: escaped }];
});

/** Calls that take the SQL and then an array of bindings: the callee's last segment → the argument of the SQL. */
const BINDING_CALLS = /^(DB\.(select|insert|update|delete|statement)|.+\.(whereRaw|orWhereRaw|havingRaw|orderByRaw|selectRaw|fromRaw|executeQuery|executeStatement))$/;

// SQL built by concatenation or interpolation → a constant statement with `?` placeholders and the values as
// bindings: Laravel `DB::select("… = '$id'")` → `DB::select('… = ?', [$id])` (also `whereRaw` and the other `*Raw`
// builders, Doctrine `executeQuery`/`executeStatement`), `mysqli_query($db, "… $id")` →
// `mysqli_execute_query($db, '… ?', [$id])` (PHP 8.2). Declined for PDO/mysqli `->query` (no bindings there),
// `DB::raw`, values that are not in a value position (column names, `LIKE '%…%'`) and calls with bindings already.
registerFix('php-sql-bindings', (match) => {
  const call = match.call;
  const args = positional(match);
  if (!call || !args) return undefined;
  const callee = call.callee.replace(/^\\/, '');
  let sqlIndex: number;
  if (callee === 'mysqli_query') sqlIndex = 1;
  else if (BINDING_CALLS.test(callee)) sqlIndex = 0;
  else return undefined;
  const sql = args[sqlIndex];
  const parts = sql && args.length === sqlIndex + 1 ? phpParts(sql) : undefined;
  const result = parts && sqlParameters(parts, () => '?');
  if (!sql || !result) return undefined;
  const edits: OffsetEdit[] = [{ start: sql.startIndex, end: sql.endIndex, newText: `${phpQuote(result.sql)}, [${result.values.join(', ')}]` }];
  if (callee === 'mysqli_query') edits.push({ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'mysqli_execute_query' });
  return edits;
});

/** Expressions that print no markup of their own: literals, numbers, casts to numbers and escaping calls. */
const HTML_SAFE = /^(\(\s*(int|float|bool)\s*\)|(htmlspecialchars|htmlentities|intval|floatval|count|number_format|json_encode|e)\s*\(|-?\d)/;

/** `htmlspecialchars(<expr>, ENT_QUOTES, 'UTF-8')`, or the expression itself when it prints no markup. */
function escapeHtml(expr: string): string {
  return HTML_SAFE.test(expr) ? expr : `htmlspecialchars(${expr}, ENT_QUOTES, 'UTF-8')`;
}

// `echo "<h1>Welcome, " . $name . "</h1>"`, `print $x`, `<?= $x ?>` → every value in the output passes through
// `htmlspecialchars($value, ENT_QUOTES, 'UTF-8')`; the constant markup is kept. Unsafe: a value that holds
// intended HTML is shown as text. Declined for `printf` and shapes whose parts cannot be separated.
registerFix('php-htmlspecialchars', (match) => {
  const value = match.captures.get('value');
  if (!value || match.call) return undefined;
  const parts = phpParts(value);
  if (!parts || parts.every((p) => 'literal' in p || HTML_SAFE.test(p.expr))) return undefined;
  return [{ start: value.startIndex, end: value.endIndex, newText: phpConcat(parts, escapeHtml) }];
});

// `unserialize($data)` → `unserialize($data, ['allowed_classes' => false])`: objects come back as
// `__PHP_Incomplete_Class`, so no magic method of an application class runs. Unsafe: code that stored objects gets
// incomplete ones back (arrays and scalars are unchanged). Declined when options are already passed.
registerFix('php-unserialize-no-classes', (match, { text }) => {
  const args = positional(match);
  const list = match.call?.argsNode;
  if (!args || args.length !== 1 || !list) return undefined;
  return [appendArgument(list, "['allowed_classes' => false]", text)];
});

// A database password written into `new PDO(…)`, `new mysqli(…)` or `mysqli_connect(…)` → `getenv('DB_PASSWORD')`.
// Unsafe: the environment variable must be set wherever the code runs, and the old password is still in the history,
// so it must be rotated.
registerFix('php-db-password-from-environment', (match) => {
  const args = match.call?.args ?? [];
  const password = args.find((a) => a.name === 'password' || a.name === 'passwd') ?? args.find((a) => a.index === 2);
  if (!password || phpStringValue(password.value) === undefined) return undefined;
  return [{ start: password.value.startIndex, end: password.value.endIndex, newText: "getenv('DB_PASSWORD')" }];
});

/** The libxml flags that load DTDs or substitute entities. */
const ENTITY_FLAGS = /^\\?LIBXML_(NOENT|DTDLOAD|DTDATTR)$/;

/** The operands of an `a | b | c` flag expression. */
function flagOperands(node: Node): Node[] {
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '|') return [...flagOperands(node.childForFieldName('left')!), ...flagOperands(node.childForFieldName('right')!)];
  return [node];
}

// XML parsing options: `LIBXML_NOENT`, `LIBXML_DTDLOAD` and `LIBXML_DTDATTR` are dropped from the flags (the rest
// are kept; none left → `0`), `libxml_disable_entity_loader(false)` → `true`, and `setParserProperty(SUBST_ENTITIES
// or LOADDTD, true)` → `false`. Unsafe: documents that rely on their DTD's entities or default attributes parse
// differently.
registerFix('php-xml-no-entities', (match) => {
  const call = match.call;
  if (!call) return undefined;
  const name = call.callee.split('.').pop();
  if (name === 'libxml_disable_entity_loader' || name === 'setParserProperty') {
    const value = call.args.find((a) => a.index === (name === 'setParserProperty' ? 1 : 0))?.value;
    return value ? [{ start: value.startIndex, end: value.endIndex, newText: name === 'setParserProperty' ? 'false' : 'true' }] : undefined;
  }
  const flags = call.args.find((a) => /LIBXML_(NOENT|DTDLOAD|DTDATTR)/.test(a.value.text))?.value;
  if (!flags) return undefined;
  const operands = flagOperands(flags);
  if (operands.some((o) => !/^\\?LIBXML_\w+$/.test(o.text))) return undefined;
  const kept = operands.filter((o) => !ENTITY_FLAGS.test(o.text)).map((o) => o.text);
  return [{ start: flags.startIndex, end: flags.endIndex, newText: kept.length ? kept.join(' | ') : '0' }];
});

// `extract($_POST)` → `extract($_POST, EXTR_SKIP)`: request keys can no longer overwrite variables that already
// exist (`$isAdmin`, `$user_id`). Unsafe: code that relied on the request overriding a default now keeps the
// default. Declined when flags are already passed, and for `parse_str` (its variables are used by name later).
registerFix('php-extract-skip', (match, { text }) => {
  const args = positional(match);
  const list = match.call?.argsNode;
  if (match.call?.callee.replace(/^\\/, '') !== 'extract' || !args || args.length !== 1 || !list) return undefined;
  return [appendArgument(list, 'EXTR_SKIP', text)];
});

/** PCRE modifiers other than `e`. */
const MODIFIERS = '[imsxuADSUXJn]*';

// `preg_replace('/(\w+)/e', 'strtoupper("$1")', $s)` → `preg_replace_callback('/(\w+)/', fn ($m) => strtoupper($m[1]),
// $s)`: the replacement code becomes an arrow function and each quoted back-reference (`"$1"`, `'\1'`) the matched
// group `$m[1]`, so the subject is never evaluated as code. Unsafe: needs PHP 7.4+, and the replacement's quoting
// rules no longer apply. Declined for replacements that are not single-quoted literals, hold statements, or use a
// back-reference outside quotes.
registerFix('php-preg-replace-callback', (match) => {
  const call = match.call;
  const args = positional(match);
  if (!call || call.callee !== 'preg_replace' || !args || args.length < 3) return undefined;
  const [pattern, replacement] = args as [Node, Node];
  const modifiers = new RegExp(`(${MODIFIERS})e(${MODIFIERS})(['"])$`).exec(pattern.text);
  if (!modifiers || replacement.type !== 'string' || !replacement.text.startsWith("'")) return undefined;
  const code = replacement.text.slice(1, -1).replace(/\\([\\'])/g, '$1');
  const body = code.replace(/(["'])(?:\\{1,2}|\$)\{?(\d+)\}?\1/g, '$m[$2]');
  if (/;|\\\d|\$\{?\d/.test(body) || /\$m\b/.test(code)) return undefined;
  const cut = pattern.endIndex - modifiers[0].length;
  return [
    { start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'preg_replace_callback' },
    { start: cut, end: pattern.endIndex, newText: modifiers[1]! + modifiers[2]! + modifiers[3]! },
    { start: replacement.startIndex, end: replacement.endIndex, newText: `fn ($m) => ${body}` },
  ];
});
