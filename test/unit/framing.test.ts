/**
 * The stdio framing guard: well-formed messages pass through unchanged, however the bytes are split into chunks;
 * garbage costs at most the message it damages, and the stream resynchronises on the next header.
 */
import { strict as assert } from 'node:assert';
import { FramingGuard } from '../../server/src/lsp/framing';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Runs bytes through a guard in chunks of the given sizes and returns the bodies that come out. */
async function bodiesOut(input: string, chunkSizes: number[]): Promise<string[]> {
  const guard = new FramingGuard();
  const out: Buffer[] = [];
  guard.on('data', (chunk: Buffer) => out.push(chunk));
  const bytes = Buffer.from(input, 'utf8');
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = chunkSizes[i % chunkSizes.length]!;
    guard.write(bytes.subarray(at, at + size));
    at += size;
  }
  guard.end();
  await new Promise((resolve) => guard.on('finish', resolve));
  return Buffer.concat(out).toString('utf8').split(/Content-Length: \d+\r\n\r\n/).filter(Boolean);
}

describe('lsp/framing guard', () => {
  const messages = ['{"jsonrpc":"2.0","id":1,"method":"a"}', '{"jsonrpc":"2.0","method":"é ü 😀"}', '{}'];

  it('passes well-formed messages through unchanged, in any chunking', async () => {
    for (const sizes of [[1], [3, 7], [1000], [2, 1, 5]]) {
      assert.deepEqual(await bodiesOut(messages.map(frame).join(''), sizes), messages);
    }
  });

  it('drops header lines without a colon and keeps the message', async () => {
    assert.deepEqual(await bodiesOut(`this is no header\r\n${frame(messages[0]!)}${frame(messages[1]!)}`, [4]), messages.slice(0, 2));
  });

  it('resynchronises after a header block without a usable Content-Length', async () => {
    const input = `X-Junk: 1\r\n\r\n${frame(messages[0]!)}Content-Length: lots\r\n\r\n{}${frame(messages[1]!)}`;
    assert.deepEqual(await bodiesOut(input, [5]), messages.slice(0, 2));
  });
});
