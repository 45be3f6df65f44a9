/**
 * The decode-and-execute gate's scan for a long encoded literal, written character by character for speed, must
 * say what the expression it replaced says: runs of base64 characters joined across white space, quotes,
 * `#` comments and line continuations (Python joins adjacent literals), 200 characters or more.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { hasLongEncodedText } from '../../server/src/rules/llm/decode-and-execute';

/** The expression-based scan the gate used before. */
function reference(text: string): boolean {
  const between = /(?:[\s'"`]|#[^\n]*\n|\\\r?\n)*/y;
  const run = (pieces: RegExp, count: number, unit: number) => {
    let total = 0;
    let next = -1;
    for (const m of text.matchAll(pieces)) {
      if (m.index < next) continue;
      if (m.index > next) total = 0;
      total += m[0].length / unit;
      if (total >= count) return true;
      between.lastIndex = m.index + m[0].length;
      between.exec(text);
      next = between.lastIndex;
    }
    return false;
  };
  return run(/[A-Za-z0-9+/=_-]+/g, 200, 1) || run(/(?:\\x[0-9a-fA-F]{2})+/g, 100, 4);
}

describe('long encoded literal scan', () => {
  it('agrees with the expression it replaced on random text', () => {
    const piece = fc.constantFrom('QUJD', 'aGVsbG8=', 'x', '+/', '-_', ' ', '\n', '"', "'", '`', '# note\n', '#', '\\\n', '\\\r\n', '\\', '(', ')', ';', '\u00a0', '\\x41\\x42', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => {
        const text = parts.join('');
        assert.equal(hasLongEncodedText(text), reference(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a payload split over adjacent literals and comments, and no payload in ordinary code', () => {
    const payload = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(3);
    assert.ok(hasLongEncodedText(`exec(b64decode("${payload}"\n  # part two\n  "${payload}"))`));
    assert.ok(!hasLongEncodedText('def f(a, b):\n    return a + b\n'.repeat(200)));
  });
});
