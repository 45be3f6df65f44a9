/** Unreviewed AI-sized blocks: which edits record one, and how recorded blocks follow later edits. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyChanges,
  insertedBlock,
  MIN_BLOCK_LINES,
  MIN_BLOCK_LINES_MINIMUM,
  MIN_BLOCK_LINES_SETTING,
  mergeBlocks,
  parseMinBlockLines,
  sanitizeStoredBlocks,
  shiftBlocks,
  withoutBlockAt,
} from '../../client/src/blockTracking';

const TEN_LINES = `${Array.from({ length: 10 }, (_, i) => `line_${i} = ${i}`).join('\n')}\n`;

describe('client/block tracking', () => {
  it('records one insertion of eight or more non-blank lines, not a short one or blank lines', () => {
    assert.deepEqual(insertedBlock({ startLine: 4, endLine: 4, text: TEN_LINES }), { startLine: 4, endLine: 13 });
    assert.deepEqual(insertedBlock({ startLine: 4, endLine: 4, text: TEN_LINES.trimEnd() }), { startLine: 4, endLine: 13 });
    assert.equal(insertedBlock({ startLine: 0, endLine: 0, text: 'a\nb\nc\n' }), undefined);
    assert.equal(insertedBlock({ startLine: 0, endLine: 0, text: '\n'.repeat(20) }), undefined);
  });

  it('moves blocks below an edit, leaves blocks above it, and grows a block edited inside', () => {
    const blocks = [{ startLine: 2, endLine: 5 }, { startLine: 20, endLine: 30 }];
    // Three lines typed on line 10: the second block moves down by three.
    assert.deepEqual(shiftBlocks(blocks, { startLine: 10, endLine: 10, text: 'a\nb\nc\n' }), [{ startLine: 2, endLine: 5 }, { startLine: 23, endLine: 33 }]);
    // Lines 8–12 deleted: the second block moves up by four.
    assert.deepEqual(shiftBlocks(blocks, { startLine: 8, endLine: 12, text: '' }), [{ startLine: 2, endLine: 5 }, { startLine: 16, endLine: 26 }]);
    // A line break typed inside the first block: it grows by one, the second moves by one.
    assert.deepEqual(shiftBlocks(blocks, { startLine: 3, endLine: 3, text: '\n' }), [{ startLine: 2, endLine: 6 }, { startLine: 21, endLine: 31 }]);
    // The whole first block deleted: it is gone.
    assert.deepEqual(shiftBlocks(blocks, { startLine: 1, endLine: 6, text: '' }), [{ startLine: 15, endLine: 25 }]);
  });

  it('applies the changes of one event in order and merges overlapping blocks', () => {
    const after = applyChanges([{ startLine: 0, endLine: 9 }], [{ startLine: 10, endLine: 10, text: TEN_LINES }]);
    assert.deepEqual(after, [{ startLine: 0, endLine: 19 }]);
    const undo = applyChanges([], [{ startLine: 3, endLine: 3, text: TEN_LINES }], Number.POSITIVE_INFINITY);
    assert.deepEqual(undo, []);
    assert.deepEqual(mergeBlocks([{ startLine: 9, endLine: 12 }, { startLine: 1, endLine: 3 }, { startLine: 2, endLine: 5 }]), [{ startLine: 1, endLine: 5 }, { startLine: 9, endLine: 12 }]);
  });

  it('marks the block at a line reviewed, and reads back only well-formed stored blocks', () => {
    const blocks = [{ startLine: 2, endLine: 5 }, { startLine: 20, endLine: 30 }];
    assert.deepEqual(withoutBlockAt(blocks, 25), [{ startLine: 2, endLine: 5 }]);
    assert.deepEqual(withoutBlockAt(blocks, 10), blocks);
    assert.deepEqual(sanitizeStoredBlocks([{ startLine: 3, endLine: 1 }, { startLine: 1.5, endLine: 4 }, null, 'x', { startLine: 0, endLine: 2 }]), [{ startLine: 0, endLine: 2 }]);
    assert.deepEqual(sanitizeStoredBlocks({}), []);
  });

  it('reads the threshold setting: integers from 2 up, 0 for off, the default for anything else', () => {
    assert.equal(parseMinBlockLines(undefined), MIN_BLOCK_LINES);
    assert.equal(parseMinBlockLines(MIN_BLOCK_LINES_MINIMUM), 2);
    assert.equal(parseMinBlockLines(25), 25);
    assert.equal(parseMinBlockLines(0), Number.POSITIVE_INFINITY);
    for (const bad of [1, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '12', null, true, {}]) assert.equal(parseMinBlockLines(bad), MIN_BLOCK_LINES, `${String(bad)} means the default`);
  });

  it('applies the threshold: a lower one records a short insertion, off records none', () => {
    const threeLines = 'a = 1\nb = 2\nc = 3\n';
    assert.deepEqual(applyChanges([], [{ startLine: 0, endLine: 0, text: threeLines }], parseMinBlockLines(3)), [{ startLine: 0, endLine: 2 }]);
    assert.deepEqual(applyChanges([], [{ startLine: 0, endLine: 0, text: threeLines }], parseMinBlockLines(4)), []);
    assert.deepEqual(applyChanges([], [{ startLine: 0, endLine: 0, text: TEN_LINES }], parseMinBlockLines(0)), []);
    // Turning tracking off keeps the blocks recorded before: they still follow edits until marked reviewed.
    assert.deepEqual(applyChanges([{ startLine: 5, endLine: 9 }], [{ startLine: 0, endLine: 0, text: TEN_LINES }], parseMinBlockLines(0)), [{ startLine: 15, endLine: 19 }]);
  });

  it('matches the manifest, which declares the setting with the same default', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { type: string; default: unknown; minimum?: number }> } } };
    const property = manifest.contributes.configuration.properties[`aiAudit.${MIN_BLOCK_LINES_SETTING}`];
    assert.ok(property, 'the manifest declares the setting');
    assert.equal(property.type, 'number');
    assert.equal(property.default, MIN_BLOCK_LINES);
    // The schema's minimum is 0 (off); the parser enforces the gap between 0 and 2.
    assert.equal(property.minimum, 0);
    assert.equal(parseMinBlockLines(property.minimum), Number.POSITIVE_INFINITY);
  });
});
