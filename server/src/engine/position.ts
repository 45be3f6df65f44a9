/** Offsets ↔ zero-based line/UTF-16 column positions, from a table of line starts. */
import type { Position } from './finding';
import { lineOf } from './suppress';

/** Builds the start offset of every line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Converts an offset into a zero-based line and UTF-16 column. */
export function positionAt(lineStarts: number[], offset: number): Position {
  const line = lineOf(lineStarts, offset);
  return { line, character: offset - lineStarts[line]! };
}
