/**
 * A guard in front of the stdio message reader. vscode-jsonrpc's reader gives up on a header line it cannot parse
 * (no colon) and never reads the stream again: the server stays up but deaf. This stream passes well-formed
 * messages through unchanged, drops header lines that are not `Name: value`, and resynchronises on the next
 * header block when a block has no usable Content-Length; a client's garbage costs that message, not the session.
 */
import { Transform, type TransformCallback } from 'node:stream';

/** A header block longer than this without its blank line is garbage; its bytes are dropped. */
const MAX_HEADER_BYTES = 64 * 1024;
/** Bodies larger than this are refused (the reader would otherwise wait for them forever). */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
const SEPARATOR = Buffer.from('\r\n\r\n');

export class FramingGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const end = this.buffer.indexOf(SEPARATOR);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.buffer = this.buffer.subarray(this.buffer.length - SEPARATOR.length);
        break;
      }
      // Bytes left over from a dropped message end up in front of the next header: a line is read from its
      // Content-Length when it has one.
      const headers = this.buffer
        .subarray(0, end)
        .toString('latin1')
        .split('\r\n')
        .map((line) => line.replace(/^.+?(?=content-length\s*:)/i, ''))
        .filter((line) => /^[!-9;-~]+:/.test(line));
      const length = Number(/^content-length:\s*(\d+)\s*$/i.exec(headers.find((h) => /^content-length:/i.test(h)) ?? '')?.[1] ?? NaN);
      if (!Number.isSafeInteger(length) || length > MAX_BODY_BYTES) {
        this.buffer = this.buffer.subarray(end + SEPARATOR.length);
        continue;
      }
      if (this.buffer.length < end + SEPARATOR.length + length) break;
      const body = this.buffer.subarray(end + SEPARATOR.length, end + SEPARATOR.length + length);
      this.push(Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
      this.buffer = this.buffer.subarray(end + SEPARATOR.length + length);
    }
    done();
  }
}
