/** Code fixes of the java pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { registerFix } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';
import { namedChildren } from '../../languages/language';
import { type SqlPart, sqlPlaceholders } from './sql-placeholders';

// `MessageDigest.getInstance("MD5")` → `MessageDigest.getInstance("SHA-256")`; only for a string literal argument
// of `MessageDigest.getInstance` (a named constant may be shared with other code, and the codec helpers have no
// algorithm argument).
registerFix('java-digest-sha256', (match) => {
  const call = match.call;
  if (!call || !/(^|\.)MessageDigest\.getInstance$/.test(call.callee)) return undefined;
  const algorithm = call.args.find((a) => a.index === 0)?.value;
  if (!algorithm || algorithm.type !== 'string_literal') return undefined;
  return [{ start: algorithm.startIndex, end: algorithm.endIndex, newText: '"SHA-256"' }];
});

/** The first argument of the match's call when it is a plain string literal (not a constant, not a text block). */
function literalArgument(match: Parameters<Parameters<typeof registerFix>[1]>[0], index = 0): Node | undefined {
  const value = match.call?.args.find((a) => a.index === index)?.value;
  return value?.type === 'string_literal' ? value : undefined;
}

/** An edit replacing a node's text. */
function replace(node: Node, newText: string): OffsetEdit {
  return { start: node.startIndex, end: node.endIndex, newText };
}

/**
 * What makes `fqcn` usable by its simple name in the file of `node`: no edit when it is imported already (or its
 * package is imported on demand), an `import` line otherwise, undefined when another class of that name is imported.
 */
export function javaImport(node: Node, fqcn: string): { edits: OffsetEdit[]; name: string } | undefined {
  const root = node.tree.rootNode;
  const simple = fqcn.slice(fqcn.lastIndexOf('.') + 1);
  const pkg = fqcn.slice(0, fqcn.lastIndexOf('.'));
  const children = namedChildren(root);
  const imports = children.filter((c) => c.type === 'import_declaration');
  for (const declaration of imports) {
    const imported = declaration.text.replace(/^import\s+|\s*;$/g, '').replace(/\s+/g, '');
    if (imported === fqcn || imported === `${pkg}.*`) return { edits: [], name: simple };
    if (!imported.startsWith('static') && imported.endsWith(`.${simple}`)) return undefined;
  }
  const last = imports[imports.length - 1];
  const pkgDeclaration = children.find((c) => c.type === 'package_declaration');
  const line = `import ${fqcn};`;
  const edit = last
    ? { start: last.endIndex, end: last.endIndex, newText: `\n${line}` }
    : pkgDeclaration
      ? { start: pkgDeclaration.endIndex, end: pkgDeclaration.endIndex, newText: `\n\n${line}` }
      : { start: 0, end: 0, newText: `${line}\n\n` };
  return { edits: [edit], name: simple };
}

/** The statement that holds `node` as its whole expression or as a declared or assigned value (for module rules too). */
export function enclosingStatement(node: Node): Node | undefined {
  const parent = node.parent;
  if (parent?.type === 'expression_statement') return parent;
  if (parent?.type === 'variable_declarator' && parent.parent?.type === 'local_variable_declaration') return parent.parent;
  if (parent?.type === 'assignment_expression' && parent.parent?.type === 'expression_statement') return parent.parent;
  return undefined;
}

/** Inserts `lines` as statements after `statement`, at its indentation (for code fixes of module rules too). */
export function statementsAfter(text: string, statement: Node, lines: string[]): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: statement.endIndex, end: statement.endIndex, newText: lines.map((l) => `\n${indent}${l}`).join('') };
}

/** Removes a whole statement together with its line (when it is alone on it). */
function removeStatement(text: string, statement: Node): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const lineEnd = text.indexOf('\n', statement.endIndex);
  const alone = /^[ \t]*$/.test(text.slice(lineStart, statement.startIndex)) && /^[ \t]*$/.test(text.slice(statement.endIndex, lineEnd < 0 ? text.length : lineEnd));
  return alone && lineEnd >= 0 ? { start: lineStart, end: lineEnd + 1, newText: '' } : { start: statement.startIndex, end: statement.endIndex, newText: '' };
}

// `Cipher.getInstance("DES/CBC/PKCS5Padding")`, `"AES"` or `"AES/ECB/…"` → `"AES/GCM/NoPadding"`;
// `KeyGenerator.getInstance("DES")` → `"AES"`. Declines for password-based (PBE…) ciphers and `SecretKeyFactory`
// (the key they make is not an AES key) and for Camellia/SM4 (no GCM in the default providers).
registerFix('java-cipher-aes-gcm', (match) => {
  const literal = literalArgument(match);
  const callee = match.call?.callee ?? '';
  if (!literal) return undefined;
  const algorithm = literal.text.slice(1, -1);
  if (/(^|\.)KeyGenerator\.getInstance$/.test(callee)) return [replace(literal, '"AES"')];
  if (!/(^|\.)Cipher\.getInstance$/.test(callee) || /^(PBE|Camellia|SM4)/i.test(algorithm)) return undefined;
  return [replace(literal, '"AES/GCM/NoPadding"')];
});

// `@CrossOrigin(origins = "*", allowCredentials = "true")` → `allowCredentials = "false"`;
// `.allowedOriginPatterns("*").allowCredentials(true)` → `.allowCredentials(false)`: any origin, but no cookies.
registerFix('java-cors-no-credentials', (match) => {
  const node = match.node;
  if (node.type === 'method_invocation') {
    const value = node.childForFieldName('arguments')?.namedChild(0);
    return value?.type === 'true' ? [replace(value, 'false')] : undefined;
  }
  const pair = namedChildren(match.captures.get('arguments') ?? null).find((p) => p.type === 'element_value_pair' && p.childForFieldName('key')?.text === 'allowCredentials');
  const value = pair?.childForFieldName('value');
  return value?.text === '"true"' ? [replace(value, '"false"')] : undefined;
});

// A password literal passed to `DriverManager.getConnection(url, user, "…")` or a data source's `setPassword("…")`
// → `System.getenv("DB_PASSWORD")`. Declines for a password inside the JDBC URL.
registerFix('java-db-password-from-environment', (match) => {
  const callee = match.call?.callee ?? '';
  const index = /\.setPassword$/.test(callee) ? 0 : /(^|\.)getConnection$/.test(callee) ? 2 : -1;
  const literal = index >= 0 ? literalArgument(match, index) : undefined;
  return literal ? [replace(literal, 'System.getenv("DB_PASSWORD")')] : undefined;
});

// Apache HttpClient's allow-all verifiers → the verifying ones of the same library: `ALLOW_ALL_HOSTNAME_VERIFIER` →
// `STRICT_HOSTNAME_VERIFIER`, `new AllowAllHostnameVerifier()` / `NoopHostnameVerifier.INSTANCE` →
// `new DefaultHostnameVerifier()` (imported from the package the no-op one comes from); a `(h, s) -> true` verifier
// passed to a setter or builder → the call removed, so the client's default verification applies. Declines for
// a `verify` method that returns true (what should it check instead?) and for unresolvable imports.
registerFix('java-hostname-verifier-default', (match, { text }) => {
  const node = match.node;
  if (node.type === 'field_access' && node.childForFieldName('field')?.text === 'ALLOW_ALL_HOSTNAME_VERIFIER') {
    return [replace(node.childForFieldName('field')!, 'STRICT_HOSTNAME_VERIFIER')];
  }
  if (node.type === 'method_invocation') {
    const receiver = node.childForFieldName('object');
    if (!receiver) return undefined;
    if (node.parent?.type === 'expression_statement') return [removeStatement(text, node.parent)];
    // A link of a builder chain: `builder.hostnameVerifier((h, s) -> true).build()` → `builder.build()`.
    return node.parent?.type === 'method_invocation' && node.parent.childForFieldName('object')?.equals(node) ? [{ start: receiver.endIndex, end: node.endIndex, newText: '' }] : undefined;
  }
  const written = node.type === 'object_creation_expression' ? node.childForFieldName('type')?.text : node.childForFieldName('object')?.text;
  const simple = written?.split('.').pop();
  if (!written || (simple !== 'NoopHostnameVerifier' && simple !== 'AllowAllHostnameVerifier')) return undefined;
  let pkg = written.includes('.') ? written.slice(0, written.lastIndexOf('.')) : undefined;
  if (!pkg) {
    const declaration = namedChildren(node.tree.rootNode).find((c) => c.type === 'import_declaration' && new RegExp(`\\.${simple};$`).test(c.text.replace(/\s+/g, '')));
    pkg = declaration?.text.replace(/^import\s+|\s*;$/g, '').replace(/\s+/g, '').replace(/\.[^.]+$/, '');
  }
  if (!pkg || !/^org\.apache\.(http\.conn\.ssl|hc\.client5\.http\.ssl)$/.test(pkg)) return undefined;
  const imported = javaImport(node, `${pkg}.DefaultHostnameVerifier`);
  if (!imported) return undefined;
  return [...imported.edits, replace(node, `new ${imported.name}()`)];
});

const JJWT_SIGNED: Record<string, string> = {
  parseClaimsJwt: 'parseClaimsJws',
  parsePlaintextJwt: 'parsePlaintextJws',
  parseUnsecuredClaims: 'parseSignedClaims',
  parseUnsecuredContent: 'parseSignedContent',
};

// jjwt `parseClaimsJwt(t)` → `parseClaimsJws(t)` (and the 0.12 `parseUnsecured*` → `parseSigned*`, dropping an
// `.unsecured()` of the same chain): the parser then requires and checks the signature. Only for a chain that
// configures a key (`verifyWith`, `setSigningKey`, …); declines for auth0 `JWT.decode` (verifying needs the key)
// and for an `.unsecured()` reported on its own.
registerFix('java-jjwt-verify-signature', (match, { text }) => {
  const call = match.node;
  const name = call.childForFieldName('name');
  const signed = JJWT_SIGNED[name?.text ?? ''];
  if (!name || !signed) return undefined;
  const edits: OffsetEdit[] = [replace(name, signed)];
  for (let link = call.childForFieldName('object'); link?.type === 'method_invocation'; link = link.childForFieldName('object')) {
    const receiver = link.childForFieldName('object');
    if (link.childForFieldName('name')?.text === 'unsecured' && receiver) edits.push({ start: receiver.endIndex, end: link.endIndex, newText: '' });
  }
  // Without a key the parser could verify nothing: such a chain needs a person to add one.
  const keyed = /\.(verifyWith|setSigningKey|setSigningKeyResolver|keyLocator|decryptWith)\(/.test(call.text);
  return keyed && text.includes('io.jsonwebtoken') ? edits : undefined;
});

// A pattern from data → `Pattern.quote(pattern)`, matched literally (`Pattern` imported when it is not).
registerFix('java-regex-quote', (match) => {
  const value = match.call?.args.find((a) => a.index === 0)?.value;
  if (!value || value.type === 'string_literal') return undefined;
  const imported = javaImport(value, 'java.util.regex.Pattern');
  if (!imported) return undefined;
  return [...imported.edits, replace(value, `${imported.name}.quote(${value.text})`)];
});

// SnakeYAML `new Yaml()` → `new Yaml(new SafeConstructor(new LoaderOptions()))`, which builds only plain maps,
// lists and scalars (the constructor SnakeYAML 1.33+ and 2.x have). Declines when `Yaml` gets arguments.
registerFix('java-snakeyaml-safe-constructor', (match) => {
  const args = match.call?.argsNode;
  if (!args || match.call!.args.length) return undefined;
  const constructor = javaImport(args, 'org.yaml.snakeyaml.constructor.SafeConstructor');
  const options = javaImport(args, 'org.yaml.snakeyaml.LoaderOptions');
  if (!constructor || !options) return undefined;
  return [...constructor.edits, ...options.edits, replace(args, `(new ${constructor.name}(new ${options.name}()))`)];
});

// Spring Security `http.csrf().disable()` → `http.csrf().and()`; `http.csrf(c -> c.disable())` /
// `csrf(AbstractHttpConfigurer::disable)` → `csrf(Customizer.withDefaults())`: CSRF protection back on.
registerFix('java-csrf-enable', (match) => {
  const call = match.node;
  const name = call.childForFieldName('name');
  if (name?.text === 'disable') return [replace(name, 'and')];
  const arg = match.call?.args.find((a) => a.index === 0)?.value;
  if (name?.text !== 'csrf' || !arg) return undefined;
  const customizer = javaImport(arg, 'org.springframework.security.config.Customizer');
  return customizer ? [...customizer.edits, replace(arg, `${customizer.name}.withDefaults()`)] : undefined;
});

/** The pieces of `"…" + x + "…"` (a `+` chain that starts with a string literal), or undefined for other shapes. */
function concatenation(node: Node): SqlPart[] | undefined {
  const parts: SqlPart[] = [];
  const walk = (n: Node): void => {
    if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+') {
      walk(n.childForFieldName('left')!);
      walk(n.childForFieldName('right')!);
    } else if (n.type === 'string_literal') parts.push({ kind: 'text', text: n.text.slice(1, -1) });
    else parts.push({ kind: 'value', text: n.text });
  };
  walk(node);
  return node.type === 'binary_expression' && parts[0]?.kind === 'text' ? parts : undefined;
}

// JdbcTemplate methods whose last parameter is `Object... args`, by the argument count before it.
const JDBC_VARARGS: Record<string, number[]> = { query: [2], queryForObject: [2], queryForStream: [2], queryForList: [1, 2], queryForMap: [1], queryForRowSet: [1], update: [1] };

// Spring `jdbcTemplate.query("… WHERE id = " + id, mapper)` → `jdbcTemplate.query("… WHERE id = ?", mapper, id)`
// and JPA `em.createQuery("… = '" + name + "'")` → `em.createQuery("… = ?1").setParameter(1, name)`. Only for a
// concatenation written in the call whose values sit where SQL takes a value; declines for NamedParameterJdbcTemplate,
// `execute`/`batchUpdate`, queries already holding `?`, and calls that pass arguments already.
registerFix('java-sql-parameters', (match, { text }) => {
  const call = match.call;
  const sql = call?.args.find((a) => a.index === 0)?.value;
  const parts = sql && concatenation(sql);
  const split = parts && sqlPlaceholders(parts);
  if (!call?.argsNode || !sql || !split || split.texts.some((t) => t.includes('?'))) return undefined;
  const method = call.calleeNode.text;
  const receiver = call.node.childForFieldName('object')?.text ?? '';
  if (method === 'createQuery' || method === 'createNativeQuery') {
    const query = `"${split.texts.map((t, i) => (i ? `?${i}${t}` : t)).join('')}"`;
    const setters = split.values.map((v, i) => `.setParameter(${i + 1}, ${v})`).join('');
    return [replace(sql, query), { start: call.node.endIndex, end: call.node.endIndex, newText: setters }];
  }
  const counts = JDBC_VARARGS[method];
  if (!counts?.includes(call.args.length) || /named/i.test(receiver)) return undefined;
  if (method === 'queryForList' && call.args.length === 2 && call.args[1]!.value.type !== 'class_literal') return undefined;
  return [replace(sql, `"${split.texts.join('?')}"`), { ...appendAt(call.argsNode, text), newText: `, ${split.values.join(', ')}` }];
});

/** The offset just before the closing parenthesis of an argument list, after its last argument. */
function appendAt(argsNode: Node, text: string): { start: number; end: number } {
  const inner = text.slice(argsNode.startIndex + 1, argsNode.endIndex - 1).replace(/\s*$/, '');
  const at = argsNode.startIndex + 1 + inner.length;
  return { start: at, end: at };
}

// `Runtime.getRuntime().exec("ping -c 1 " + host)` → `exec(new String[] {"ping", "-c", "1", host})`: the same
// words `exec(String)` would split on whitespace, with each spliced value kept as one argument no space in it can
// split. Declines when a value is glued to other text (`"--name=" + v`) or a literal holds quotes or escapes.
registerFix('java-exec-argument-array', (match) => {
  const command = match.call?.args.find((a) => a.index === 0)?.value;
  if (!command || match.call!.args.length !== 1 || !/(^|\.)exec$/.test(match.call!.callee)) return undefined;
  const parts = command.type === 'string_literal' ? undefined : concatenation(command);
  if (!parts) return undefined;
  const words: string[] = [];
  let glued = false; // the previous piece ended inside a word
  for (const part of parts) {
    if (part.kind === 'value') {
      if (glued) return undefined;
      words.push(part.text);
      glued = true;
      continue;
    }
    if (part.text === '') continue;
    if (/["'\\]/.test(part.text)) return undefined;
    if (glued && /^\S/.test(part.text)) return undefined;
    const tokens = part.text.split(/\s+/).filter(Boolean);
    words.push(...tokens.map((t) => `"${t}"`));
    glued = tokens.length > 0 && /\S$/.test(part.text);
  }
  return words.length ? [replace(command, `new String[] {${words.join(', ')}}`)] : undefined;
});

// `new File(dir, name)` / `Paths.get(dir, name)` with a name from data → only the last segment of the name is
// kept (`Paths.get(name).getFileName().toString()`), so `../` and absolute paths cannot leave `dir`. Declines for
// a single path argument (there is no folder to stay in) and for more than two arguments.
registerFix('java-path-file-name', (match) => {
  const call = match.call;
  const name = call?.args.find((a) => a.index === 1)?.value;
  const dir = call?.args.find((a) => a.index === 0)?.value;
  if (!call || call.args.length !== 2 || !name || name.type === 'string_literal') return undefined;
  // Only a constant folder: a folder from data is a finding of its own that this fix does not address.
  if (dir?.type !== 'string_literal' && !/^[A-Z][A-Z0-9_]*$/.test(dir?.text ?? '')) return undefined;
  const paths = javaImport(name, 'java.nio.file.Paths');
  if (!paths) return undefined;
  return [...paths.edits, replace(name, `${paths.name}.get(${name.text}).getFileName().toString()`)];
});

