/**
 * Edit helpers shared by the mcp pack's fixes. The pack's rules are module rules, so they build their fixes
 * themselves (`ModuleReport.fixes`) with these.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { removeListItems } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';
import { rangeOf } from './json';

/**
 * Removes neighbouring JSON array items (`first` to `last`): the whole lines when they stand on lines of their
 * own (`  "--privileged",`), otherwise the items and the comma that goes with them.
 */
export function removeArrayItems(text: string, first: JsonNode, last: JsonNode): OffsetEdit {
  const start = rangeOf(first).start;
  const end = rangeOf(last).end;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const after = /^[ \t]*,[ \t]*\r?\n/.exec(text.slice(end));
  if (after && /^[ \t]*$/.test(text.slice(lineStart, start))) return { start: lineStart, end: end + after[0].length, newText: '' };
  return removeListItems(start, end, text);
}

/**
 * The one value `known` maps `key` to, or undefined when there is none or several disagree (a version or digest
 * that other servers of the same file already pin, which a fix can reuse).
 */
export function agreedValue(known: Map<string, Set<string>>, key: string): string | undefined {
  const values = known.get(key);
  return values?.size === 1 ? [...values][0] : undefined;
}

/** Records `value` for `key` (see {@link agreedValue}). */
export function remember(known: Map<string, Set<string>>, key: string, value: string): void {
  const values = known.get(key) ?? new Set<string>();
  values.add(value);
  known.set(key, values);
}
