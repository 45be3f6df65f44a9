/** Code fixes of the agents pack: edit helpers for the settings rules, and named fixes for `fix.module`. */
import type { Node } from 'jsonc-parser';
import type { OffsetEdit } from '../../engine/module';
import { registerTextFix } from '../../engine/fix';

/** The offsets of the line holding `offset`, without its newline. */
function lineAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  return { start, end: newline === -1 ? text.length : newline };
}

/**
 * Removes one item of a JSON array with its comma: the whole line when the item (and its comma) stand alone on it,
 * the comma after the previous item when it is the last one. Undefined when a comment sits between an item and
 * its comma (the edit would have to guess which text belongs to which).
 */
export function removeArrayItem(text: string, array: Node, item: Node): OffsetEdit[] | undefined {
  const items = array.children ?? [];
  const index = items.indexOf(item);
  if (index === -1) return undefined;
  const itemEnd = item.offset + item.length;
  const edits: OffsetEdit[] = [];
  let end = itemEnd;
  if (index < items.length - 1) {
    const comma = /^[ \t]*,[ \t]*/.exec(text.slice(itemEnd));
    if (!comma) return undefined;
    end += comma[0].length;
  } else if (index > 0) {
    const previous = items[index - 1]!;
    const previousEnd = previous.offset + previous.length;
    const comma = /^[ \t]*,/.exec(text.slice(previousEnd));
    if (!comma) return undefined;
    edits.push({ start: previousEnd + comma[0].length - 1, end: previousEnd + comma[0].length, newText: '' });
  }
  const line = lineAround(text, item.offset);
  const alone = text.slice(line.start, item.offset).trim() === '' && text.slice(end, line.end).trim() === '';
  edits.push(alone ? { start: line.start, end: Math.min(line.end + 1, text.length), newText: '' } : { start: item.offset, end, newText: '' });
  return edits;
}

/** What each permission-bypass flag of an agent CLI becomes: removed, or switched to the mode that asks. */
const BYPASS_FLAGS: [RegExp, string | undefined][] = [
  [/^--sandbox([= ])danger-full-access$/, '--sandbox$1workspace-write'],
  [/^--permission-mode([= ])bypassPermissions$/, '--permission-mode$1default'],
  [/^--approval-mode([= ])yolo$/, '--approval-mode$1default'],
  [/^--(dangerously-skip-permissions|dangerously-bypass-approvals-and-sandbox|yolo|full-auto|allow-all-tools)$/, undefined],
];

// `claude -p … --dangerously-skip-permissions` → the flag removed (with the blank before it); `--sandbox
// danger-full-access` → `--sandbox workspace-write`, `--permission-mode bypassPermissions` → `default`,
// `--approval-mode yolo` → `default`. Declines for a flag inside quotes (part of a larger string argument).
registerTextFix('agent-permission-flag', (match, { text }) => {
  const rule = BYPASS_FLAGS.find(([pattern]) => pattern.test(match.value));
  if (!rule) return undefined;
  const [pattern, replacement] = rule;
  if (replacement !== undefined) return [{ start: match.start, end: match.end, newText: match.value.replace(pattern, replacement) }];
  const blank = /[ \t]+$/.exec(text.slice(0, match.start));
  const after = text[match.end];
  if (!blank || (after !== undefined && !/[\s;|&)]/.test(after))) return undefined;
  return [{ start: match.start - blank[0].length, end: match.end, newText: '' }];
});
