/**
 * Helpers for the python pack's code fixes that take a string built from data apart (f-string, `+`, `%`,
 * `str.format`) into its constant text and the expressions spliced into it, and put it back together another way:
 * a parameterised query, an argument list, a template with its values passed separately.
 */
import type { Node } from 'web-tree-sitter';

/** A constant part (its Python value) or a value spliced in (its source text). */
export type Piece = { text: string } | { expr: Node };

export interface BuiltString {
  /** Constant text and spliced values, in order. */
  pieces: Piece[];
  /** The quote of the first literal (`"`, `'`, `"""`, `'''`), reused when the string is written again. */
  quote: string;
  /** How it was built: `+` values must already be strings; the others convert them with `str()`. */
  form: 'fstring' | 'concat' | 'percent' | 'format';
}

/** A plain or f-string literal without backslashes or bytes prefix, split into pieces; undefined otherwise. */
function literalPieces(node: Node): { pieces: Piece[]; quote: string; formatted: boolean } | undefined {
  if (node.type !== 'string') return undefined;
  const start = node.children.find((c) => c?.type === 'string_start');
  const end = node.children.find((c) => c?.type === 'string_end');
  if (!start || !end) return undefined;
  const prefix = /^[A-Za-z]*/.exec(start.text)![0].toLowerCase();
  if (prefix.includes('b')) return undefined;
  const quote = start.text.slice(prefix.length);
  const formatted = prefix.includes('f');
  const pieces: Piece[] = [];
  let at = start.endIndex;
  const source = node.tree.rootNode.text;
  const pushText = (raw: string): boolean => {
    if (raw.includes('\\')) return false;
    if (raw) pieces.push({ text: formatted ? raw.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : raw });
    return true;
  };
  for (const child of node.children) {
    if (child?.type !== 'interpolation') continue;
    if (!pushText(source.slice(at, child.startIndex))) return undefined;
    const expr = child.childForFieldName('expression');
    // `{x!r}`, `{x:>10}`, `{x=}` format the value in ways a bare parameter would not.
    if (!expr || child.text.replace(/\s+/g, '') !== `{${expr.text.replace(/\s+/g, '')}}`) return undefined;
    pieces.push({ expr });
    at = child.endIndex;
  }
  if (!pushText(source.slice(at, end.startIndex))) return undefined;
  return { pieces, quote, formatted };
}

/** `"a %s b" % (x,)` or `% x`: the template with each `%s`/`%d` replaced by its value. */
function percentPieces(template: string, values: Node[]): Piece[] | undefined {
  const pieces: Piece[] = [];
  let next = 0;
  let text = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== '%') {
      text += template[i];
      continue;
    }
    const spec = template[i + 1];
    if (spec === '%') text += '%';
    else if (spec === 's' || spec === 'd' || spec === 'i') {
      const value = values[next++];
      if (!value) return undefined;
      if (text) pieces.push({ text });
      text = '';
      pieces.push({ expr: value });
    } else return undefined;
    i++;
  }
  if (text) pieces.push({ text });
  return next === values.length ? pieces : undefined;
}

/** `"a {} b {name}".format(x, name=y)`: the template with each field replaced by its value. */
function formatPieces(template: string, call: Node): Piece[] | undefined {
  const argsNode = call.childForFieldName('arguments');
  if (!argsNode) return undefined;
  const positional: Node[] = [];
  const named = new Map<string, Node>();
  for (const arg of argsNode.namedChildren) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (!name || !value) return undefined;
      named.set(name, value);
    } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') return undefined;
    else positional.push(arg);
  }
  const pieces: Piece[] = [];
  let auto = 0;
  let text = '';
  const re = /\{\{|\}\}|\{([^{}]*)\}|[{}]/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{' || m[0] === '}}') {
      text += m[0][0];
      continue;
    }
    const field = m[1];
    if (field === undefined) return undefined;
    const value = field === '' ? positional[auto++] : /^\d+$/.test(field) ? positional[Number(field)] : /^[A-Za-z_]\w*$/.test(field) ? named.get(field) : undefined;
    if (!value) return undefined;
    if (text) pieces.push({ text });
    text = '';
    pieces.push({ expr: value });
  }
  text += template.slice(last);
  if (text) pieces.push({ text });
  return pieces;
}

/** Flattens `a + b + c` into its operands. */
function concatOperands(node: Node): Node[] {
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '+') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left && right) return [...concatOperands(left), ...concatOperands(right)];
  }
  if (node.type === 'parenthesized_expression' && node.namedChildCount === 1) {
    const inner = node.namedChild(0)!;
    if (inner.type === 'binary_operator') return concatOperands(inner);
  }
  return [node];
}

/** A literal or implicitly concatenated literals (`"a" "b"`), as pieces. */
function literalOrConcatenated(node: Node): { pieces: Piece[]; quote: string; formatted: boolean } | undefined {
  if (node.type !== 'concatenated_string') return literalPieces(node);
  const parts = node.namedChildren.filter((c): c is Node => !!c && c.type === 'string').map(literalPieces);
  if (!parts.length || parts.some((p) => !p)) return undefined;
  return { pieces: parts.flatMap((p) => p!.pieces), quote: parts[0]!.quote, formatted: parts.some((p) => p!.formatted) };
}

/** Takes a string built from constant text and values apart; undefined for any other shape. */
export function parseBuilt(node: Node): BuiltString | undefined {
  if (node.type === 'string' || node.type === 'concatenated_string') {
    const literal = literalOrConcatenated(node);
    return literal?.formatted ? { pieces: literal.pieces, quote: literal.quote, form: 'fstring' } : undefined;
  }
  if (node.type === 'binary_operator') {
    const operator = node.childForFieldName('operator')?.text;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!left || !right) return undefined;
    if (operator === '%') {
      const template = literalOrConcatenated(left);
      if (!template || template.formatted || template.pieces.some((p) => 'expr' in p)) return undefined;
      const values = right.type === 'tuple' ? right.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') : [right];
      if (values.some((v) => v.type === 'list_splat' || v.type === 'dictionary')) return undefined;
      const pieces = percentPieces(template.pieces.map((p) => ('text' in p ? p.text : '')).join(''), values);
      return pieces ? { pieces, quote: template.quote, form: 'percent' } : undefined;
    }
    if (operator === '+') {
      const pieces: Piece[] = [];
      let quote: string | undefined;
      for (const operand of concatOperands(node)) {
        if (operand.type === 'string' || operand.type === 'concatenated_string') {
          const literal = literalOrConcatenated(operand);
          if (!literal) return undefined;
          quote ??= literal.quote;
          pieces.push(...literal.pieces);
        } else pieces.push({ expr: operand });
      }
      return quote ? { pieces: mergeText(pieces), quote, form: 'concat' } : undefined;
    }
    return undefined;
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
    if (!object || fn?.childForFieldName('attribute')?.text !== 'format') return undefined;
    const template = literalOrConcatenated(object);
    if (!template || template.formatted || template.pieces.some((p) => 'expr' in p)) return undefined;
    const pieces = formatPieces(template.pieces.map((p) => ('text' in p ? p.text : '')).join(''), node);
    return pieces ? { pieces, quote: template.quote, form: 'format' } : undefined;
  }
  return undefined;
}

/** Joins adjacent constant pieces. */
function mergeText(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if ('text' in piece && last && 'text' in last) out[out.length - 1] = { text: last.text + piece.text };
    else out.push(piece);
  }
  return out;
}

/** The values spliced into a built string. */
export function builtValues(built: BuiltString): Node[] {
  return built.pieces.flatMap((p) => ('expr' in p ? [p.expr] : []));
}

/** A Python string literal with this value, in the given quote (or the other one when the value holds it). */
export function pyString(value: string, quote: string, prefix = ''): string | undefined {
  if (value.includes('\\')) return undefined;
  if (quote.length === 3) return value.includes(quote[0]!) ? undefined : `${prefix}${quote}${value}${quote}`;
  if (value.includes('\n')) return undefined;
  for (const q of [quote, quote === '"' ? "'" : '"']) if (!value.includes(q)) return `${prefix}${q}${value}${q}`;
  return undefined;
}

/** An f-string (or a plain string when there is no value) of constant text and values, for a parameter value. */
export function pyFString(pieces: Piece[], quote: string): string | undefined {
  if (pieces.length === 1 && 'expr' in pieces[0]!) return pieces[0].expr.text;
  if (!pieces.some((p) => 'expr' in p)) return pyString(pieces.map((p) => ('text' in p ? p.text : '')).join(''), quote);
  const body = pieces.map((p) => ('text' in p ? p.text.replace(/\{/g, '{{').replace(/\}/g, '}}') : `{${p.expr.text}}`)).join('');
  // Before Python 3.12 an expression inside an f-string may not reuse the quote or hold a backslash.
  for (const q of [quote, quote === '"' ? "'" : '"']) {
    if (pieces.every((p) => 'text' in p || (!p.expr.text.includes(q[0]!) && !p.expr.text.includes('\\') && !p.expr.text.includes('\n')))) {
      const literal = pyString(body, q, 'f');
      if (literal) return literal;
    }
  }
  return undefined;
}

/** A value slot in a query: the value expression and the placeholder written for it. */
export interface Slot {
  /** The parameter value (the expression, or an f-string when the SQL literal held more text). */
  value: string;
  /** The expression itself when the slot is exactly one expression. */
  expr?: Node;
  /** The expressions in the slot. */
  exprs: Node[];
}

/** How a driver writes a query with parameters. */
export interface QueryStyle {
  /** The placeholder for a slot (`?`, `%s`, `:name`), or undefined to give up. */
  placeholder: (slot: Slot, index: number) => string | undefined;
  /** Constant SQL text as it must be written with parameters (`%` doubled for `%s` drivers). */
  escapeText?: (text: string) => string;
  /** The value of constant text inside a quoted SQL literal (`%%` → `%` where the query was %-formatted). */
  literalText?: (text: string) => string;
}

const SENTINEL = '\u0000';

/**
 * Replaces each value of a built query with a placeholder. A value inside a quoted literal (`'{x}'`) takes the
 * whole literal (with any constant text in it, as an f-string); a bare value must follow a comparison, LIKE,
 * LIMIT/OFFSET, or sit in an IN (…) / VALUES (…) list. Anything else (a table or column name, a SQL fragment)
 * makes it undefined, since identifiers cannot be parameters.
 */
export function parameterise(built: BuiltString, options: QueryStyle): { sql: string; slots: Slot[] } | undefined {
  const { placeholder, escapeText = (t: string) => t, literalText = (t: string) => t } = options;
  const slots: Slot[] = [];
  let out = '';
  const pieces = built.pieces;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if ('text' in piece) {
      out += piece.text;
      continue;
    }
    const quotes = (out.replace(new RegExp(`${SENTINEL}\\d+${SENTINEL}`, 'g'), '').match(/'/g) ?? []).length;
    if (quotes % 2 === 1) {
      // Inside a SQL string literal: the slot is the literal, from its opening quote to its closing one.
      const open = out.lastIndexOf("'");
      const region: Piece[] = [];
      const before = out.slice(open + 1);
      if (before.includes(SENTINEL)) return undefined;
      if (before) region.push({ text: literalText(before) });
      region.push(piece);
      let j = i + 1;
      let after: string | undefined;
      for (; j < pieces.length; j++) {
        const next = pieces[j]!;
        if ('expr' in next) {
          region.push(next);
          continue;
        }
        const close = next.text.indexOf("'");
        if (close < 0) {
          region.push({ text: literalText(next.text) });
          continue;
        }
        if (next.text[close + 1] === "'") return undefined; // an escaped quote inside the literal
        if (close > 0) region.push({ text: literalText(next.text.slice(0, close)) });
        after = next.text.slice(close + 1);
        break;
      }
      if (after === undefined) return undefined;
      const value = pyFString(region, built.quote === "'" || built.quote === "'''" ? '"' : built.quote);
      if (!value) return undefined;
      const exprs = region.flatMap((p) => ('expr' in p ? [p.expr] : []));
      const slot: Slot = region.length === 1 ? { value, expr: piece.expr, exprs } : { value, exprs };
      out = out.slice(0, open) + `${SENTINEL}${slots.length}${SENTINEL}` + after;
      slots.push(slot);
      i = j;
      continue;
    }
    if (!valuePosition(out.replace(new RegExp(`${SENTINEL}\\d+${SENTINEL}`, 'g'), '?'))) return undefined;
    out += `${SENTINEL}${slots.length}${SENTINEL}`;
    slots.push({ value: piece.expr.text, expr: piece.expr, exprs: [piece.expr] });
  }
  if (!slots.length) return undefined;
  const parts = out.split(SENTINEL);
  let sql = '';
  for (let k = 0; k < parts.length; k++) {
    if (k % 2 === 0) sql += escapeText(parts[k]!);
    else {
      const text = placeholder(slots[Number(parts[k])]!, Number(parts[k]));
      if (text === undefined) return undefined;
      sql += text;
    }
  }
  return { sql, slots };
}

/** Whether SQL text ending here expects a value (not an identifier or a fragment of SQL). */
function valuePosition(before: string): boolean {
  const trimmed = before.replace(/\s+$/, '');
  if (/(?:[=<>]|\b(?:LIKE|ILIKE|LIMIT|OFFSET))$/i.test(trimmed)) return true;
  if (/[(,]$/.test(trimmed)) {
    let depth = 0;
    for (let i = trimmed.length - 1; i >= 0; i--) {
      if (trimmed[i] === ')') depth++;
      else if (trimmed[i] === '(' && depth-- === 0) return /\b(?:IN|VALUES)\s*$/i.test(trimmed.slice(0, i));
    }
  }
  return false;
}

/**
 * Splits a command built from constant text and values into argument-list words, as a shell would split it
 * when the values hold no spaces: constant text must be plain words (no quotes, `$`, `;`, `|`, globs, …), a
 * value glued to text becomes an f-string word. Undefined when the command cannot be split this way.
 */
export function shellWords(built: BuiltString): string[] | undefined {
  const words: Piece[][] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    if (current.length) words.push(current);
    current = [];
  };
  for (const piece of built.pieces) {
    if ('expr' in piece) {
      current.push(piece);
      continue;
    }
    if (/[\\'"`$|;&<>()*?[\]{}~#!\n]/.test(piece.text)) return undefined;
    const chunks = piece.text.split(/([ \t]+)/);
    for (const chunk of chunks) {
      if (/^[ \t]+$/.test(chunk)) flush();
      else if (chunk) current.push({ text: chunk });
    }
  }
  flush();
  if (!words.length) return undefined;
  const out: string[] = [];
  for (const word of words) {
    if (word.length === 1 && 'expr' in word[0]!) {
      // `+` only ever joined strings; the other forms converted the value with str().
      out.push(built.form === 'concat' ? word[0].expr.text : `str(${word[0].expr.text})`);
      continue;
    }
    const text = pyFString(word, '"');
    if (!text) return undefined;
    out.push(text);
  }
  return out;
}
