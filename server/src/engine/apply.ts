/** Applies fixes to a text: what `--fix`, fix-all and the tests share. Overlapping edits are skipped, not merged. */
import { type Finding, type Fix, fixLabel } from './finding';

export interface AppliedFixes {
  text: string;
  applied: { ruleId: string; title: string; line: number }[];
  skipped: number;
}

/** Applies the first fix of each finding that `accept` allows; later edits that overlap earlier ones are skipped. */
export function applyFixes(text: string, findings: Finding[], accept: (fix: Fix) => boolean): AppliedFixes {
  const chosen: { finding: Finding; fix: Fix }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find(accept);
    if (fix) chosen.push({ finding, fix });
  }
  const edits: { start: number; end: number; newText: string; owner: number }[] = [];
  const taken: { start: number; end: number }[] = [];
  const applied: AppliedFixes['applied'] = [];
  let skipped = 0;
  chosen.forEach(({ finding, fix }, owner) => {
    // An edit identical to one already taken (two fixes adding the same import or config entry) is shared.
    const fresh = fix.edits.filter((e) => !edits.some((x) => x.start === e.startOffset && x.end === e.endOffset && x.newText === e.newText));
    if (fresh.length === 0) {
      applied.push({ ruleId: finding.ruleId, title: fixLabel(fix), line: finding.range.start.line + 1 });
      return;
    }
    const spans = fresh.map((e) => ({ start: e.startOffset, end: e.endOffset }));
    const overlaps = spans.some((s) => taken.some((t) => s.start < t.end && t.start < s.end || (s.start === s.end && s.start > t.start && s.start < t.end)));
    if (overlaps) {
      skipped++;
      return;
    }
    taken.push(...spans);
    edits.push(...fresh.map((e) => ({ start: e.startOffset, end: e.endOffset, newText: e.newText, owner })));
    applied.push({ ruleId: finding.ruleId, title: fixLabel(fix), line: finding.range.start.line + 1 });
  });
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied, skipped };
}

const CHUNK = 256;
let lastSpan: { before: string; after: string; span: { start: number; oldEnd: number; newEnd: number } } | undefined;

/**
 * The one span that differs between two texts (common prefix and suffix kept): offsets in `before` and `after`.
 * Every keystroke asks this several times of the same two texts (a large file's word counts, its syntax tree, the
 * region to re-analyse), so the last answer is kept, and equal stretches are compared a chunk at a time.
 */
export function changedSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  if (lastSpan && lastSpan.before === before && lastSpan.after === after) return { ...lastSpan.span };
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start + CHUNK <= max && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd - CHUNK >= start && newEnd - CHUNK >= start && before.slice(oldEnd - CHUNK, oldEnd) === after.slice(newEnd - CHUNK, newEnd)) {
    oldEnd -= CHUNK;
    newEnd -= CHUNK;
  }
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  const span = { start, oldEnd, newEnd };
  lastSpan = { before, after, span };
  return { ...span };
}
