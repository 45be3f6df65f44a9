/**
 * Turns the bytes of a file into the text the engine analyses, or says why it cannot: a file with NUL bytes is
 * binary and a file that is not valid UTF-8 is set aside (its offsets would not match what an editor shows, and
 * fixes written back would corrupt it). A UTF-8 byte order mark is removed and remembered so fixes keep it.
 */

export type DecodeSkipReason = 'binary' | 'not UTF-8';

export type Decoded = { text: string; bom: boolean } | { skipped: DecodeSkipReason };

const BINARY_PROBE = 8192;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes file bytes as strict UTF-8. */
export function decodeFile(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: decoder.decode(bom ? bytes.subarray(3) : bytes), bom };
  } catch {
    return { skipped: 'not UTF-8' };
  }
}

/** Encodes text to write back, restoring a byte order mark the file had. */
export function encodeFile(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}
