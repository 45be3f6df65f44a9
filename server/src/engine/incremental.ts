/**
 * Re-analysis after an edit, restricted to the function that changed. A one-character edit of a 5,000-line file
 * re-parses in milliseconds, but running every rule over the whole tree again costs hundreds; so on an edit
 * inside a function body only that function is queried and walked by region-aware module rules (code rules also
 * re-check, one by one, the nodes around it), and the previous findings elsewhere are kept, shifted by the edit;
 * an edit outside every function is handled the same way for the top-level statement around it. Edits of
 * imports or of most of the file fall back to a full analysis; the editor runs a
 * full one anyway once typing pauses, so facts that cross functions (a helper's return value or a module constant
 * reaching a sink elsewhere) are never stale for long.
 */
import type { Node, Range as TreeRange, Tree } from 'web-tree-sitter';
import type { CodeLanguage } from '../languages/language';
import { changedSpan } from './apply';
import type { Finding } from './finding';
import { positionAt } from './position';

/** Findings of one analysis, before ignore directives and thresholds, kept to be reused by the next one. */
export interface PreviousResult {
  /** Everything that decides which rules run and how (path, config, unreviewed blocks, date). */
  signature: string;
  text: string;
  /** Findings of code rules and region-aware module rules: reusable outside the changed function. */
  local: Finding[];
  /** The file's imports (local name → module), reused when the edit cannot have changed them. */
  imports: Map<string, string>;
}

/** The part of a new version that has to be analysed again, and how the rest moved. */
export interface Region {
  node: Node;
  /** The region's range in the previous text. */
  oldStart: number;
  oldEnd: number;
  /** Length change of the edit: findings after the region move by this much. */
  delta: number;
  /** The region's last line in the previous text (1-based), and how many lines the edit added (or removed). */
  oldEndLine: number;
  lineDelta: number;
}

/** A region is worth it only when it is a small part of the file. */
const MAX_REGION_SHARE = 0.5;

/** Text that may import something in one of the supported languages (`require(`, `import x`, `using X;`, …). */
export const IMPORT_WORDS = /\brequire\s*\(|\bimport\s*[\w({*"']|\bfrom\s+[\w.]+\s+import\b|^\s*(?:using|use|include|load|require_once|include_once)\b|#\s*include\b/m;

/** Top-level statements whose edits change what the rest of the file means: imports and module declarations. */
const FILE_WIDE = /import|export_from|package|namespace|using|use_declaration|require|include|preproc/;

/**
 * The part of the new tree that contains every change between `oldText` and it (the edited span and the ranges
 * whose syntax changed): the innermost function around it, or else the top-level statement around it (not an
 * import). Facts that flow between a function and the one around it (a closure's return value) are refreshed by
 * the full analysis that follows when typing pauses. Undefined when there is no such part or it is most of the file: then everything is analysed.
 */
export function changedRegion(tree: Tree, language: CodeLanguage, oldText: string, newText: string, syntaxChanges: readonly TreeRange[]): Region | undefined {
  const span = changedSpan(oldText, newText);
  let start = span.start;
  let end = span.newEnd;
  for (const r of syntaxChanges) {
    start = Math.min(start, r.startIndex);
    end = Math.max(end, r.endIndex);
  }
  const root = tree.rootNode;
  const innermost = root.descendantForIndex(start, Math.max(start, end - 1));
  let fn: Node | undefined;
  let topLevel: Node | undefined;
  for (let n: Node | null = innermost; n && n.id !== root.id; n = n.parent) {
    if (n.startIndex > start || end > n.endIndex) continue;
    if (language.kinds.function.includes(n.type)) fn ??= n;
    if (n.parent?.id === root.id) topLevel = n;
  }
  // A top-level statement that imports or declares something changes what code elsewhere means.
  const declares = (n: Node) => language.kinds.binding.includes(n.type) || n.namedChildren.some((c) => !!c && language.kinds.binding.includes(c.type));
  const comment = !!topLevel && language.kinds.comment.includes(topLevel.type);
  const region = fn ?? (topLevel && (comment || (!FILE_WIDE.test(topLevel.type) && !declares(topLevel) && !IMPORT_WORDS.test(topLevel.text))) ? topLevel : undefined);
  // The edit must sit strictly inside the region (not on its first or last character), so the text around it is
  // the same before and after and the old findings there still apply.
  if (!region || region.startIndex >= span.start || span.newEnd >= region.endIndex) return undefined;
  if (region.endIndex - region.startIndex > newText.length * MAX_REGION_SHARE) return undefined;
  const delta = newText.length - oldText.length;
  const oldEnd = region.endIndex - delta;
  const lineDelta = newlines(newText, span.start, span.newEnd) - newlines(oldText, span.start, span.oldEnd);
  return { node: region, oldStart: region.startIndex, oldEnd, delta, oldEndLine: newlines(oldText, 0, oldEnd) + 1, lineDelta };
}

function newlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * The previous findings that lie outside the region, moved to their places in the new text. Ranges and fix edits
 * are recomputed from offsets; findings overlapping the region are dropped (the region's analysis replaces them),
 * and so is a fix of a kept finding that would edit inside the region (it was computed for the old code there).
 */
export function keptFindings(previous: readonly Finding[], region: Region, lineStarts: number[], stillActive: (ruleId: string) => boolean, keepAround: (ruleId: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const outside = (start: number, end: number) => end <= region.oldStart || start >= region.oldEnd;
  for (const f of previous) {
    if (!stillActive(f.ruleId)) continue;
    // A finding around the region (on the call whose callback was edited) is kept by rules that cannot look at
    // it again from the region (`keepAround`); code rules re-check the nodes around the region themselves.
    const around = f.startOffset <= region.oldStart && region.oldEnd <= f.endOffset;
    if (!outside(f.startOffset, f.endOffset) && !(around && keepAround(f.ruleId))) continue;
    const fixes = f.fixes.filter((fix) => fix.edits.every((e) => outside(e.startOffset, e.endOffset) && !(e.startOffset === e.endOffset && e.startOffset === region.oldEnd)));
    out.push(shift({ ...f, fixes }, region, lineStarts));
  }
  return out;
}

function shift(f: Finding, region: Region, lineStarts: number[]): Finding {
  const { delta, lineDelta, oldEndLine } = region;
  const move = (offset: number) => (offset >= region.oldEnd ? offset + delta : offset);
  const at = (start: number, end: number) => ({ start: positionAt(lineStarts, move(start)), end: positionAt(lineStarts, move(end)) });
  const after = f.startOffset >= region.oldEnd;
  return {
    ...f,
    // Messages name where untrusted data comes from (`… (line 12)`): those lines below the edit move with it.
    message: lineDelta === 0 || !after ? f.message : f.message.replace(/\(line (\d+)\)/g, (whole, n: string) => (Number(n) > oldEndLine ? `(line ${Number(n) + lineDelta})` : whole)),
    startOffset: move(f.startOffset),
    endOffset: move(f.endOffset),
    range: at(f.startOffset, f.endOffset),
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, startOffset: move(e.startOffset), endOffset: move(e.endOffset), range: at(e.startOffset, e.endOffset) })),
    })),
  };
}
