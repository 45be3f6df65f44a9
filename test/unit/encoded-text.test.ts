/**
 * The decode-and-execute gate's scan for a long encoded literal, written character by character for speed, must
 * say what the expression it replaced says: runs of base64 characters joined across white space, quotes,
 * `#` comments and line continuations (Python joins adjacent literals), 200 characters or more.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { hasLongEncodedText, longEncodedAfterEdit, longEncodedAt } from '../../server/src/rules/llm/decode-and-execute';
import { changedSpan } from '../../server/src/engine/apply';

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

  /** Random text from `piece`s, and a random edit of it: a stretch replaced by other pieces. */
  const edited = (piece: fc.Arbitrary<string>) =>
    fc.record({ parts: fc.array(piece, { maxLength: 300 }), at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.array(piece, { maxLength: 6 }) }).map(({ parts, at, cut, insert }) => {
      const before = parts.join('');
      const start = at % (before.length + 1);
      return { before, after: before.slice(0, start) + insert.join('') + before.slice(Math.min(before.length, start + cut)) };
    });

  it('after an edit, finds a run from where it was before and the text around the edit, as a scan of the whole text does', () => {
    // Mostly what runs are made of, so that edits often make, break and move them.
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('QUJDRUZH'.repeat(12), 'aGVsbG8=', 'x', ' ', '\n', '"', "'") },
      { weight: 1, arbitrary: fc.constantFrom('# note\n', '#', '\\\n', '\\', '(', ';', '.', 'é', '\\x41\\x42'.repeat(30)) },
    );
    // A `#` after a run hides the rest of its line, once a new line ends it: the run found there before is gone.
    const hidden = 'QUJD'.repeat(24) + '#' + 'QUJD'.repeat(50);
    assert.equal(longEncodedAfterEdit(`${hidden}\n`, longEncodedAt(hidden, 0, hidden.length), changedSpan(hidden, `${hidden}\n`)), -1);
    fc.assert(
      fc.property(edited(piece), ({ before, after }) => {
        const expected = longEncodedAt(after, 0, after.length);
        assert.equal(longEncodedAfterEdit(after, longEncodedAt(before, 0, before.length), changedSpan(before, after)), expected, JSON.stringify({ before, after }));
      }),
      { numRuns: 3000 },
    );
  });
});
