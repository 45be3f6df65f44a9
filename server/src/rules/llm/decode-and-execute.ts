/**
 * Decode-and-execute: code that decodes a payload (base64, hex, zlib, rot13, char codes) and hands the result to
 * an interpreter (`exec`, `eval`, `Function`, `vm`, a shell). Legitimate programs have no reason to hide the code
 * they run; this is the signature of droppers in malicious packages and of backdoors in "helpful" snippets. A long
 * encoded literal (over 200 base64 or hex characters) reaching an interpreter counts too, whatever decodes it.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleContext, ModuleRule } from '../../engine/module';
import { GateTerms, type TextEdit } from '../../engine/gate';
import type { RuleLanguage } from '../../engine/rule';
import { namedChildren } from '../../languages/language';
import { callsNamed, descendantsOf } from '../../languages/query';
import { type Code, constantString, findWithin, resolveCall } from './syntax';

/** Interpreters by language: resolved callee names that run their first argument as code or as a command. */
const EXECUTORS: Record<string, RegExp> = {
  python: /^(exec|eval|compile|builtins\.(exec|eval|compile)|os\.(system|popen)|subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput))$/,
  javascript: /^(eval|Function|(window|globalThis|global|self)\.(eval|Function)|vm\.(runInThisContext|runInNewContext|runInContext|compileFunction|Script)|child_process\.(exec|execSync)|setTimeout|setInterval)$/,
  php: /^(eval|assert|create_function|system|exec|shell_exec|passthru|popen|proc_open)$/,
};

/** Every name {@link EXECUTORS} gives Python's interpreters. */
const PYTHON_EXECUTOR_NAMES = ['exec', 'eval', 'compile', 'builtins.exec', 'builtins.eval', 'builtins.compile', 'os.system', 'os.popen', ...['run', 'call', 'check_call', 'check_output', 'Popen', 'getoutput', 'getstatusoutput'].map((n) => `subprocess.${n}`)];

/** The last names of the interpreters above, to find candidate calls by their text. */
const EXECUTOR_NAMES: Record<string, string[]> = {
  python: [...new Set(PYTHON_EXECUTOR_NAMES.map((n) => n.slice(n.lastIndexOf('.') + 1)))],
  javascript: ['eval', 'Function', 'runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction', 'Script', 'exec', 'execSync', 'setTimeout', 'setInterval'],
  php: ['eval', 'assert', 'create_function', 'system', 'exec', 'shell_exec', 'passthru', 'popen', 'proc_open'],
};

/** Decoders by language, as resolved names; a last segment alone counts for receivers imports cannot resolve. */
const DECODERS: Record<string, RegExp> = {
  python: /(^|\.)(b64decode|b32decode|b16decode|b85decode|a85decode|urlsafe_b64decode|standard_b64decode|decodebytes|decodestring|a2b_base64|a2b_hex|unhexlify|fromhex|decompress)$|^(codecs\.decode|marshal\.loads)$/,
  javascript: /^(atob|(window|globalThis|self)\.atob|unescape|String\.fromCharCode|String\.fromCodePoint|zlib\.(inflateSync|inflateRawSync|gunzipSync|unzipSync|brotliDecompressSync))$/,
  php: /^(base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|hex2bin|convert_uudecode|pack)$/,
};

/**
 * Text a file must contain for a decoder to be called in it (the decoder's name appears where it is called or
 * imported; JavaScript's `Buffer.from` decodes only with an encoding named in a string, see the gate), or a long
 * encoded literal: files with neither are not searched.
 */
const JS_DECODER_NAMES = /atob|unescape|fromCharCode|fromCodePoint|inflate|gunzip|unzip|brotliDecompress/;
const BUFFER_ENCODINGS = /\b(?:base64|base64url|hex)\b/i;
const DECODER_TEXT: Record<string, RegExp> = {
  python: /b(?:64|32|16|85)decode|a85decode|decodebytes|decodestring|a2b_|unhexlify|fromhex|decompress|codecs|marshal/,
  php: /base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|hex2bin|uudecode|\bpack\b/,
};

/** How far a match of the names above (and of {@link EXECUTOR_TEXT}) reads from where it begins, look-arounds included. */
const NAME_REACH = 40;

/** The interpreters' names, where they are called or imported: files without one are not searched. */
const EXECUTOR_TEXT: Record<string, RegExp> = Object.fromEntries(Object.entries(EXECUTOR_NAMES).map(([family, names]) => [family, new RegExp(`\\b(?:${names.join('|')})\\b`)]));

/** What may come between the characters of a literal's value in the text: see {@link hasLongEncodedText}. */
const BETWEEN = /(?:[\s'"`]|#[^\n]*\n|\\\r?\n)*/y;

/**
 * Where `count` units of `pieces` (a global expression) have followed each other with only {@link BETWEEN} among
 * them (the last character of the piece that completes them), or -1. One pass: a regular expression that allowed the gaps
 * would start again inside every run it failed on.
 */
function runAt(text: string, pieces: RegExp, count: number, unit: number): number {
  let total = 0;
  let next = -1;
  for (const m of text.matchAll(pieces)) {
    // A piece inside a comment between two literals is passed over.
    if (m.index < next) continue;
    if (m.index > next) total = 0;
    total += m[0].length / unit;
    if (total >= count) return m.index + m[0].length - 1;
    BETWEEN.lastIndex = m.index + m[0].length;
    BETWEEN.exec(text);
    next = BETWEEN.lastIndex;
  }
  return -1;
}

/**
 * A long encoded literal ({@link BLOB}) in the text: its value loses its white space, and Python joins adjacent
 * literals, so quotes, comments and line continuations may come between its characters too.
 */
export function hasLongEncodedText(text: string): boolean {
  return longEncodedAt(text, 0, text.length) >= 0;
}

/**
 * Where a long encoded literal ({@link hasLongEncodedText}) reaches its length (the last character read to know
 * it), reading `text` from `from` to `to` with nothing counted before `from`: -1 when nowhere.
 */
export function longEncodedAt(text: string, from: number, to: number): number {
  const base64 = base64RunAt(text, 200, from, to);
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  if (!part.includes('\\x')) return base64;
  const hex = runAt(part, /(?:\\x[0-9a-fA-F]{2})+/g, 100, 4);
  return hex === -1 ? base64 : base64 === -1 ? from + hex : Math.min(base64, from + hex);
}

/**
 * {@link longEncodedAt} of the whole of `text`, from where it was in the text before an edit (`before`, -1 for
 * nowhere): only the text between the nearest lines around the edit where every run stops is read again. Such a
 * line holds a character that is no part of a literal's value nor of what may come between its characters (`(`,
 * `;`, `.`…) with no `#` before it: every run ends there, before the edit and after it alike. Without such lines
 * near the edit, the whole text is read.
 */
export function longEncodedAfterEdit(text: string, before: number, edit: TextEdit): number {
  const lineBefore = text.lastIndexOf('\n', edit.start - 1);
  const stopBefore = stopLine(text, lineBefore, -1);
  const editEnd = text.indexOf('\n', edit.newEnd);
  const stopAfter = editEnd === -1 ? text.length : stopLine(text, editEnd, 1);
  if (stopBefore === undefined || stopAfter === undefined) return longEncodedAt(text, 0, text.length);
  // A run that reached its length on a line before the edit still does: it is made of the text of those lines (and
  // a `#` in it reads on only to the end of its line).
  if (before >= 0 && before < lineBefore) return before;
  const between = longEncodedAt(text, stopBefore + 1, stopAfter);
  if (between >= 0 || before === -1) return between;
  // After the stop that follows the edit, the text reads as it did before, moved by the edit's length.
  const moved = before + edit.newEnd - edit.oldEnd;
  return moved > stopAfter ? moved : longEncodedAt(text, stopAfter, text.length);
}

/** Lines searched for a stop on each side of an edit before the whole text is read instead. */
const STOP_SEARCH_LINES = 64;

/**
 * The place of a character that ends every encoded run, on the nearest line before (`direction` -1, from the line
 * that ends at `newline`) or after (1, from the line after `newline`) whose text is outside the edit; -1 before the
 * first line; undefined when none is near.
 */
function stopLine(text: string, newline: number, direction: -1 | 1): number | undefined {
  let end = newline;
  for (let lines = 0; lines < STOP_SEARCH_LINES; lines++) {
    if (direction === -1) {
      // The line that ends at `end`.
      if (end < 0) return -1;
      const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
      const stop = stopIn(text, start, end);
      if (stop !== undefined) return stop;
      end = start - 1;
    } else {
      // The line after the one that ends at `end`.
      if (end < 0 || end >= text.length) return text.length;
      const start = end + 1;
      let next = text.indexOf('\n', start);
      if (next === -1) next = text.length;
      const stop = stopIn(text, start, next);
      if (stop !== undefined) return stop;
      end = next;
    }
  }
  return undefined;
}

/** The first character of `text[start, end)` that ends every run, if one comes before any `#`. */
function stopIn(text: string, start: number, end: number): number | undefined {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 35) return undefined;
    if (c < 128 && ASCII_CLASS[c] === 0 && c !== 92) return i;
  }
  return undefined;
}

const isBase64 = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 47 && c <= 57) || c === 43 || c === 61 || c === 95 || c === 45;
const WHITE = /\s/;

/** Per ASCII code, for {@link hasBase64Run}: a base64 character, a gap (a quote or white space), or neither. */
const BASE64 = 1;
const GAP = 2;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => (isBase64(c) ? BASE64 : c === 39 || c === 34 || c === 96 || c === 32 || (c >= 9 && c <= 13) ? GAP : 0));

/**
 * {@link runAt} of base64 characters, character by character, reading `text` from `from` to `to`: every identifier
 * of a file is such a run, and a match object for each costs more than the whole scan.
 */
function base64RunAt(text: string, count: number, from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_CLASS[c]! : 0;
    if (kind === BASE64) {
      if (++total >= count) return i;
      continue;
    }
    if (total === 0) continue;
    // After a run: what BETWEEN lets pass keeps it going, anything else ends it.
    if (kind === GAP || (c > 127 && WHITE.test(text[i]!))) continue;
    if (c === 35) {
      const end = text.indexOf('\n', i);
      if (end >= 0) {
        i = end;
        continue;
      }
    } else if (c === 92) {
      const end = text.charCodeAt(i + 1) === 13 ? i + 2 : i + 1;
      if (text.charCodeAt(end) === 10) {
        i = end;
        continue;
      }
    }
    total = 0;
  }
  return -1;
}

/** The shell decoders of {@link shellDecoder}. */
const SHELL_DECODER_TEXT = /base64|base32|xxd|openssl|gunzip|zcat|uudecode|\brev\b|gzip|N-ZA-M/;

/** `Buffer.from(x, 'base64')` (or `'hex'`, `'base64url'`): JavaScript's decoder with an encoding argument. */
function isBufferDecode(node: Node, code: Code): string | undefined {
  const call = resolveCall(node, code);
  if (!call || !call.names.some((n) => /^(Buffer\.from|buffer\.Buffer\.from|Buffer\.alloc)$/.test(n))) return undefined;
  const encoding = call.site.args.find((a) => a.index === 1);
  const value = encoding ? constantString(encoding.value, code) : undefined;
  return value && /^(base64|base64url|hex)$/i.test(value) ? `${call.site.callee}(…, '${value}')` : undefined;
}

/** The decoder call at `node`, described for the message, or undefined. */
function decoderAt(node: Node, code: Code): string | undefined {
  const id = code.language.id;
  const family = id === 'typescript' || id === 'tsx' ? 'javascript' : id;
  if (family === 'javascript') {
    const buffer = isBufferDecode(node, code);
    if (buffer) return buffer;
  }
  const pattern = DECODERS[family];
  const call = pattern ? resolveCall(node, code) : undefined;
  if (!call || !call.names.some((n) => pattern!.test(n))) return undefined;
  return `${call.site.callee}()`;
}

/** A string literal of more than 200 base64 or hex characters: an encoded payload, not text. */
const BLOB = /^[A-Za-z0-9+/=_-]{200,}$|^(?:\\x[0-9a-fA-F]{2}){100,}$/;
function blobAt(node: Node, code: Code): boolean {
  if (!code.language.kinds.string.includes(node.type)) return false;
  const value = constantString(node, code);
  return !!value && BLOB.test(value.replace(/\s+/g, ''));
}

function checkCode(ctx: ModuleContext): void {
  const code = ctx.code!;
  const family = ['javascript', 'typescript', 'tsx'].includes(code.language.id) ? 'javascript' : code.language.id;
  const executor = EXECUTORS[family];
  if (!executor) return;
  const reported: Node[] = [];
  for (const node of callsNamed(code.root, ctx.text, EXECUTOR_NAMES[family]!, code.imports, [...code.language.kinds.call, ...code.language.kinds.new])) {
    // `exec(compile(b64decode(…)))` is one finding, on the outer call.
    if (reported.some((r) => r.startIndex <= node.startIndex && node.endIndex <= r.endIndex)) continue;
    const call = resolveCall(node, code);
    if (!call || !call.names.some((n) => executor.test(n))) continue;
    // `Function`/`create_function` take code in any argument; the others run their first (a function passed to
    // setTimeout is ordinary code and is not searched).
    const payloads = /Function$|create_function$/.test(call.site.callee)
      ? call.site.args.filter((a) => a.index !== undefined)
      : call.site.args.filter((a) => a.index === 0 || /^(source|code|command|cmd|args)$/.test(a.name ?? ''));
    let decoder: string | undefined;
    for (const payload of payloads) {
      if (findWithin(payload.value, code, (n) => (decoder = decoderAt(n, code)) !== undefined)) break;
      if (findWithin(payload.value, code, (n) => blobAt(n, code))) {
        decoder = 'a long encoded literal';
        break;
      }
    }
    if (!decoder) continue;
    reported.push(node);
    ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: call.site.callee, decoder } });
  }
}

/** Shell decoders: commands that turn an encoded stream back into a script. */
function shellDecoder(command: Node): boolean {
  const name = command.childForFieldName('name')?.text.replace(/^.*\//, '') ?? '';
  const words = namedChildren(command).slice(1).map((w) => w.text);
  if (name === 'base64' || name === 'base32') return words.some((w) => /^(-d|-D|--decode|-[a-zA-Z]*d[a-zA-Z]*)$/.test(w));
  if (name === 'xxd') return words.some((w) => /^-[a-z]*r/.test(w));
  if (name === 'openssl') return words.some((w) => /^(base64|enc)$/.test(w)) && words.includes('-d');
  return /^(gunzip|zcat|uudecode|rev)$/.test(name) || (name === 'gzip' && words.includes('-d')) || (name === 'tr' && words.some((w) => /A-Za-z/.test(w)) && words.some((w) => /N-ZA-Mn-za-m/.test(w)));
}

const SHELL_INTERPRETERS = /^(sh|bash|zsh|dash|ksh|eval|source|\.|python3?|perl|ruby|node|php)$/;

function checkShell(ctx: ModuleContext): void {
  const root = ctx.code!.root;
  const commandName = (c: Node) => c.childForFieldName('name')?.text.replace(/^.*\//, '') ?? '';
  for (const pipeline of root.descendantsOfType('pipeline')) {
    if (!pipeline) continue;
    const commands = namedChildren(pipeline).filter((c) => c.type === 'command');
    const last = commands[commands.length - 1];
    if (!last || !SHELL_INTERPRETERS.test(commandName(last)) || !commands.slice(0, -1).some(shellDecoder)) continue;
    ctx.report({ start: pipeline.startIndex, end: pipeline.endIndex, names: { callee: commandName(last), decoder: 'a decoding pipeline' } });
  }
  for (const command of root.descendantsOfType('command')) {
    if (!command || !SHELL_INTERPRETERS.test(commandName(command))) continue;
    const inner = descendantsOf(command, ['command_substitution', 'process_substitution']);
    if (inner.some((sub) => sub.descendantsOfType('command').some((c) => !!c && shellDecoder(c)))) {
      ctx.report({ start: command.startIndex, end: command.endIndex, names: { callee: commandName(command), decoder: 'a decoded command substitution' } });
    }
  }
}

export const rule: ModuleRule = {
  region: true,
  // The executors are found by their names; a payload's decoder or blob through the variables it names.
  focus: (language) => (language === 'python' ? { names: PYTHON_EXECUTOR_NAMES, arguments: true } : undefined),
  applies(text, _unreviewed, formats, memory) {
    const terms = new GateTerms(memory);
    if (formats.has('bash')) return terms.occurs('shell', text, SHELL_DECODER_TEXT, NAME_REACH);
    const family = ['javascript', 'python', 'php'].find((f) => formats.has(f as RuleLanguage));
    // (The names differ by language: each is remembered under its language.)
    if (!family || !terms.occurs(`executor:${family}`, text, EXECUTOR_TEXT[family]!, NAME_REACH)) return false;
    const decoder = family === 'javascript'
      ? terms.occurs('decoder:javascript', text, JS_DECODER_NAMES, NAME_REACH) || (terms.occurs('buffer', text, /Buffer/, NAME_REACH) && terms.occurs('encoding', text, BUFFER_ENCODINGS, NAME_REACH))
      : terms.occurs(`decoder:${family}`, text, DECODER_TEXT[family]!, NAME_REACH);
    return decoder || terms.place('encoded', (before, edit) => longEncodedAfterEdit(text, before, edit), () => longEncodedAt(text, 0, text.length)) >= 0;
  },
  check(ctx) {
    if (!ctx.code) return;
    if (ctx.code.language.id === 'bash') checkShell(ctx);
    else checkCode(ctx);
  },
};
