/**
 * Unreviewed AI-sized blocks on the server side: the client tracks them (it sees the edits) and sends them with
 * `aiAudit/unreviewedBlocks`; the server keeps the latest per open document, passes them to the engine and notes the
 * findings that start inside one.
 */
import type { Finding } from '../engine/finding';
import { UNREVIEWED_NOTE, type UnreviewedBlock } from '../protocol';

/** At most this many blocks per document are kept; a client sending more is cut off rather than trusted. */
const MAX_BLOCKS = 200;

/** The blocks of a notification, sanitized: whole non-negative lines, start ≤ end, at most {@link MAX_BLOCKS}. */
export function sanitizeBlocks(value: unknown): UnreviewedBlock[] {
  if (!Array.isArray(value)) return [];
  const blocks: UnreviewedBlock[] = [];
  for (const item of value.slice(0, MAX_BLOCKS)) {
    const block = item as Partial<UnreviewedBlock> | null;
    const start = block?.startLine;
    const end = block?.endLine;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! < start!) continue;
    blocks.push({ startLine: start!, endLine: end! });
  }
  return blocks;
}

/** Whether a zero-based line lies inside one of the blocks. */
export function insideBlock(line: number, blocks: readonly UnreviewedBlock[]): boolean {
  return blocks.some((b) => line >= b.startLine && line <= b.endLine);
}

/** The findings with {@link UNREVIEWED_NOTE} appended to the message of those that start inside a block. */
export function noteUnreviewed(findings: readonly Finding[], blocks: readonly UnreviewedBlock[]): Finding[] {
  if (!blocks.length) return [...findings];
  return findings.map((f) => (insideBlock(f.range.start.line, blocks) && !f.message.endsWith(UNREVIEWED_NOTE) ? { ...f, message: `${f.message} ${UNREVIEWED_NOTE}` } : f));
}
