/** Code fixes of the cpp pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { registerFix } from '../../engine/fix';

/** Position of the format argument per printf-family function. */
const FORMAT_INDEX: Record<string, number> = {
  printf: 0, wprintf: 0, fprintf: 1, fwprintf: 1, dprintf: 1, syslog: 1, sprintf: 1, snprintf: 2, swprintf: 2,
  err: 1, errx: 1, warn: 0, warnx: 0,
};

// `printf(msg)` → `printf("%s", msg)`: the value is printed as text instead of being read as a format. Only for the
// non-`v` functions (a `va_list` cannot be printed with "%s").
registerFix('cpp-format-string-literal', (match) => {
  const call = match.call;
  if (!call) return undefined;
  const name = call.callee.replace(/^std\./, '');
  const index = FORMAT_INDEX[name];
  if (index === undefined) return undefined;
  const format = call.args.find((a) => a.index === index);
  if (!format) return undefined;
  const wide = /^(wprintf|fwprintf|swprintf)$/.test(name);
  return [{ start: format.node.startIndex, end: format.node.startIndex, newText: wide ? 'L"%ls", ' : '"%s", ' }];
});

/** Types of the elements a narrow (`%s`, `strcpy`) or wide (`%ls`) string buffer holds. */
const NARROW = /^(?:(?:un)?signed\s+)?char$/;
const WIDE = /^wchar_t$/;

/** The declarators of a declaration (or parameter) that name `name`, unwrapping `= init`. */
function declaratorsNaming(declaration: Node, name: string): Node[] {
  const out: Node[] = [];
  for (const child of declaration.childrenForFieldName('declarator')) {
    const declarator = child?.type === 'init_declarator' ? child.childForFieldName('declarator') : child;
    let inner = declarator;
    while (inner && inner.type !== 'identifier') inner = inner.childForFieldName('declarator');
    if (declarator && inner?.text === name) out.push(declarator);
  }
  return out;
}

/**
 * The element count of the array `name` refers to at `at`: declared exactly once in the enclosing function's body
 * (not a parameter, which would be a pointer) or, failing that, exactly once at file scope, as `T name[N]` with a
 * number literal N and an element type matching `element`. Undefined for anything else (macros, pointers,
 * members, shadowing), so a fix never guesses a size.
 */
export function arrayLength(at: Node, name: string, element: RegExp): number | undefined {
  let fn: Node | null = at.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const scopes: Node[] = [];
  if (fn) {
    const params = fn.childForFieldName('declarator')?.descendantsOfType('parameter_declaration') ?? [];
    if (params.some((p) => p && declaratorsNaming(p, name).length)) return undefined;
    const body = fn.childForFieldName('body');
    if (body) scopes.push(body);
  }
  scopes.push(at.tree.rootNode);
  for (const scope of scopes) {
    const found = (scope === at.tree.rootNode ? scope.namedChildren : scope.descendantsOfType('declaration'))
      .filter((d): d is Node => d?.type === 'declaration')
      .flatMap((d) => declaratorsNaming(d, name).map((declarator) => ({ d, declarator })));
    if (found.length === 0) continue;
    if (found.length > 1) return undefined;
    const { d, declarator } = found[0]!;
    const size = declarator.childForFieldName('size');
    const type = d.childForFieldName('type')?.text.replace(/\s+/g, ' ');
    if (declarator.type !== 'array_declarator' || declarator.childForFieldName('declarator')?.type !== 'identifier') return undefined;
    if (!size || size.type !== 'number_literal' || !/^(0x[0-9a-f]+|[1-9]\d*)$/i.test(size.text) || !type || !element.test(type)) return undefined;
    return Number(size.text);
  }
  return undefined;
}

/** Whether the file includes `<stdio.h>` or `<cstdio>` (so `snprintf` is declared). */
function includesStdio(text: string): boolean {
  return /^\s*#\s*include\s*<(stdio\.h|cstdio)>/m.test(text);
}

/** Conversions of a scanf format: `%%` skipped; anything this reader does not know makes it give up. */
function scanfConversions(format: string): { index: number; suppressed: boolean; width: string; length: string; conversion: string }[] | undefined {
  const out = [];
  for (const m of format.matchAll(/%(%|(\*)?(\d*)(hh|h|ll|l|L|j|z|t)?(\[\^?\]?[^\]]*\]|.))/g)) {
    if (m[1] === '%') continue;
    if (!m[5] || !/^(\[.*|[diouxXaAeEfFgGcspn])$/.test(m[5])) return undefined;
    out.push({ index: m.index, suppressed: !!m[2], width: m[3] ?? '', length: m[4] ?? '', conversion: m[5] });
  }
  return out;
}

// `scanf("%s", buf)` with `char buf[32]` → `scanf("%31s", buf)`: every `%s` / `%[` without a width gets one less
// than its buffer's size. Declined when any such buffer's size is not a literal array size visible in the file.
registerFix('cpp-scanf-width', (match) => {
  const call = match.call;
  const name = call?.callee;
  if (!call || !name || !/^(scanf|wscanf|fscanf|sscanf|fwscanf|swscanf)$/.test(name)) return undefined;
  const formatIndex = /^w?scanf$/.test(name) ? 0 : 1;
  const format = call.args.find((a) => a.index === formatIndex)?.value;
  if (format?.type !== 'string_literal') return undefined;
  const conversions = scanfConversions(format.text);
  if (!conversions) return undefined;
  const edits = [];
  let argIndex = formatIndex + 1;
  for (const c of conversions) {
    if (c.suppressed) continue;
    const position = argIndex++;
    const arg = call.args.find((a) => a.index === position)?.value;
    if (c.width || !/^(s|\[.*)$/.test(c.conversion)) continue;
    const length = arg?.type === 'identifier' ? arrayLength(arg, arg.text, c.length === 'l' ? WIDE : NARROW) : undefined;
    if (!length || length < 2) return undefined;
    const at = format.startIndex + c.index + 1;
    edits.push({ start: at, end: at, newText: String(length - 1) });
  }
  return edits.length ? edits : undefined;
}, { readsFile: true });

// Bounded by the destination array's size: `sprintf(buf, …)` → `snprintf(buf, sizeof buf, …)`, `vsprintf` →
// `vsnprintf` likewise, `strcat(buf, s)` → `strncat(buf, s, sizeof buf - strlen(buf) - 1)`, and a statement
// `strcpy(buf, s);` → `snprintf(buf, sizeof buf, "%s", s);` (when the file includes stdio). Only for a `char`
// array declared with a literal size in the same function or file; wide and Windows variants are declined.
registerFix('cpp-bounded-string-copy', (match, { text }) => {
  const call = match.call;
  const dst = call?.args.find((a) => a.index === 0)?.value;
  const src = call?.args.find((a) => a.index === 1)?.value;
  if (!call?.argsNode || !dst || !src || dst.type !== 'identifier' || !arrayLength(dst, dst.text, NARROW)) return undefined;
  const callee = call.calleeNode;
  const size = `sizeof ${dst.text}`;
  switch (call.callee) {
    case 'sprintf':
    case 'vsprintf':
      return [
        { start: callee.startIndex, end: callee.endIndex, newText: call.callee === 'sprintf' ? 'snprintf' : 'vsnprintf' },
        { start: dst.endIndex, end: dst.endIndex, newText: `, ${size}` },
      ];
    case 'strcat':
      if (call.args.length !== 2) return undefined;
      return [
        { start: callee.startIndex, end: callee.endIndex, newText: 'strncat' },
        { start: src.endIndex, end: src.endIndex, newText: `, ${size} - strlen(${dst.text}) - 1` },
      ];
    case 'strcpy':
      // snprintf returns an int, not the destination: only where the result is not used.
      if (call.args.length !== 2 || call.node.parent?.type !== 'expression_statement' || !includesStdio(text)) return undefined;
      return [
        { start: callee.startIndex, end: callee.endIndex, newText: 'snprintf' },
        { start: dst.endIndex, end: dst.endIndex, newText: `, ${size}, "%s"` },
      ];
    default:
      return undefined;
  }
}, { readsFile: true });

/** Mode argument position per function of cpp/world-writable-permissions. */
const MODE_INDEX: Record<string, number> = { chmod: 1, fchmod: 1, mkdir: 1, mkfifo: 1, creat: 1, fchmodat: 2, open: 2, openat: 2, umask: 0 };

// Others lose write permission: octal `0777` → `0775`, `0666` → `0664`; `S_IWOTH` is dropped from a `|` list and
// `S_IRWXO` becomes `S_IROTH | S_IXOTH`; `umask(0)` → `umask(002)`. Declined for `ACCESSPERMS`-style macros,
// `std::filesystem` and expressions with other operators.
registerFix('cpp-no-other-write', (match) => {
  const call = match.call;
  const index = call ? MODE_INDEX[call.callee] : undefined;
  const mode = index === undefined ? undefined : call!.args.find((a) => a.index === index)?.value;
  if (!call || !mode) return undefined;
  const written = mode.text;
  let safer: string | undefined;
  if (call.callee === 'umask') {
    if (/^0[0-7]*$|^0$/.test(written)) safer = `0${(parseInt(written, 8) | 2).toString(8).padStart(2, '0')}`;
  } else if (/^0[0-7]+$/.test(written)) {
    safer = written.slice(0, -1) + String(Number(written.slice(-1)) & 5);
  } else if (/^[\w\s|()]+$/.test(written) && /\bS_I(WOTH|RWXO)\b/.test(written)) {
    safer = written
      .replace(/\s*\|\s*S_IWOTH\b|\bS_IWOTH\s*\|\s*/g, '')
      .replace(/\bS_IRWXO\b/g, 'S_IROTH | S_IXOTH');
    if (/\bS_IWOTH\b/.test(safer)) safer = undefined;
  }
  return safer && safer !== written ? [{ start: mode.startIndex, end: mode.endIndex, newText: safer }] : undefined;
});
