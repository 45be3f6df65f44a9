/**
 * Language-neutral half of the "SQL built by concatenation → parameterised query" fixes of the java and csharp
 * packs: given the pieces of a built query (literal SQL text and spliced-in expressions), decide where each value
 * becomes a placeholder. Declines (returns undefined) whenever a spliced expression may not be a value: a table or
 * column name, part of a quoted string (`'%" + q + "%'`), two expressions in a row, or a double-quoted token.
 */

/** A piece of a built query: literal SQL as written in the source (escapes kept), or an expression's source text. */
export type SqlPart = { kind: 'text'; text: string } | { kind: 'value'; text: string };

/** The query split at its placeholders: `texts.length === values.length + 1`, quotes around values removed. */
export interface SqlPlaceholders {
  texts: string[];
  values: string[];
}

// What an unquoted value may follow: a comparison, LIKE, LIMIT or OFFSET (never a name position such as FROM or `,`).
const VALUE_POSITION = /(?:=|<>|!=|<|>|\bLIKE|\bLIMIT|\bOFFSET)\s*$/i;

/** Splits `parts` at the values, or undefined when a value cannot safely become a placeholder. */
export function sqlPlaceholders(parts: SqlPart[]): SqlPlaceholders | undefined {
  const texts = [''];
  const values: string[] = [];
  let previous: SqlPart['kind'] | undefined;
  for (const part of parts) {
    if (part.kind === 'text') texts[texts.length - 1] += part.text;
    else {
      if (previous === 'value') return undefined;
      values.push(part.text);
      texts.push('');
    }
    previous = part.kind;
  }
  if (values.length === 0) return undefined;
  const quoted = values.map((_, i) => {
    const before = texts[i]!;
    const after = texts[i + 1]!;
    if (/["`]$/.test(before) || /^\\?["`]/.test(after)) return undefined;
    if (before.endsWith("'") && after.startsWith("'")) return true;
    if (before.endsWith("'") || after.startsWith("'")) return undefined;
    return VALUE_POSITION.test(before) ? false : undefined;
  });
  if (quoted.some((q) => q === undefined)) return undefined;
  quoted.forEach((q, i) => {
    if (!q) return;
    texts[i] = texts[i]!.slice(0, -1);
    texts[i + 1] = texts[i + 1]!.slice(1);
  });
  return { texts, values };
}
