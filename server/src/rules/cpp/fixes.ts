/** Code fixes of the cpp pack, registered by name for `fix.module`. */
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
