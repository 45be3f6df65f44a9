/** Code fixes of the ruby pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { appendArgument, registerFix } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';
import type { CallSite } from '../../languages/language';
import { type Part, shellWords, sqlParameters } from '../go/string-parts';

// `OpenSSL::SSL::VERIFY_NONE` → `OpenSSL::SSL::VERIFY_PEER`; `verify: false` → `verify: true`. Unsafe: hosts with
// certificates that do not validate stop working until the CA is configured.
registerFix('ruby-ssl-verify-peer', (match) => {
  const node = match.captures.get('match');
  if (!node) return undefined;
  if (node.type === 'scope_resolution') {
    const name = node.childForFieldName('name');
    if (!name || name.text !== 'VERIFY_NONE') return undefined;
    return [{ start: name.startIndex, end: name.endIndex, newText: 'VERIFY_PEER' }];
  }
  const value = match.captures.get('value');
  if (!value || value.text !== 'false') return undefined;
  return [{ start: value.startIndex, end: value.endIndex, newText: 'true' }];
});

/** Adds `newText` as the last argument of a Ruby call, with or without parentheses (or with no arguments yet). */
export function appendRubyArgument(call: CallSite, newText: string, text: string): OffsetEdit {
  const list = call.argsNode;
  if (list && list.text.startsWith('(')) return appendArgument(list, newText, text);
  if (list) return { start: list.endIndex, end: list.endIndex, newText: `, ${newText}` };
  return { start: call.node.endIndex, end: call.node.endIndex, newText: `(${newText})` };
}

/** An edit adding `require "<lib>"` unless the file has it: before the first `require`, else after leading comments. */
export function requireLibrary(text: string, lib: string): OffsetEdit[] {
  if (new RegExp(`^\\s*require\\s*\\(?\\s*['"]${lib}['"]`, 'm').test(text)) return [];
  const first = /^require\b/m.exec(text);
  let at = first?.index;
  if (at === undefined) {
    const leading = /^(?:#.*\n|\s*\n)*/.exec(text)![0];
    at = leading.length;
  }
  return [{ start: at, end: at, newText: `require "${lib}"\n${first ? '' : '\n'}` }];
}

/** The parts of a Ruby string with interpolation (`"… #{x} …"`), or undefined for escapes and other shapes. */
function rubyParts(node: Node): Part[] | undefined {
  if (node.type === 'binary' && node.childForFieldName('operator')?.text === '+') {
    const left = rubyParts(node.childForFieldName('left')!);
    const right = rubyParts(node.childForFieldName('right')!);
    return left && right ? [...left, ...right] : undefined;
  }
  if (node.type !== 'string') return node.text.includes('\n') || /^["'%]/.test(node.text) ? undefined : [{ expr: node.text }];
  if (!/^["']/.test(node.text)) return undefined;
  const parts: Part[] = [];
  for (const child of node.namedChildren) {
    if (child?.type === 'string_content' && !child.text.includes('\\')) parts.push({ literal: child.text });
    else if (child?.type === 'interpolation' && child.namedChildCount === 1) parts.push({ expr: child.namedChildren[0]!.text });
    else return undefined;
  }
  return parts;
}

/** A Ruby double-quoted string literal for constant text (no interpolation). */
function rubyQuote(s: string): string {
  return JSON.stringify(s).replace(/#(?=[{$@])/g, '\\#');
}

/** The span of a call's receiver and method (`IO.read`, `YAML.load`), i.e. the callee as written. */
export function calleeSpan(call: CallSite): { start: number; end: number } {
  const method = call.node.childForFieldName('method') ?? call.calleeNode;
  const receiver = call.node.childForFieldName('receiver');
  return { start: receiver?.startIndex ?? method.startIndex, end: method.endIndex };
}

/** The first positional argument of a call, when it is the only positional one. */
function onlyPositional(call: CallSite | undefined): Node | undefined {
  const positional = call?.args.filter((a) => a.index !== undefined) ?? [];
  return positional.length === 1 && !/(^|[(,]\s*)\*/.test(call?.argsNode?.text ?? '') ? positional[0]!.value : undefined;
}

// `Open3.capture2("convert #{path} -resize 100x100 thumb.png")` → `Open3.capture2("convert", path.to_s, "-resize",
// "100x100", "thumb.png")`: with several arguments Ruby runs the program directly, and each value is one argument.
// Unsafe: a value meant to expand into several words or shell syntax now arrives literally. Declined when the
// constant text uses quotes, redirections, pipes or other shell syntax, when the program is a value, for backticks,
// `Open3.pipeline`, and for a command held in a variable. `IO.popen` gets the words as one array.
registerFix('ruby-command-arguments', (match) => {
  const callee = match.call?.callee.replace(/^::/, '') ?? '';
  const command = onlyPositional(match.call);
  const parts = command && rubyParts(command);
  const words = parts && shellWords(parts);
  // `Open3.pipeline` reads each argument as a command of its own.
  if (!command || !words || /^Open3\.pipeline/.test(callee)) return undefined;
  const rendered = words.map((word) => {
    if (word.length === 1) return 'literal' in word[0]! ? rubyQuote(word[0]!.literal) : `${word[0]!.expr}.to_s`;
    return `"${word.map((p) => ('literal' in p ? rubyQuote(p.literal).slice(1, -1) : `#{${p.expr}}`)).join('')}"`;
  });
  // `IO.popen` takes the program and its arguments as one array (a second argument would be the mode).
  const newText = callee === 'IO.popen' ? `[${rendered.join(', ')}]` : rendered.join(', ');
  return [{ start: command.startIndex, end: command.endIndex, newText }];
});

// ActiveRecord: `User.where("email = '#{email}'")` → `User.where("email = ?", email)` (also `where.not`, `rewhere`,
// `having`, `find_by`, `delete_by`, `destroy_by`), and `find_by_sql("… #{id}")` → `find_by_sql(["… ?", id])`.
// Unsafe: the value is now quoted by the adapter, so code that inserted SQL on purpose changes. Declined for
// `order`, `select`, `pluck`, `execute` and the like (names or no bind support), values that are not in a value
// position (`LIKE '%#{q}%'`, column names), and calls with more arguments.
registerFix('ruby-sql-placeholders', (match) => {
  const call = match.call;
  const sql = onlyPositional(call);
  const method = call?.callee.split('.').pop() ?? '';
  if (!call || !sql || call.args.length !== 1) return undefined;
  const array = /^(find_by_sql|count_by_sql)$/.test(method);
  if (!array && !/^(where|not|rewhere|having|find_by|delete_by|destroy_by)$/.test(method)) return undefined;
  const parts = rubyParts(sql);
  const result = parts && sqlParameters(parts, () => '?');
  if (!result) return undefined;
  const list = [rubyQuote(result.sql), ...result.values].join(', ');
  return [{ start: sql.startIndex, end: sql.endIndex, newText: array ? `[${list}]` : list }];
});

/** The safe loader for each unsafe YAML/Psych method. */
const SAFE_YAML: Record<string, string> = { load: 'safe_load', unsafe_load: 'safe_load', unsafe_load_file: 'safe_load_file' };

// `YAML.load(x)` / `YAML.unsafe_load(x)` → `YAML.safe_load(x)` (Psych likewise, `unsafe_load_file` →
// `safe_load_file`); `Oj.load(x)` → `Oj.load(x, mode: :strict)` (an existing mode becomes `:strict`) and
// `Oj.object_load(x)` → `Oj.load(x, mode: :strict)`. Unsafe: documents with custom classes, symbols or aliases
// (YAML) or with `^o` object markers (Oj) now raise. `Marshal.load` has no safe mode and is declined.
registerFix('ruby-safe-load', (match, { text }) => {
  const call = match.call;
  if (!call) return undefined;
  const method = call.node.childForFieldName('method');
  const receiver = call.node.childForFieldName('receiver')?.text.replace(/^::/, '');
  if (!method) return undefined;
  if ((receiver === 'YAML' || receiver === 'Psych') && SAFE_YAML[method.text]) return [{ start: method.startIndex, end: method.endIndex, newText: SAFE_YAML[method.text]! }];
  if (receiver !== 'Oj' || !onlyPositional(call)) return undefined;
  const edits: OffsetEdit[] = [];
  if (method.text === 'object_load') edits.push({ start: method.startIndex, end: method.endIndex, newText: 'load' });
  else if (method.text !== 'load') return undefined;
  const mode = call.args.find((a) => a.name === 'mode');
  if (mode) edits.push({ start: mode.value.startIndex, end: mode.value.endIndex, newText: ':strict' });
  else edits.push(appendRubyArgument(call, 'mode: :strict', text));
  return edits;
});

/** The `File` method that does what each `Kernel`/`IO` method does, without running `|command` names. */
const FILE_METHODS: Record<string, string> = { open: 'File.open', read: 'File.read', readlines: 'File.readlines', foreach: 'File.foreach', write: 'File.write', binread: 'File.binread', binwrite: 'File.binwrite' };

// `open(name)` / `Kernel.open(name)` → `File.open(name)`, `IO.read(name)` → `File.read(name)` (and `readlines`,
// `foreach`, `write`, `binread`, `binwrite`): `File` methods never treat a leading `|` as a command. Unsafe: code
// that opened URLs through open-uri or pipes on purpose stops working (use `URI.parse(url).open` for URLs).
registerFix('ruby-file-open', (match) => {
  const call = match.call;
  const replacement = FILE_METHODS[call?.callee.split('.').pop() ?? ''];
  if (!call || !replacement) return undefined;
  return [{ ...calleeSpan(call), newText: replacement }];
});

// `Digest::SHA256.hexdigest(password)` → `BCrypt::Password.create(password)` (adding `require "bcrypt"`): a salted,
// slow hash. Unsafe: needs the bcrypt gem, stored digests must be migrated, and checks must compare with
// `BCrypt::Password.new(digest) == password`; a digest compared on the spot (a login check) is left for a person.
registerFix('ruby-bcrypt-password', (match, { text }) => {
  const call = match.call;
  const password = onlyPositional(call);
  if (!call || !password || call.args.length !== 1 || !/\.(hexdigest|digest|base64digest)$/.test(call.callee) || /\.new\(\)/.test(call.callee)) return undefined;
  const parent = match.node.parent;
  if (parent?.type === 'binary' && /^(==|!=|===|eql\?)$/.test(parent.childForFieldName('operator')?.text ?? '')) return undefined;
  // `secure_compare(Digest::…(password), stored)` and the like: also a check, not a stored hash.
  const outer = parent?.type === 'argument_list' ? parent.parent : parent?.type === 'call' ? parent : null;
  if (outer?.type === 'call' && /compare|eql|equal/i.test(outer.childForFieldName('method')?.text ?? '')) return undefined;
  return [{ start: match.node.startIndex, end: match.node.endIndex, newText: `BCrypt::Password.create(${password.text})` }, ...requireLibrary(text, 'bcrypt')];
});

/** Whether `node` sits in a Rails helper module or class (`…Helper`), where `sanitize` is available. */
function inHelper(node: Node): boolean {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if ((n.type === 'module' || n.type === 'class') && /Helper$/.test(n.childForFieldName('name')?.text ?? '')) return true;
  }
  return false;
}

// `raw(html)` → `sanitize(html)`, and in a helper module `html.html_safe` → `sanitize(html)`: Rails' allow-list
// sanitizer keeps harmless markup and removes scripts, event handlers and `javascript:` links. Unsafe: tags and
// attributes outside the allow-list (iframes, style, custom data attributes) are stripped. `safe_join` and
// `html_safe` outside helpers are declined.
registerFix('ruby-sanitize-html', (match) => {
  const call = match.call;
  if (call && /(^|\.)raw$/.test(call.callee)) {
    const method = call.node.childForFieldName('method') ?? call.calleeNode;
    return [{ start: method.startIndex, end: method.endIndex, newText: 'sanitize' }];
  }
  const value = match.captures.get('value');
  if (call || !value || !inHelper(match.node)) return undefined;
  return [{ start: match.node.startIndex, end: match.node.endIndex, newText: `sanitize(${value.text})` }];
});

// `redirect_to params[:return_to]` → `redirect_to params[:return_to], allow_other_host: false` (an explicit
// `allow_other_host: true` becomes `false`; `redirect_back`/`redirect_back_or_to` likewise): Rails 7 raises
// `UnsafeRedirectError` instead of sending the user to another host. Unsafe: needs Rails 7.0+, and legitimate
// redirects to other hosts (SSO, payment pages) now fail.
registerFix('ruby-redirect-same-host', (match, { text }) => {
  const call = match.call;
  if (!call) return undefined;
  const existing = call.args.find((a) => a.name === 'allow_other_host');
  if (existing) return existing.value.text === 'true' ? [{ start: existing.value.startIndex, end: existing.value.endIndex, newText: 'false' }] : undefined;
  if (/\*\*/.test(call.argsNode?.text ?? '')) return undefined;
  return [appendRubyArgument(call, 'allow_other_host: false', text)];
});

/** Path-building calls whose later arguments are path segments. */
const JOINS = /(^|\.)join$/;

// A file path taken from data → only its last segment: `send_file "/srv/uploads/#{params[:name]}"` →
// `send_file "/srv/uploads/#{File.basename(params[:name])}"`, `Rails.root.join("exports", name)` →
// `Rails.root.join("exports", File.basename(name))`. Unsafe: names with sub-folders (`2024/report.pdf`) no longer
// resolve. Declined when the path is a variable or the value is not a whole segment after a `/`.
registerFix('ruby-path-basename', (match) => {
  const call = match.call;
  if (!call) return undefined;
  const path = JOINS.test(call.callee) ? match.node : call.args.find((a) => a.index === 0)?.value;
  if (!path) return undefined;
  const wrap = (n: Node): OffsetEdit => ({ start: n.startIndex, end: n.endIndex, newText: `File.basename(${n.text})` });
  if (path.type === 'call' && JOINS.test(path.childForFieldName('method')?.text ?? '')) {
    const segments = path.childForFieldName('arguments')?.namedChildren.slice(1).filter((a): a is Node => !!a && a.type !== 'string' && !/^File\.basename\(/.test(a.text)) ?? [];
    return segments.length && segments.every((s) => s.type !== 'splat_argument' && s.type !== 'pair') ? segments.map(wrap) : undefined;
  }
  if (path.type !== 'string') return undefined;
  const edits: OffsetEdit[] = [];
  const children = path.namedChildren.filter((c): c is Node => !!c);
  children.forEach((child, i) => {
    if (child.type !== 'interpolation' || child.namedChildCount !== 1 || i === 0) return;
    const before = children[i - 1];
    const after = children[i + 1];
    if (before?.type === 'string_content' && before.text.endsWith('/') && (!after || !after.text.includes('/'))) edits.push(wrap(child.namedChildren[0]!));
  });
  return edits.length ? edits : undefined;
});
