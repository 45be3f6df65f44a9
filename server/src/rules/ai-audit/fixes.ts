/** Fixes of the built-in ignore-directive rules, registered by name for `fix.module`. */
import type { OffsetEdit } from '../../engine/module';
import type { Directive } from '../../engine/suppress';
import { registerDirectiveFix } from '../../engine/fix';

/** A comment marker followed only by blanks at the end of the text before a directive (as the parser requires). */
const COMMENT_LEAD = /(^|\s)(#|\/\/|\/\*|<!--|;|--)\s*$/;
/** Block comments must close on the directive's line for the comment to be removed as a whole. */
const CLOSERS: Record<string, string> = { '/*': '*/', '<!--': '-->' };

/**
 * Removes the comment holding a directive: the whole line when the comment is alone on it, else the comment and the
 * blanks before it (`x = f()  # ai-audit-ignore …` keeps `x = f()`). Declines when no comment marker leads the
 * directive on its line (text before it in the same comment) or a block comment does not close on that line.
 */
function removeDirective(d: Directive, text: string): OffsetEdit | undefined {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  const lead = COMMENT_LEAD.exec(text.slice(lineStart, d.start));
  if (!lead) return undefined;
  const marker = lead[2]!;
  const markerStart = lineStart + lead.index + lead[1]!.length;
  const end = text[d.end - 1] === '\r' ? d.end - 1 : d.end;
  const closer = CLOSERS[marker];
  if (closer && !text.slice(d.start, end).trimEnd().endsWith(closer)) return undefined;
  const code = text.slice(lineStart, markerStart);
  if (code.trim() !== '') return { start: lineStart + code.trimEnd().length, end, newText: '' };
  const newline = text.indexOf('\n', d.end);
  if (newline !== -1) return { start: lineStart, end: newline + 1, newText: '' };
  return { start: lineStart > 0 ? lineStart - 1 : 0, end: text.length, newText: '' };
}

/** Levenshtein distance, for the closest known rule id. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The one known rule id closest to an unknown one (a typo: at most 2 edits, or 3 for long ids), or undefined when
 * none is that close or two are equally close. Wildcards (`pack/*`) get no suggestion.
 */
export function closestRuleId(id: string, known: readonly string[]): string | undefined {
  if (id.includes('*')) return undefined;
  const limit = id.length >= 20 ? 3 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    if (Math.abs(candidate.length - id.length) > limit) continue;
    const d = distance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return best && bestDistance <= limit && !tie ? best : undefined;
}

// An expired or unused directive suppresses nothing: remove it (what it names is reported either way).
registerDirectiveFix('remove-ignore-directive', (d, { text }) => {
  const edit = removeDirective(d, text);
  return edit ? [edit] : undefined;
});

// `python/yml-load` → `python/yaml-load`: every unknown id of the directive replaced by the one known id within a
// typo's reach; declines when any unknown id has no such unambiguous match.
registerDirectiveFix('closest-rule-id', (d, { text, ruleIds }) => {
  const known = new Set(ruleIds);
  const edits: OffsetEdit[] = [];
  const body = text.slice(d.start, d.end);
  for (const id of d.ruleIds) {
    if (id.endsWith('/*') ? ruleIds.some((r) => r.startsWith(id.slice(0, -1))) : known.has(id)) continue;
    const replacement = closestRuleId(id, ruleIds);
    const at = new RegExp(`(?<=[\\s,])${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=[\\s,]|$)`).exec(body);
    if (!replacement || !at) return undefined;
    edits.push({ start: d.start + at.index, end: d.start + at.index + id.length, newText: replacement });
  }
  return edits.length ? edits : undefined;
});
