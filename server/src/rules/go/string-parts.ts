/**
 * Language-neutral pieces of the command and SQL fixes of the go, php and ruby packs. A string built at run time
 * (`"ping -c 1 " + host`, `"... #{id}"`, `fmt.Sprintf(...)`) is first reduced to parts — constant text and the
 * source text of each inserted expression — by the language's fix; these helpers then decide whether the parts
 * can be turned into separate program arguments or into a parameterised query, and decline (undefined) otherwise.
 */

/** Constant text, or an inserted expression (`verb`: the `%s`/`%d`/`%v` that inserted it, for format strings). */
export type Part = { literal: string } | { expr: string; verb?: string };

/** Characters a shell treats specially; a constant containing one cannot be split into words mechanically. */
const SHELL_SPECIAL = /["'`$\\|;&<>()*?[\]~{}#!\n\r]/;

/** Shell builtins that are no program of their own. */
const BUILTINS = new Set(['cd', 'export', 'source', '.', 'set', 'unset', 'alias', 'eval', 'exec', 'ulimit', 'umask', 'read', 'trap', 'exit']);

/**
 * Splits the parts of a shell command into words (each a list of parts) the way `sh -c` would, provided the
 * constant text uses nothing but plain words and spaces; the first word (the program) must be constant. An inserted
 * value stays inside one word, which is the point: the shell would have split and reinterpreted it.
 */
export function shellWords(parts: Part[]): Part[][] | undefined {
  const words: Part[][] = [];
  let current: Part[] = [];
  for (const part of parts) {
    if (!('literal' in part)) {
      current.push(part);
      continue;
    }
    if (SHELL_SPECIAL.test(part.literal)) return undefined;
    const pieces = part.literal.split(/([ \t]+)/);
    pieces.forEach((piece) => {
      if (/^[ \t]+$/.test(piece)) {
        if (current.length) words.push(current);
        current = [];
      } else if (piece) current.push({ literal: piece });
    });
  }
  if (current.length) words.push(current);
  const program = words[0];
  if (!program || program.length !== 1 || !('literal' in program[0]!) || BUILTINS.has(program[0].literal) || program[0].literal.includes('=')) return undefined;
  return words;
}

/**
 * The SQL text before a value: a comparison, `LIKE`, `LIMIT`/`OFFSET`, or an item of `VALUES (…)`. `IN (` is left
 * out: what is inserted there is usually a whole comma-separated list, which one parameter cannot replace.
 */
const VALUE_SLOT = /(?:[=<>]|\b(?:LIKE|LIMIT|OFFSET|VALUES\s*\())\s*'?$/i;
const OPEN_LIST = /\bVALUES\s*\([^()]*,\s*'?$/i;

/**
 * Turns the parts of a SQL string into a constant statement with placeholders (`placeholder(1)`, `(2)`, …) and the
 * inserted values, in order. Each value must sit where SQL expects a value (after `=`, `LIKE`, `VALUES (`, …); a value
 * wrapped in single quotes (`'" + name + "'`) loses the quotes. A value inside a quoted pattern (`'%…%'`), a table
 * or column name, or two values side by side are declined.
 */
export function sqlParameters(input: Part[], placeholder: (n: number) => string): { sql: string; values: string[] } | undefined {
  const parts = [...input];
  let sql = '';
  const values: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if ('literal' in part) {
      sql += part.literal;
      continue;
    }
    if (!VALUE_SLOT.test(sql) && !OPEN_LIST.test(sql)) return undefined;
    const next = parts[i + 1];
    const after = next && 'literal' in next ? next.literal : '';
    if (sql.endsWith("'")) {
      if (!after.startsWith("'")) return undefined;
      sql = sql.slice(0, -1);
      parts[i + 1] = { literal: after.slice(1) };
    } else if (/^[\w'"]/.test(after) || (next && !('literal' in next))) return undefined;
    values.push(part.expr);
    sql += placeholder(values.length);
  }
  return values.length ? { sql, values } : undefined;
}
