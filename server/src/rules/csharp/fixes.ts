/** Code fixes of the csharp pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { type CodeFix, registerFix, removeArgument } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';
import { namedChildren } from '../../languages/language';
import { type SqlPart, sqlPlaceholders } from '../java/sql-placeholders';

type Match = Parameters<CodeFix>[0];

// `HttpOnly = false` / `Secure = false` → `true`; `CookieSecurePolicy.None` → `CookieSecurePolicy.Always`;
// `HttpOnlyPolicy.None` → `HttpOnlyPolicy.Always`. Unsafe: scripts can no longer read the cookie, and browsers stop
// sending it over plain HTTP.
registerFix('csharp-cookie-flags-on', (match) => {
  const value = match.captures.get('value');
  if (!value) return undefined;
  const newText = value.text === 'false' ? 'true' : value.text.replace(/\.None$/, '.Always');
  return newText === value.text ? undefined : [{ start: value.startIndex, end: value.endIndex, newText }];
});

/** An edit replacing a node's text. */
function replace(node: Node, newText: string): OffsetEdit {
  return { start: node.startIndex, end: node.endIndex, newText };
}

/** Whether the file has `using <namespace>;` (a global using elsewhere is not visible, so callers qualify then). */
function hasUsing(node: Node, namespace: string): boolean {
  return namedChildren(node.tree.rootNode).some((c) => c.type === 'using_directive' && c.text.replace(/\s+/g, ' ') === `using ${namespace};`);
}

/** Removes a whole statement together with its line (when it is alone on it). */
function removeStatement(text: string, statement: Node): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.endIndex);
  const alone = /^[ \t]*$/.test(text.slice(lineStart, statement.startIndex)) && lineEnd >= 0 && /^[ \t]*$/.test(text.slice(statement.endIndex, lineEnd));
  return alone ? { start: lineStart, end: lineEnd + 1, newText: '' } : { start: statement.startIndex, end: statement.endIndex, newText: '' };
}

/** The declared type of the variable a value initialises (`var`, `HashAlgorithm`, …), if the value initialises one. */
function declaredType(value: Node): string | undefined {
  const declarator = value.parent;
  if (declarator?.type !== 'variable_declarator' || declarator.parent?.type !== 'variable_declaration') return undefined;
  return declarator.parent.childForFieldName('type')?.text;
}

// `…ValidationCallback = (…) => true;` (or `DangerousAcceptAnyServerCertificateValidator`) → the statement (or the
// object initializer entry) removed, so the runtime's certificate validation applies again.
registerFix('csharp-remove-certificate-callback', (match, { text }) => {
  const node = match.node;
  if (node.type !== 'assignment_expression') return undefined;
  if (node.parent?.type === 'expression_statement') return [removeStatement(text, node.parent)];
  if (node.parent?.type !== 'initializer_expression') return undefined;
  // An entry alone on its line (with its comma) goes with the line.
  const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
  const rest = /^[ \t]*,?[ \t]*\n/.exec(text.slice(node.endIndex));
  if (/^[ \t]*$/.test(text.slice(lineStart, node.startIndex)) && rest) return [{ start: lineStart, end: node.endIndex + rest[0].length, newText: '' }];
  return [removeArgument(node, text)];
});

// `.AllowAnyOrigin().AllowCredentials()` → `.AllowAnyOrigin()`: any origin, but no cookies or credentials.
// Declines for `SetIsOriginAllowed(_ => true)` (removing credentials from a distant call is left to a person).
registerFix('csharp-cors-no-credentials', (match) => {
  for (let link: Node | null = match.node; link?.type === 'invocation_expression'; ) {
    const access: Node | null = link.childForFieldName('function');
    if (access?.type !== 'member_access_expression') return undefined;
    const receiver: Node | null = access.childForFieldName('expression');
    if (access.childForFieldName('name')?.text === 'AllowCredentials' && receiver) return [{ start: receiver.endIndex, end: link.endIndex, newText: '' }];
    link = receiver;
  }
  return undefined;
});

// `aes.Mode = CipherMode.ECB` → `CipherMode.CBC` (the IV `Aes.Create()` generates at random then matters).
// Declines for `EncryptEcb`/`DecryptEcb` (CBC needs an IV argument).
registerFix('csharp-cipher-mode-cbc', (match) => {
  const value = match.captures.get('value');
  return value && /(^|\.)CipherMode\.ECB$/.test(value.text) ? [replace(value, value.text.replace(/ECB$/, 'CBC'))] : undefined;
});

// A connection string with a password, written as a literal → `Environment.GetEnvironmentVariable("DB_CONNECTION_STRING")`.
registerFix('csharp-connection-string-from-environment', (match) => {
  const value = match.call ? match.call.args.find((a) => a.index === 0 || a.name === 'connectionString')?.value : match.captures.get('value');
  if (value?.type !== 'string_literal' && value?.type !== 'verbatim_string_literal') return undefined;
  const environment = hasUsing(value, 'System') ? 'Environment' : 'System.Environment';
  return [replace(value, `${environment}.GetEnvironmentVariable("DB_CONNECTION_STRING")`)];
});

const LOCAL_REDIRECTS: Record<string, string> = { Redirect: 'LocalRedirect', RedirectPermanent: 'LocalRedirectPermanent' };

// MVC `Redirect(url)` → `LocalRedirect(url)` (and `RedirectPermanent` → `LocalRedirectPermanent`,
// `Results.Redirect` → `Results.LocalRedirect`): a URL to another host throws instead of redirecting. Declines for
// `Response.Redirect`, which has no local-only twin.
registerFix('csharp-local-redirect', (match) => {
  const call = match.call;
  if (!call || /(^|\.)Response\.\w+$/.test(call.callee)) return undefined;
  const name = call.calleeNode.type === 'member_access_expression' ? call.calleeNode.childForFieldName('name') : call.calleeNode;
  const local = name && LOCAL_REDIRECTS[name.text];
  if (!name || !local || (call.callee.includes('.') && !/^(this|Results|TypedResults)\.\w+$/.test(call.callee))) return undefined;
  return [replace(name, local)];
});

/** Wraps the value of the call's argument `keys` (position or name) in `wrapper(…)`, unless it is a literal. */
function wrapArgument(match: Match, keys: (string | number)[], wrapper: string): OffsetEdit[] | undefined {
  const arg = match.call?.args.find((a) => keys.includes(a.index ?? -1) || keys.includes(a.name ?? ''));
  if (!arg || /string_literal$/.test(arg.value.type)) return undefined;
  return [replace(arg.value, `${wrapper}(${arg.value.text})`)];
}

// `Path.Combine(root, name)` → `Path.Combine(root, Path.GetFileName(name))`: only the last segment of the name is
// kept, so `..\` and rooted paths cannot leave `root`. Only for two arguments.
registerFix('csharp-path-file-name', (match) => {
  const call = match.call;
  if (!call || call.args.length !== 2 || !/(^|\.)Path\.Combine$/.test(call.callee)) return undefined;
  return wrapArgument(match, [1, 'path2'], call.callee.replace(/Combine$/, 'GetFileName'));
});

// A pattern from data → `Regex.Escape(pattern)`, matched literally.
registerFix('csharp-regex-escape', (match) => {
  const isNew = match.node.type === 'object_creation_expression';
  const regex = isNew ? 'Regex' : match.call?.callee.replace(/\.\w+$/, '') ?? 'Regex';
  return wrapArgument(match, isNew ? [0, 'pattern'] : [1, 'pattern'], `${regex}.Escape`);
});

// `Response.Write(value)` → `Response.Write(WebUtility.HtmlEncode(value))` (`HttpUtility` in files using
// System.Web): markup in the value is shown as text.
registerFix('csharp-html-encode', (match) => {
  const node = match.node;
  const encoder = hasUsing(node, 'System.Web') ? 'HttpUtility.HtmlEncode' : hasUsing(node, 'System.Net') ? 'WebUtility.HtmlEncode' : 'System.Net.WebUtility.HtmlEncode';
  const arg = match.call?.args.find((a) => a.index === 0 || a.name === 's' || a.name === 'text')?.value;
  if (!arg || /string_literal$/.test(arg.type)) return undefined;
  const holes = valueHoles(arg);
  if (!holes) return [replace(arg, `${encoder}(${arg.text})`)];
  return holes.length ? holes.map((hole) => replace(hole, `${encoder}(${hole.text})`)) : undefined;
});

/**
 * The values spliced into markup built by `+` or `$"…"` (the parts to encode, not the markup around them), or
 * undefined when `node` is neither.
 */
function valueHoles(node: Node): Node[] | undefined {
  if (node.type === 'interpolated_string_expression') {
    return namedChildren(node).flatMap((c) => (c.type === 'interpolation' ? namedChildren(c).filter((e) => e.type !== 'interpolation_brace').slice(0, 1) : []));
  }
  if (node.type !== 'binary_expression' || node.childForFieldName('operator')?.text !== '+') return undefined;
  return [node.childForFieldName('left')!, node.childForFieldName('right')!].flatMap((side) => (/string_literal$/.test(side.type) ? [] : valueHoles(side) ?? [side]));
}

// `[ValidateInput(false)]` → `[ValidateInput(true)]`, the default: request validation runs again.
registerFix('csharp-validate-input-on', (match) => {
  const value = match.captures.get('value');
  return value?.text === 'false' ? [replace(value, 'true')] : undefined;
});

// `DtdProcessing.Parse` → `DtdProcessing.Prohibit`, `ProhibitDtd = false` → `true`, `XmlResolver = …` → `null`.
registerFix('csharp-xml-no-dtd', (match) => {
  const value = match.captures.get('value');
  if (!value) return undefined;
  if (/(^|\.)DtdProcessing\.Parse$/.test(value.text)) return [replace(value, value.text.replace(/Parse$/, 'Prohibit'))];
  if (value.text === 'false') return [replace(value, 'true')];
  return /XmlResolver$/.test(match.captures.get('target')?.text ?? '') ? [replace(value, 'null')] : undefined;
});

// `var des = DES.Create()` / `new TripleDESCryptoServiceProvider()` → `Aes.Create()`; only where the variable is
// `var` or `SymmetricAlgorithm` (a `DES`-typed variable cannot hold an `Aes`).
registerFix('csharp-aes-create', (match) => {
  const node = match.node;
  const type = declaredType(node);
  if (type !== 'var' && !/(^|\.)SymmetricAlgorithm$/.test(type ?? '')) return undefined;
  if (node.type === 'invocation_expression' && match.call?.args.length) return undefined;
  return [replace(node, `${hasUsing(node, 'System.Security.Cryptography') ? '' : 'System.Security.Cryptography.'}Aes.Create()`)];
});

// `MD5.HashData(x)` / `SHA1.HashData(x)` → `SHA256.HashData(x)`; `MD5.Create()`, `new SHA1Managed()`, … →
// `SHA256.Create()` where the variable is `var` or `HashAlgorithm`; `new HMACMD5(key)` → `new HMACSHA256(key)`.
registerFix('csharp-sha256', (match) => {
  const node = match.node;
  const call = match.call;
  if (!call) return undefined;
  const qualifier = hasUsing(node, 'System.Security.Cryptography') ? '' : 'System.Security.Cryptography.';
  if (node.type === 'invocation_expression' && /HashData(Async)?$/.test(call.callee)) {
    const access = call.calleeNode.childForFieldName('expression');
    return access ? [replace(access, access.text.replace(/(MD5|SHA1)$/, 'SHA256'))] : undefined;
  }
  const type = declaredType(node);
  if (node.type === 'object_creation_expression' && /(^|\.)HMACMD5$/.test(call.callee)) {
    return type === 'var' || /(^|\.)(HMAC|KeyedHashAlgorithm)$/.test(type ?? '') ? [replace(call.calleeNode, call.calleeNode.text.replace(/HMACMD5$/, 'HMACSHA256'))] : undefined;
  }
  if (call.args.length || (type !== 'var' && !/(^|\.)HashAlgorithm$/.test(type ?? ''))) return undefined;
  return [replace(node, `${qualifier}SHA256.Create()`)];
});

/** The pieces of `"…" + x + "…"` or `$"…{x}…"` (regular strings only), or undefined for other shapes. */
function concatenation(node: Node): SqlPart[] | undefined {
  const parts: SqlPart[] = [];
  let ok = true;
  const walk = (n: Node): void => {
    if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+') {
      walk(n.childForFieldName('left')!);
      walk(n.childForFieldName('right')!);
    } else if (n.type === 'string_literal') parts.push({ kind: 'text', text: n.text.slice(1, -1) });
    else if (n.type === 'interpolated_string_expression') {
      if (!n.text.startsWith('$"')) ok = false;
      for (const child of namedChildren(n)) {
        if (child.type === 'interpolation') {
          const inner = namedChildren(child).filter((c) => c.type !== 'interpolation_brace');
          if (inner.length !== 1) ok = false; // an alignment or format clause
          parts.push({ kind: 'value', text: inner[0]?.text ?? '' });
        } else if (child.type !== 'interpolation_start' && child.type !== 'interpolation_quote') parts.push({ kind: 'text', text: child.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') });
      }
    } else if (/string_literal$/.test(n.type)) ok = false;
    else parts.push({ kind: 'value', text: n.text });
  };
  walk(node);
  return ok && parts[0]?.kind === 'text' ? parts : undefined;
}

const INTERPOLATED: Record<string, string> = { FromSqlRaw: 'FromSqlInterpolated', ExecuteSqlRaw: 'ExecuteSqlInterpolated', ExecuteSqlRawAsync: 'ExecuteSqlInterpolatedAsync' };
const PARAMETER_COMMANDS = /(^|\.)(SqlCommand|NpgsqlCommand|MySqlCommand|SqliteCommand|SQLiteCommand)$/;

// EF Core `FromSqlRaw("… = '" + x + "'")` / `FromSqlRaw($"… = '{x}'")` → `FromSqlInterpolated($"… = {x}")`, which
// sends every hole as a parameter (also `ExecuteSqlRaw[Async]`). `var cmd = new SqlCommand("… = '" + x + "'", c);`
// → `"… = @x"` plus `cmd.Parameters.AddWithValue("@x", x);` after the declaration (SqlClient, Npgsql, MySQL,
// SQLite). Declines when a value may be a name (table, column) or sits inside a quoted pattern, for verbatim
// strings, calls that already pass parameters, `CommandText` assignments (the command type is unknown) and adapters.
registerFix('csharp-sql-parameters', (match, { text }) => {
  const call = match.call;
  const sql = call?.args.find((a) => a.index === 0)?.value;
  const parts = sql && concatenation(sql);
  const split = parts && sqlPlaceholders(parts);
  if (!call || !sql || !split) return undefined;
  if (call.node.type === 'invocation_expression') {
    const name = call.calleeNode.type === 'member_access_expression' ? call.calleeNode.childForFieldName('name') : null;
    const interpolated = name && INTERPOLATED[name.text];
    if (!name || !interpolated || call.args.length !== 1) return undefined;
    const escape = (t: string) => t.replace(/\{/g, '{{').replace(/\}/g, '}}');
    const query = `$"${split.texts.map((t, i) => (i ? `{${split.values[i - 1]}}${escape(t)}` : escape(t))).join('')}"`;
    return [replace(name, interpolated), replace(sql, query)];
  }
  if (!PARAMETER_COMMANDS.test(call.callee)) return undefined;
  const declarator = call.node.parent;
  const statement = declarator?.parent?.parent;
  const variable = declarator?.type === 'variable_declarator' ? declarator.childForFieldName('name')?.text : undefined;
  if (!variable || (statement?.type !== 'local_declaration_statement' && statement?.type !== 'using_statement')) return undefined;
  const names = parameterNames(split.values);
  const lines = split.values.map((v, i) => `${variable}.Parameters.AddWithValue("${names[i]}", ${v});`);
  const query = `"${split.texts.map((t, i) => (i ? `${names[i - 1]}${t}` : t)).join('')}"`;
  let insert: OffsetEdit;
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (statement.type === 'local_declaration_statement') insert = { start: statement.endIndex, end: statement.endIndex, newText: lines.map((l) => `\n${indent}${l}`).join('') };
  else {
    const body = statement.childForFieldName('body');
    if (body?.type !== 'block') return undefined;
    const open = body.startIndex + 1;
    insert = { start: open, end: open, newText: lines.map((l) => `\n${indent}    ${l}`).join('') };
  }
  return [replace(sql, query), insert];
});

/** `@name` for identifier values (`@p1`, `@p2`, … for other expressions and repeats). */
function parameterNames(values: string[]): string[] {
  const used = new Set<string>();
  return values.map((v, i) => {
    const simple = /^(?:this\.)?_?([A-Za-z]\w*)$/.exec(v)?.[1];
    let name = simple ? `@${simple}` : `@p${i + 1}`;
    if (used.has(name)) name = `@p${i + 1}`;
    used.add(name);
    return name;
  });
}
