/**
 * The pure part of tracking unreviewed AI-sized code: which edit counts as one large insertion, and how recorded
 * blocks follow later edits. No VS Code types, so the unit tests exercise it without an editor.
 */
import type { UnreviewedBlock } from '../../server/src/protocol';

/**
 * One insertion of at least this many non-blank lines in a single edit is recorded as unreviewed, unless the setting
 * {@link MIN_BLOCK_LINES_SETTING} says otherwise. The manifest declares the same default (a unit test checks).
 */
export const MIN_BLOCK_LINES = 8;

/** The setting (under `aiAudit.`) that overrides {@link MIN_BLOCK_LINES}; 0 turns block tracking off. */
export const MIN_BLOCK_LINES_SETTING = 'unreviewedBlockMinLines';

/** The smallest threshold the setting accepts: a single line is every edit, not an AI-sized block. */
export const MIN_BLOCK_LINES_MINIMUM = 2;

/**
 * The threshold from the value of {@link MIN_BLOCK_LINES_SETTING}: an integer of at least
 * {@link MIN_BLOCK_LINES_MINIMUM}; 0 means off (no insertion is large enough); anything else is the default.
 */
export function parseMinBlockLines(value: unknown): number {
  if (value === 0) return Number.POSITIVE_INFINITY;
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_BLOCK_LINES_MINIMUM ? value : MIN_BLOCK_LINES;
}

/** One content change, as an editor reports it: the replaced lines (zero-based, inclusive) and the new text. */
export interface LineChange {
  startLine: number;
  endLine: number;
  text: string;
}

/** The block of lines a change inserted, when it is AI-sized (≥ `minLines` non-blank lines). */
export function insertedBlock(change: LineChange, minLines = MIN_BLOCK_LINES): UnreviewedBlock | undefined {
  const lines = change.text.split(/\r?\n/);
  if (lines.filter((l) => l.trim() !== '').length < minLines) return undefined;
  // Text ending in a line break does not reach into the line after it.
  const last = lines[lines.length - 1] === '' ? lines.length - 2 : lines.length - 1;
  return { startLine: change.startLine, endLine: change.startLine + last };
}

/**
 * The blocks after one change: blocks below it move by the number of lines it added or removed, a block it
 * touches grows or shrinks with it, and a block it replaced entirely is gone.
 */
export function shiftBlocks(blocks: readonly UnreviewedBlock[], change: LineChange): UnreviewedBlock[] {
  const added = (change.text.match(/\n/g) ?? []).length;
  const delta = added - (change.endLine - change.startLine);
  const out: UnreviewedBlock[] = [];
  for (const block of blocks) {
    if (block.endLine < change.startLine) out.push(block);
    else if (block.startLine > change.endLine) out.push({ startLine: block.startLine + delta, endLine: block.endLine + delta });
    else if (change.startLine <= block.startLine && change.endLine >= block.endLine && change.text.trim() === '') continue;
    else {
      const startLine = Math.min(block.startLine, change.startLine);
      const endLine = Math.max(startLine, block.endLine + delta);
      out.push({ startLine, endLine });
    }
  }
  return out;
}

/** The blocks sorted, with overlapping or adjacent blocks merged into one. */
export function mergeBlocks(blocks: readonly UnreviewedBlock[]): UnreviewedBlock[] {
  const sorted = [...blocks].sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
  const out: UnreviewedBlock[] = [];
  for (const block of sorted) {
    const last = out[out.length - 1];
    if (last && block.startLine <= last.endLine + 1) last.endLine = Math.max(last.endLine, block.endLine);
    else out.push({ ...block });
  }
  return out;
}

/**
 * Applies the changes of one edit event in order (each in the coordinates left by the previous, as editors report
 * them) and records the large insertions among them.
 */
export function applyChanges(blocks: readonly UnreviewedBlock[], changes: readonly LineChange[], minLines = MIN_BLOCK_LINES): UnreviewedBlock[] {
  let current = [...blocks];
  for (const change of changes) {
    current = shiftBlocks(current, change);
    const inserted = insertedBlock(change, minLines);
    if (inserted) current.push(inserted);
  }
  return mergeBlocks(current);
}

/** The blocks without the one that contains `line` (what "Mark reviewed" does). */
export function withoutBlockAt(blocks: readonly UnreviewedBlock[], line: number): UnreviewedBlock[] {
  return blocks.filter((b) => line < b.startLine || line > b.endLine);
}

/** Blocks read back from storage, keeping only well-formed ones (the stored state may come from another version). */
export function sanitizeStoredBlocks(value: unknown): UnreviewedBlock[] {
  if (!Array.isArray(value)) return [];
  return mergeBlocks(
    value.filter((b): b is UnreviewedBlock => {
      const v = b as Partial<UnreviewedBlock> | null;
      return !!v && Number.isInteger(v.startLine) && Number.isInteger(v.endLine) && v.startLine! >= 0 && v.endLine! >= v.startLine!;
    }),
  );
}
