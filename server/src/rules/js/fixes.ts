/** Code fixes of the js pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { appendArgument, registerFix, removeArgument, type CodeFix } from '../../engine/fix';
import type { RawMatch } from '../../engine/match';
import type { OffsetEdit } from '../../engine/module';

/** A piece of a built string: literal source text (raw, as written between the quotes) or an expression. */
type Piece = string | Node;

/**
 * The pieces of a string built by a template literal or a `+` chain that starts with a string, with the quote the
 * string literals use (`` ` `` for templates). Undefined for other shapes, escapes in plain strings, and chains that
 * mix quote styles.
 */
function stringPieces(node: Node): { quote: string; pieces: Piece[] } | undefined {
  if (node.type === 'string') {
    if (node.text.includes('\\')) return undefined;
    return { quote: node.text[0]!, pieces: [node.text.slice(1, -1)] };
  }
  if (node.type === 'template_string') {
    const pieces: Piece[] = [];
    let at = node.startIndex + 1;
    for (const child of node.namedChildren) {
      if (child?.type !== 'template_substitution') continue;
      pieces.push(node.text.slice(at - node.startIndex, child.startIndex - node.startIndex));
      const expression = child.namedChildren[0];
      if (!expression || child.namedChildren.length !== 1) return undefined;
      pieces.push(expression);
      at = child.endIndex;
    }
    pieces.push(node.text.slice(at - node.startIndex, -1));
    return { quote: '`', pieces };
  }
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const head = left ? stringPieces(left) : undefined;
    if (!head || !right || head.quote === '`') return undefined;
    if (right.type === 'string') {
      const tail = stringPieces(right);
      if (!tail || tail.quote !== head.quote) return undefined;
      return { quote: head.quote, pieces: [...head.pieces, ...tail.pieces] };
    }
    if (right.type === 'template_string') return undefined;
    return { quote: head.quote, pieces: [...head.pieces, right] };
  }
  return undefined;
}

/** Characters the shell gives a meaning outside quotes (a command using them needs the shell). */
const SHELL_SYNTAX = /[\\$`|;&<>()*?[\]{}#~!\n]/;

/**
 * Splits a command string (literal, template or `+` chain) into words the way `sh` would, each word as a JS
 * expression: a string, `String(value)` for a word that is exactly one value, or a template. Values stay one word
 * each (that is the point: no word splitting or expansion of data). Declines on shell syntax, escapes, unbalanced
 * quotes and a program name that is not a literal.
 */
function splitCommand(node: Node): string[] | undefined {
  const built = stringPieces(node);
  if (!built) return undefined;
  const words: Piece[][] = [];
  let word: Piece[] | undefined;
  let quote: string | undefined;
  const push = (piece: Piece) => {
    word ??= [];
    const last = word[word.length - 1];
    if (typeof piece === 'string' && typeof last === 'string') word[word.length - 1] = last + piece;
    else word.push(piece);
  };
  for (const piece of built.pieces) {
    if (typeof piece !== 'string') {
      push(piece);
      continue;
    }
    if (piece.includes('\\')) return undefined;
    for (const ch of piece) {
      if (quote) {
        if (ch === quote) quote = undefined;
        else if (quote === '"' && /[$`\\!]/.test(ch)) return undefined;
        else push(ch);
      } else if (/\s/.test(ch)) {
        if (word) words.push(word);
        word = undefined;
      } else if (ch === '"' || ch === "'") {
        quote = ch;
        word ??= [];
      } else if (SHELL_SYNTAX.test(ch)) return undefined;
      else push(ch);
    }
  }
  if (quote) return undefined;
  if (word) words.push(word);
  const program = words[0];
  if (!program || program.length !== 1 || typeof program[0] !== 'string' || program[0].includes('=')) return undefined;
  return words.map((w) => {
    if (w.length === 0) return '""';
    if (w.length === 1 && typeof w[0] === 'string') return JSON.stringify(w[0]);
    if (w.length === 1) return `String(${(w[0] as Node).text})`;
    return `\`${w.map((p) => (typeof p === 'string' ? p.replace(/[`\\]|\$(?=\{)/g, (c) => `\\${c}`) : `\${${p.text}}`)).join('')}\``;
  });
}

/** Whether `name` is imported by destructuring from child_process (`const { execFile } = require(…)`, `import {…}`). */
function importedFromChildProcess(name: string, text: string): boolean {
  const member = `\\{[^}]*\\b${name}\\b(?!\\s*(:|as\\b))[^}]*\\}`;
  const from = `['"](node:)?child_process['"]`;
  return new RegExp(`${member}\\s*=\\s*require\\(\\s*${from}\\s*\\)|import\\s*${member}\\s*from\\s*${from}`).test(text);
}

// `cp.exec("df -h", cb)` → `cp.execFile("df", ["-h"], cb)`; `exec(`ping -c 1 ${host}`)` → `execFile("ping", ["-c",
// "1", String(host)])`: the same program without a shell, each value one argument. For member calls, and for a bare
// `exec`/`execSync` when `execFile`/`execFileSync` is destructured from child_process too. Declines for commands with
// shell syntax or a computed program, and for options that ask for a shell.
registerFix('js-exec-to-exec-file', (match, { text }) => {
  const call = match.call;
  const command = call?.args.find((a) => a.index === 0);
  if (!call || !command || call.args.some((a) => /\bshell\s*:/.test(a.value.text))) return undefined;
  const callee = call.calleeNode;
  const name = callee.type === 'member_expression' ? callee.childForFieldName('property') : callee;
  if (!name || !/^exec(Sync)?$/.test(name.text)) return undefined;
  const replacement = name.text === 'exec' ? 'execFile' : 'execFileSync';
  if (callee.type === 'identifier' && !importedFromChildProcess(replacement, text)) return undefined;
  if (callee.type !== 'identifier' && callee.type !== 'member_expression') return undefined;
  const words = splitCommand(command.value);
  if (!words) return undefined;
  const [program, ...args] = words;
  return [
    { start: name.startIndex, end: name.endIndex, newText: replacement },
    { start: command.value.startIndex, end: command.value.endIndex, newText: `${program}${args.length ? `, [${args.join(', ')}]` : ''}` },
  ];
});

// `spawn(`ffmpeg -i ${input}`, { shell: true })` → `spawn("ffmpeg", ["-i", String(input)])`; `spawn("grep", [args],
// { shell: true, … })` → the same without `shell`. The options object loses `shell` (and goes when that was all it
// held). Declines when the command cannot be split, or the program of an argument array is not one plain word.
registerFix('js-spawn-without-shell', (match, { text }) => {
  const call = match.call;
  const options = call?.args.find((a) => a.value.type === 'object' && pairOf(a.value, 'shell'));
  const command = call?.args.find((a) => a.index === 0);
  if (!call || !options || !command || hasSpread(options.value)) return undefined;
  const shell = pairOf(options.value, 'shell')!;
  const removeShell = options.value.namedChildren.filter((c) => c?.type !== 'comment').length === 1 ? removeArgument(options.node, text) : removeArgument(shell, text);
  const second = call.args.find((a) => a.index === 1);
  if (second && second.value.type === 'array') {
    if (!/^(['"])[\w./@+-]+\1$/.test(command.value.text)) return undefined;
    return [removeShell];
  }
  const words = splitCommand(command.value);
  if (!words) return undefined;
  const [program, ...args] = words;
  return [{ start: command.value.startIndex, end: command.value.endIndex, newText: `${program}, [${args.join(', ')}]` }, removeShell];
});

// `el.innerHTML = data` → `el.textContent = data`: the data is shown as text instead of parsed as markup. Only plain
// `=` on `innerHTML` (appending with `+=` or replacing the element with `outerHTML` means something else).
registerFix('js-inner-html-to-text-content', (match) => {
  const target = match.captures.get('target');
  const assignment = match.captures.get('match');
  if (target?.type !== 'member_expression' || assignment?.type !== 'assignment_expression') return undefined;
  const property = target.childForFieldName('property');
  if (property?.text !== 'innerHTML') return undefined;
  return [{ start: property.startIndex, end: property.endIndex, newText: 'textContent' }];
});

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers

/** The quote and raw content of a plain string literal (`"…"`, `'…'`, or a template without `${}`). */
export function stringParts(node: Node | null | undefined): { quote: string; content: string } | undefined {
  if (!node) return undefined;
  if (node.type === 'string' || (node.type === 'template_string' && !node.namedChildren.some((c) => c?.type === 'template_substitution'))) {
    return { quote: node.text[0]!, content: node.text.slice(1, -1) };
  }
  return undefined;
}

/** Replaces the content of a string literal, keeping its quotes. */
function replaceStringContent(node: Node, content: string): OffsetEdit {
  return { start: node.startIndex + 1, end: node.endIndex - 1, newText: content };
}

/** The `key: value` pair of an object literal with this key (plain, quoted or shorthand), if there is one. */
function pairOf(object: Node | null | undefined, key: string): Node | undefined {
  if (object?.type !== 'object') return undefined;
  for (const child of object.namedChildren) {
    if (child?.type === 'pair' && child.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '') === key) return child;
  }
  return undefined;
}

/** Whether an object literal has a spread (`...defaults`), which may set any key. */
function hasSpread(object: Node): boolean {
  return object.namedChildren.some((c) => c?.type === 'spread_element');
}

/** The quote character the file mostly uses for strings. */
function preferredQuote(text: string): string {
  return (text.match(/'/g)?.length ?? 0) > (text.match(/"/g)?.length ?? 0) ? "'" : '"';
}

/** Adds `key: value` as the last property of an object literal (undefined for an object with a spread). */
function addProperty(object: Node, property: string): OffsetEdit | undefined {
  if (object.type !== 'object' || hasSpread(object)) return undefined;
  const members = object.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  const last = members[members.length - 1];
  if (!last) return { start: object.startIndex, end: object.endIndex, newText: `{ ${property} }` };
  return { start: last.endIndex, end: last.endIndex, newText: `, ${property}` };
}

/** The value of the one `const` declaration of an identifier in the file, if it has exactly one binding. */
function constValueOf(node: Node): Node | undefined {
  if (node.type !== 'identifier') return undefined;
  const declarators = node.tree.rootNode.descendantsOfType('variable_declarator').filter((d) => d?.childForFieldName('name')?.text === node.text);
  const declarator = declarators.length === 1 ? declarators[0] : undefined;
  if (!declarator || !/^const\b/.test(declarator.parent?.text ?? '')) return undefined;
  return declarator.childForFieldName('value') ?? undefined;
}

/**
 * Whether a string or template literal (or a constant bound to one, or a `+` of them) contains markup (`<tag`),
 * so showing it as text would show the tags.
 */
function containsMarkup(node: Node): boolean {
  const value = constValueOf(node) ?? node;
  if (value.type === 'binary_expression') return value.namedChildren.some((c) => !!c && containsMarkup(c));
  return /^[`'"]/.test(value.text) && /<[A-Za-z!/]/.test(value.text);
}

// ---------------------------------------------------------------------------------------------------------------
// Hard-coded secrets → environment lookups

/**
 * A secret written into the code → `process.env.<NAME>`. The secret is the first of `captures` the match has: a
 * string literal (replaced), `Buffer.from("…")` (its string replaced) or a name bound once in the file by
 * `const NAME = "…"` (that declaration's value replaced; the variable is named after the constant when it is
 * UPPER_SNAKE, else `fallback`). Declines for anything else (arrays, computed keys, `let`, several bindings).
 */
function secretFromEnvironment(captures: string[], fallback: string): CodeFix {
  return (match) => {
    const node = captures.map((c) => match.captures.get(c)).find((n) => n);
    if (!node) return undefined;
    const env = (name: string) => `process.env.${name}`;
    if (stringParts(node)) return [{ start: node.startIndex, end: node.endIndex, newText: env(fallback) }];
    if (node.type === 'call_expression' && node.childForFieldName('function')?.text === 'Buffer.from') {
      const first = node.childForFieldName('arguments')?.namedChildren[0];
      if (!stringParts(first)) return undefined;
      return [{ start: first!.startIndex, end: first!.endIndex, newText: env(fallback) }];
    }
    const value = constValueOf(node);
    if (!value || !stringParts(value)) return undefined;
    const name = /^[A-Z][A-Z0-9_]*$/.test(node.text) ? node.text : fallback;
    return [{ start: value.startIndex, end: value.endIndex, newText: env(name) }];
  };
}

registerFix('js-jwt-secret-from-environment', secretFromEnvironment(['value:1'], 'JWT_SECRET'), { readsFile: true });
registerFix('js-session-secret-from-environment', (match, ctx) => {
  const cookieParser = match.call !== undefined;
  return secretFromEnvironment(['value', 'value:0'], cookieParser ? 'COOKIE_SECRET' : 'SESSION_SECRET')(match, ctx);
}, { readsFile: true });
registerFix('js-db-password-from-environment', secretFromEnvironment(['value', 'value:2'], 'DB_PASSWORD'), { readsFile: true });
registerFix('js-cipher-key-from-environment', (match, ctx) => {
  const hmac = /createHmac$/.test(match.names.get('name') ?? '');
  return secretFromEnvironment(['value:1', 'value:0'], hmac ? 'HMAC_KEY' : 'ENCRYPTION_KEY')(match, ctx);
}, { readsFile: true });

// ---------------------------------------------------------------------------------------------------------------
// Crypto and TLS settings

// `inspector.open(port, "0.0.0.0")` → `"127.0.0.1"`: the debugger listens on the loopback interface only.
registerFix('js-inspector-loopback', (match) => {
  const host = match.captures.get('value:1');
  return stringParts(host) ? [replaceStringContent(host!, '127.0.0.1')] : undefined;
});

// `minVersion: "TLSv1"` → `"TLSv1.2"`; `secureProtocol: "TLSv1_method"` → `minVersion: "TLSv1.2"` (declines when
// the options already set minVersion).
registerFix('js-tls-min-version', (match) => {
  const value = match.captures.get('value');
  const key = match.captures.get('key');
  if (!stringParts(value) || !key) return undefined;
  if (match.names.get('key') === 'minVersion') return [replaceStringContent(value!, 'TLSv1.2')];
  if (pairOf(match.node.parent, 'minVersion')) return undefined;
  const quote = stringParts(value)!.quote;
  return [{ start: key.startIndex, end: value!.endIndex, newText: `minVersion: ${quote}TLSv1.2${quote}` }];
});

// `createHash("md5")`, `createHmac("sha1", key)`, `crypto.hash("md5", data)` → `"sha256"` (`"RSA-MD5"` →
// `"RSA-SHA256"`).
registerFix('js-hash-sha256', (match) => {
  const algorithm = match.captures.get('value:0');
  const parts = stringParts(algorithm);
  if (!parts) return undefined;
  return [replaceStringContent(algorithm!, /^rsa-/i.test(parts.content) ? 'RSA-SHA256' : 'sha256')];
});

/** OWASP's PBKDF2 iteration counts (Password Storage Cheat Sheet) by digest. */
const PBKDF2_ITERATIONS: Record<string, string> = { sha1: '1_300_000', sha256: '600_000', sha512: '210_000' };

// `pbkdf2Sync(pw, salt, 1000, 64, "sha512")` → `210_000` iterations (600_000 for SHA-256, 1_300_000 for SHA-1).
// Only a number written in the call; a named constant may be used elsewhere and is left for a person.
registerFix('js-pbkdf2-iterations', (match) => {
  const count = match.captures.get('value:2');
  const digest = stringParts(match.captures.get('value:4'))?.content.toLowerCase().replace('-', '');
  const iterations = digest ? PBKDF2_ITERATIONS[digest] : undefined;
  if (count?.type !== 'number' || !iterations) return undefined;
  return [{ start: count.startIndex, end: count.endIndex, newText: iterations }];
});

// `modulusLength: 1024` → `3072` (a number written in place only).
registerFix('js-rsa-3072', (match) => {
  const value = match.captures.get('value');
  return value?.type === 'number' ? [{ start: value.startIndex, end: value.endIndex, newText: '3072' }] : undefined;
});

/** A file mode as written (`0o777`, `0777`, `511`, `0x1ff`, `"777"`) → its number and a formatter for a new mode. */
function parseMode(node: Node): { mode: number; format: (mode: number) => string } | undefined {
  const octal = (m: number) => m.toString(8).padStart(3, '0');
  const text = node.text;
  if (node.type === 'string') {
    const parts = stringParts(node)!;
    return /^[0-7]{3,4}$/.test(parts.content) ? { mode: parseInt(parts.content, 8), format: (m) => `${parts.quote}${octal(m)}${parts.quote}` } : undefined;
  }
  if (node.type !== 'number') return undefined;
  if (/^0[oO][0-7]+$/.test(text)) return { mode: parseInt(text.slice(2), 8), format: (m) => `${text.slice(0, 2)}${octal(m)}` };
  if (/^0[0-7]+$/.test(text)) return { mode: parseInt(text.slice(1), 8), format: (m) => `0${octal(m)}` };
  if (/^(\d+|0[xX][0-9a-fA-F]+)$/.test(text)) return { mode: Number(text), format: (m) => `0o${octal(m)}` };
  return undefined;
}

// `chmodSync(p, 0o777)`, `{ mode: 0o666 }` → the same mode without write permission for group and others
// (`0o755`, `0o644`), in the notation it was written in.
registerFix('js-chmod-no-world-write', (match) => {
  const candidates = [match.captures.get('value:1'), match.captures.get('value:2')];
  for (const candidate of candidates) {
    const node = candidate?.type === 'object' ? pairOf(candidate, 'mode')?.childForFieldName('value') : candidate;
    const parsed = node ? parseMode(node) : undefined;
    if (!node || !parsed || (parsed.mode & 0o002) === 0) continue;
    return [{ start: node.startIndex, end: node.endIndex, newText: parsed.format(parsed.mode & ~0o022) }];
  }
  return undefined;
});

// ---------------------------------------------------------------------------------------------------------------
// JWT

// `jwt.sign(payload, secret)` → `jwt.sign(payload, secret, { expiresIn: "1h" })`; an options object literal gets
// the property. Declines for a string payload (jsonwebtoken rejects expiresIn there), options built elsewhere or
// with a spread, and unusual argument lists.
registerFix('js-jwt-expires-in', (match, { text }) => {
  const call = match.call;
  const payload = match.captures.get('value:0');
  if (!call?.argsNode || !payload || payload.type !== 'object') return undefined;
  const q = preferredQuote(text);
  const expiry = `expiresIn: ${q}1h${q}`;
  const options = match.captures.get('value:2');
  const callbackOnly = options && /^(arrow_function|function_expression|function)$/.test(options.type);
  if (call.args.length === 2) return [appendArgument(call.argsNode, `{ ${expiry} }`, text)];
  if (call.args.length === 3 && callbackOnly) return [{ start: options.startIndex, end: options.startIndex, newText: `{ ${expiry} }, ` }];
  if (options?.type !== 'object' || call.args.length > 4) return undefined;
  const edit = addProperty(options, expiry);
  return edit ? [edit] : undefined;
});

// `algorithms: ["HS256", "none"]` → `["HS256"]`: "none" is dropped from the accepted algorithms. Declines when
// "none" is the only entry (the right algorithm is not known) and for `algorithm: "none"` when signing.
registerFix('js-jwt-drop-none', (match, { text }) => {
  const array = match.captures.get('value');
  if (match.names.get('key') !== 'algorithms' || array?.type !== 'array') return undefined;
  const items = array.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  const none = items.filter((c) => /^none$/i.test(stringParts(c)?.content ?? ''));
  if (!none.length || none.length === items.length || items.some((c) => !stringParts(c))) return undefined;
  return none.map((n) => removeArgument(n, text));
});

// ---------------------------------------------------------------------------------------------------------------
// Deserialisation

// `serialize.unserialize(text)` (node-serialize) → `JSON.parse(text)`: the same JSON, without reviving functions.
registerFix('js-unserialize-to-json-parse', (match) => {
  const call = match.call;
  if (match.names.get('name') !== 'node-serialize.unserialize' || call?.args.length !== 1) return undefined;
  return [{ start: call.calleeNode.startIndex, end: call.calleeNode.endIndex, newText: 'JSON.parse' }];
});

// ---------------------------------------------------------------------------------------------------------------
// DOM and React: data shown as text instead of parsed as HTML

/** Renames the called method (`el.insertAdjacentHTML` → `el.insertAdjacentText`) when `data` is not markup. */
function renameMethod(match: RawMatch, from: string, to: string, data: Node | undefined): OffsetEdit[] | undefined {
  const callee = match.call?.calleeNode;
  const property = callee?.type === 'member_expression' ? callee.childForFieldName('property') : null;
  if (property?.text !== from || !data || containsMarkup(data)) return undefined;
  return [{ start: property.startIndex, end: property.endIndex, newText: to }];
}

// `el.insertAdjacentHTML(where, data)` → `el.insertAdjacentText(where, data)`; declines for literal markup.
registerFix('js-insert-adjacent-text', (match) => renameMethod(match, 'insertAdjacentHTML', 'insertAdjacentText', match.captures.get('value:1')), { readsFile: true });

// `$(sel).html(data)` → `$(sel).text(data)`; declines for literal markup and for the other jQuery sinks.
registerFix('js-jquery-text', (match) => renameMethod(match, 'html', 'text', match.captures.get('value:0')), { readsFile: true });

// `<div a dangerouslySetInnerHTML={{ __html: data }} />` → `<div a>{data}</div>` (React escapes children). Only for
// a self-closing element or one without children, and an attribute that holds just `{ __html: … }`.
registerFix('js-react-children-instead-of-html', (match, { text }) => {
  const value = match.captures.get('value');
  const object = match.node.parent;
  const container = object?.parent;
  const attribute = container?.parent;
  const element = attribute?.parent;
  if (!value || containsMarkup(value) || object?.type !== 'object' || object.namedChildren.length !== 1) return undefined;
  if (container?.type !== 'jsx_expression' || attribute?.type !== 'jsx_attribute' || !element) return undefined;
  if (!/^dangerouslySetInnerHTML\s*=/.test(attribute.text)) return undefined;
  const removal = { start: attribute.startIndex - (/\s*$/.exec(text.slice(0, attribute.startIndex))?.[0].length ?? 0), end: attribute.endIndex, newText: '' };
  if (element.type === 'jsx_self_closing_element') {
    const name = element.childForFieldName('name')?.text;
    const close = /\s*\/>$/.exec(element.text);
    if (!name || !close) return undefined;
    return [removal, { start: element.endIndex - close[0].length, end: element.endIndex, newText: `>{${value.text}}</${name}>` }];
  }
  const parent = element.parent;
  if (element.type !== 'jsx_opening_element' || parent?.type !== 'jsx_element') return undefined;
  const children = parent.namedChildren.filter((c) => c && c.id !== element.id && c.type !== 'jsx_closing_element');
  if (children.some((c) => c!.type !== 'jsx_text' || c!.text.trim() !== '')) return undefined;
  const closing = parent.namedChildren.find((c) => c?.type === 'jsx_closing_element');
  if (!closing) return undefined;
  return [removal, { start: element.endIndex, end: closing.startIndex, newText: `{${value.text}}` }];
}, { readsFile: true });

// `window.addEventListener("message", (event) => { … })` → the handler first returns for messages from other
// origins than the page's own. Only for `window` listeners with a block body and a plain parameter (in workers
// `event.origin` is empty, so the check would drop every message).
registerFix('js-message-origin-check', (match, { text }) => {
  const callee = match.captures.get('callee');
  const handler = match.captures.get('handler');
  if (!callee || !handler || !/^window\.addEventListener$/.test(callee.text.replace(/\s+/g, ''))) return undefined;
  const params = handler.childForFieldName('parameters') ?? handler.childForFieldName('parameter');
  const param = params?.type === 'identifier' ? params : params?.namedChildren.length === 1 ? params.namedChildren[0] : undefined;
  const body = handler.childForFieldName('body');
  const first = body?.namedChildren[0];
  if (param?.type !== 'identifier' || body?.type !== 'statement_block' || !first) return undefined;
  const indent = /[ \t]*$/.exec(text.slice(0, first.startIndex))![0];
  return [{ start: first.startIndex, end: first.startIndex, newText: `if (${param.text}.origin !== window.location.origin) return;\n${indent}` }];
});

// ---------------------------------------------------------------------------------------------------------------
// SQL built from strings → parameterised queries

/** What comes right before a value that can become a parameter: a comparison, `(`, `,`, LIKE or arithmetic. */
const PARAMETER_BEFORE = /(=|<|>|\(|,|\blike|\bilike|\+|-|\*|\/|\|\|)\s*$/i;

/**
 * A SQL string built by a template or `+` chain → the same SQL with a placeholder for each value (a value quoted as
 * `'${v}'` loses the quotes) and the values in order. Declines when a value sits inside a longer quoted string
 * (`'%${q}%'`), names a table or column, follows `IN (`, is glued to other text, or is not after a comparison,
 * `(`, `,`, LIKE or arithmetic (it might be a SQL fragment), and when the SQL already has placeholders.
 */
function parameterise(node: Node, placeholder: (index: number) => string): { sql: string; values: Node[] } | undefined {
  const built = stringPieces(node);
  if (!built || built.pieces.every((p) => typeof p === 'string')) return undefined;
  const pieces = [...built.pieces];
  const values: Node[] = [];
  let sql = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (typeof piece === 'string') {
      if (/\?|\$\d/.test(piece)) return undefined;
      sql += piece;
      continue;
    }
    let next = typeof pieces[i + 1] === 'string' ? (pieces[i + 1] as string) : '';
    if (typeof pieces[i + 1] !== 'string' && i + 1 < pieces.length) return undefined;
    let before = sql;
    if (/'$/.test(before) && next.startsWith("'")) {
      before = before.slice(0, -1);
      next = next.slice(1);
      pieces[i + 1] = next;
    }
    if ((before.match(/'/g)?.length ?? 0) % 2 === 1 || /[\w.$"`\]]$/.test(before) || /^[\w.'"`[]/.test(next)) return undefined;
    if (!PARAMETER_BEFORE.test(before) || /\bin\s*\(\s*$/i.test(before)) return undefined;
    values.push(piece);
    sql = before + placeholder(values.length);
  }
  return { sql: `${built.quote}${sql}${built.quote}`, values };
}

/** Rewrites `f(sql)` / `f(sql, callback)` to `f(sqlWithPlaceholders, [values])` / `f(…, [values], callback)`. */
function moveValuesToParameters(match: RawMatch, placeholder: (index: number) => string): OffsetEdit[] | undefined {
  const call = match.call;
  const query = call?.args.find((a) => a.index === 0);
  if (!call || !query || call.args.some((a) => a.name !== undefined)) return undefined;
  const rest = call.args.filter((a) => a.index !== 0);
  const callbackOnly = rest.length === 1 && /^(arrow_function|function_expression|function)$/.test(rest[0]!.value.type);
  if (rest.length > 1 || (rest.length === 1 && !callbackOnly)) return undefined;
  const result = parameterise(query.value, placeholder);
  if (!result) return undefined;
  return [{ start: query.value.startIndex, end: query.value.endIndex, newText: `${result.sql}, [${result.values.map((v) => v.text).join(', ')}]` }];
}

/** The module a name is bound to by `require`/`import` in the file (`const { Pool } = require("pg")` → `pg`). */
function moduleOfName(name: string, text: string): string | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  const binding = `(?:\\{[^}]*\\b${escaped}\\b[^}]*\\}|${escaped}\\b)`;
  const patterns = [
    new RegExp(`(?:const|let|var)\\s+${binding}\\s*=\\s*require\\(\\s*['"]([^'"]+)['"]\\s*\\)`),
    new RegExp(`import\\s+(?:\\*\\s+as\\s+)?${binding}\\s*from\\s*['"]([^'"]+)['"]`),
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return found[1];
  }
  return undefined;
}

/** The SQL driver family of a module name. */
function driverOf(module: string | undefined): 'pg' | 'mysql' | undefined {
  if (!module) return undefined;
  if (/^(pg|pg-pool|@vercel\/postgres|@neondatabase\/serverless)$/.test(module)) return 'pg';
  if (/^(mysql|mysql2|mysql2\/promise|@planetscale\/database)$/.test(module)) return 'mysql';
  return undefined;
}

/**
 * The driver behind the receiver of `db.query(…)`: the receiver's `const` value (`mysql.createPool(…)`, `new
 * Pool()`) traced to the module its first name comes from; otherwise the one SQL driver the file imports.
 */
function driverOfReceiver(callee: Node, text: string): 'pg' | 'mysql' | undefined {
  const receiver = callee.type === 'member_expression' ? callee.childForFieldName('object') : null;
  const value = receiver ? constValueOf(receiver) : undefined;
  const root = /^(?:await\s+)?(?:new\s+)?([A-Za-z_$][\w$]*)/.exec(value?.text ?? '')?.[1];
  const traced = root ? driverOf(moduleOfName(root, text)) : undefined;
  if (traced) return traced;
  const imported = new Set([...text.matchAll(/(?:require\(\s*|from\s*)['"]([^'"]+)['"]/g)].map((m) => driverOf(m[1])).filter((d) => d));
  return imported.size === 1 ? [...imported][0] : undefined;
}

const KNEX_RAW = /^(raw|whereRaw|orWhereRaw|havingRaw|orderByRaw|groupByRaw|joinRaw|fromRaw)$/;

// `pool.query("… id = " + id)` → `pool.query("… id = ?", [id])` (mysql/mysql2), `$1` for pg (the driver is traced
// from the receiver or the file's imports); knex `whereRaw`/`raw`… → `?` with a bindings array. Declines for an
// unknown driver (Prisma's `$queryRawUnsafe` placeholders depend on the database in schema.prisma), SQL held in a
// variable, existing parameters, and values that are not plain data (see `parameterise`).
registerFix('js-sql-parameters', (match, { text }) => {
  const call = match.call;
  const method = call?.calleeNode.type === 'member_expression' ? call.calleeNode.childForFieldName('property')?.text : undefined;
  if (!call || !method) return undefined;
  const dollar = (i: number) => `$${i}`;
  if (KNEX_RAW.test(method)) return moveValuesToParameters(match, () => '?');
  if (method !== 'query' && method !== 'execute') return undefined;
  const driver = driverOfReceiver(call.calleeNode, text);
  if (!driver) return undefined;
  return moveValuesToParameters(match, driver === 'pg' ? dollar : () => '?');
}, { readsFile: true });

// SQLite: `db.get("… = '" + v + "'", cb)` → `db.get("… = ?", [v], cb)` (sqlite3/sqlite `run`/`all`/`get`/`each`);
// `db.prepare(sql).all()` → `db.prepare("… = ?").all(v)` (better-sqlite3, bun:sqlite, node:sqlite bind the values
// of the statement call). Declines for `exec` (no parameters) and a prepared statement that is not run right away.
registerFix('js-sqlite-parameters', (match) => {
  const call = match.call;
  const method = call?.calleeNode.type === 'member_expression' ? call.calleeNode.childForFieldName('property')?.text : undefined;
  if (!call || !method) return undefined;
  if (/^(run|all|get|each)$/.test(method)) return moveValuesToParameters(match, () => '?');
  if (method !== 'prepare' || call.args.length !== 1) return undefined;
  const member = call.node.parent;
  const statementCall = member?.parent;
  const args = statementCall?.childForFieldName('arguments');
  if (member?.type !== 'member_expression' || statementCall?.type !== 'call_expression' || args?.namedChildren.length !== 0) return undefined;
  if (!/^(run|all|get|iterate|values)$/.test(member.childForFieldName('property')?.text ?? '')) return undefined;
  const result = parameterise(call.args[0]!.value, () => '?');
  if (!result) return undefined;
  return [
    { start: call.args[0]!.value.startIndex, end: call.args[0]!.value.endIndex, newText: result.sql },
    { start: args.startIndex + 1, end: args.endIndex - 1, newText: result.values.map((v) => v.text).join(', ') },
  ];
});

// ---------------------------------------------------------------------------------------------------------------
// Password hashing

// `crypto.createHash("md5").update(password).digest("hex")` → a scrypt hash with a fresh random salt, stored with it
// as `salt:hash`. Only for `<crypto>.createHash` (the module bound by require/import, so `scryptSync` is at hand)
// directly followed by `.digest("hex"|"base64")`.
registerFix('js-password-scrypt', (match, { text }) => {
  const factory = match.captures.get('factory');
  const data = match.captures.get('data');
  const algorithm = stringParts(match.captures.get('algo'));
  const crypto = factory?.type === 'member_expression' ? factory.childForFieldName('object') : null;
  if (!data || !algorithm || crypto?.type !== 'identifier' || !/^(node:)?crypto$/.test(moduleOfName(crypto.text, text) ?? '')) return undefined;
  const digest = match.node.parent;
  const digestCall = digest?.parent;
  const encoding = stringParts(digestCall?.childForFieldName('arguments')?.namedChildren[0])?.content;
  if (digest?.type !== 'member_expression' || digest.childForFieldName('property')?.text !== 'digest' || digestCall?.type !== 'call_expression') return undefined;
  if (digestCall.childForFieldName('arguments')?.namedChildren.length !== 1 || !/^(hex|base64)$/.test(encoding ?? '')) return undefined;
  const q = algorithm.quote === '`' ? '"' : algorithm.quote;
  const c = crypto.text;
  const hash = `${c}.scryptSync(${data.text}, salt, 64).toString(${q}${encoding}${q})`;
  return [{ start: digestCall.startIndex, end: digestCall.endIndex, newText: `((salt) => salt + ${q}:${q} + ${hash})(${c}.randomBytes(16).toString(${q}hex${q}))` }];
});

// ---------------------------------------------------------------------------------------------------------------
// Deserialisation and query objects

// js-yaml 3 `{ schema: yaml.DEFAULT_FULL_SCHEMA }` (or `FULL_SCHEMA`) → `yaml.DEFAULT_SAFE_SCHEMA`, the schema of
// `safeLoad`. Declines for other schemas (js-types extensions need a person to decide what to keep).
registerFix('js-yaml-safe-schema', (match) => {
  for (const key of ['value:1', 'value:2']) {
    const schema = pairOf(match.captures.get(key), 'schema')?.childForFieldName('value');
    const property = schema?.type === 'member_expression' ? schema.childForFieldName('property') : null;
    if (property && /^(DEFAULT_)?FULL_SCHEMA$/.test(property.text)) return [{ start: property.startIndex, end: property.endIndex, newText: 'DEFAULT_SAFE_SCHEMA' }];
  }
  return undefined;
});

// `User.findOne({ name: req.body.name })` → `{ name: String(req.body.name) }`: an object sent as `{ "$ne": null }`
// becomes a string instead of a query operator. Only for an object literal without spreads or `$` keys; values
// that are property reads or names (incl. shorthand `{ email }`) are wrapped, literals and calls are left alone.
registerFix('js-nosql-string-values', (match) => {
  const filter = match.captures.get('value:0');
  if (filter?.type !== 'object' || hasSpread(filter)) return undefined;
  const edits: OffsetEdit[] = [];
  for (const member of filter.namedChildren) {
    if (!member || member.type === 'comment') continue;
    if (member.type === 'shorthand_property_identifier') {
      edits.push({ start: member.startIndex, end: member.endIndex, newText: `${member.text}: String(${member.text})` });
      continue;
    }
    const key = member.childForFieldName('key');
    const value = member.childForFieldName('value');
    if (member.type !== 'pair' || !key || !value || /^['"]?\$/.test(key.text)) return undefined;
    if (/^(member_expression|subscript_expression|identifier)$/.test(value.type) && value.text !== 'undefined') {
      edits.push({ start: value.startIndex, end: value.endIndex, newText: `String(${value.text})` });
    }
  }
  return edits.length ? edits : undefined;
});
