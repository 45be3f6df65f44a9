/**
 * Edit helpers shared by the docker pack's fixes. The pack's rules are module rules, so they build their fixes
 * themselves (`ModuleReport.fixes`) with these.
 */
import { isMap, isSeq, type Pair, type YAMLMap } from 'yaml';
import type { FixDraft, OffsetEdit } from '../../engine/module';
import { span, wholeLines } from './compose';

/** An unsafe fix draft with one or more edits. */
export function unsafeFix(title: string, ...edits: OffsetEdit[]): FixDraft[] {
  return [{ title, safety: 'unsafe', edits }];
}

/**
 * Removes a shell option (`start`–`end`, e.g. `--no-check-certificate` or `--trusted-host host`) from a `RUN`
 * command: with the blanks before it, or, when it stands alone on a continuation line (`  --opt \`), that line.
 */
export function removeRunOption(text: string, start: number, end: number): OffsetEdit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/\S/.test(before)) {
    const blanks = /[ \t]*$/.exec(before)![0].length;
    return { start: start - blanks, end, newText: '' };
  }
  const rest = /^[ \t]*\\[ \t]*\r?\n/.exec(text.slice(end));
  if (rest) return { start: lineStart, end: end + rest[0].length, newText: '' };
  const blanks = /^[ \t]*/.exec(text.slice(end))![0].length;
  return { start, end: end + blanks, newText: '' };
}

/** Removes a `key: value` entry of a block-style compose map (the whole lines); undefined for flow maps. */
export function removePair(text: string, map: YAMLMap, pair: Pair<unknown, unknown>): OffsetEdit | undefined {
  if (map.flow) return undefined;
  const { start } = span(pair.key as never);
  const { end } = span(pair.value as never);
  return { ...wholeLines(text, start, end), newText: '' };
}

/** Removes an item of a block-style compose list (the whole lines) when other items remain; undefined otherwise. */
export function removeItem(text: string, list: unknown, item: { range?: [number, number, number] | null }): OffsetEdit | undefined {
  if (!isSeq(list) || list.flow || list.items.length < 2) return undefined;
  const { start, end } = span(item);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*-[ \t]*$/.test(text.slice(lineStart, start))) return undefined;
  return { ...wholeLines(text, start, end), newText: '' };
}

/** Whether a node is a block-style map (where whole lines can be inserted or removed). */
export function isBlockMap(node: unknown): node is YAMLMap {
  return isMap(node) && !node.flow;
}
