/**
 * Fuzzing the engine with fast-check: the rule fixtures of every language, mutated (ranges deleted, inserted and
 * duplicated; random Unicode with lone surrogates, NULs, bidi and tag characters), and random documents under
 * every kind of path. `analyse` must never throw or report an internal error, must return within its budget, and
 * every finding and fix edit must have a valid range inside the text that agrees with its offsets.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineStartsOf, positionAt } from '../../server/src/engine/engine';
import { CODE_LANGUAGES } from '../../server/src/languages/registry';
import { DEFAULT_CONFIG, type AuditConfig } from '../../server/src/engine/config';
import type { Position } from '../../server/src/engine/finding';
import { testEngine, TODAY } from '../helpers';
import { allSeeds, mutate, mutation, seedsByKind, snippet, type Seed } from './seeds';

/** Every rule on, with the editor's default budget. */
const CONFIG: AuditConfig = { ...DEFAULT_CONFIG, all: true };
/** The analysis checks its deadline between steps; the tests share a loaded machine. */
const SLACK_MS = 3000;

function samePosition(actual: Position, expected: Position, what: string): void {
  assert.deepEqual(actual, expected, `${what}: range and offsets disagree`);
}

/** Analyses a document and checks everything that must hold whatever the input. */
export async function checkedAnalysis(path: string, text: string, key?: string): Promise<void> {
  const started = performance.now();
  const result = await testEngine().analyse({ path, text, ...(key ? { key } : {}) }, { config: CONFIG, today: TODAY });
  const wall = performance.now() - started;
  assert.ok(wall < CONFIG.timeBudgetMs + SLACK_MS, `${path}: took ${Math.round(wall)} ms with a ${CONFIG.timeBudgetMs} ms budget`);
  assert.deepEqual(result.notices.filter((n) => n.kind === 'error').map((n) => n.message), [], `${path}: internal error`);
  const lineStarts = lineStartsOf(text);
  for (const f of result.findings) {
    const what = `${path}: ${f.ruleId} at ${f.startOffset}-${f.endOffset}`;
    assert.ok(Number.isInteger(f.startOffset) && f.startOffset >= 0 && f.startOffset <= f.endOffset && f.endOffset <= text.length, `${what}: offsets outside the text (length ${text.length})`);
    samePosition(f.range.start, positionAt(lineStarts, f.startOffset), what);
    samePosition(f.range.end, positionAt(lineStarts, f.endOffset), what);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.startOffset - b.startOffset);
      edits.forEach((e, i) => {
        assert.ok(e.startOffset >= 0 && e.startOffset <= e.endOffset && e.endOffset <= text.length, `${what}: fix "${fix.title}" edits outside the text`);
        samePosition(e.range.start, positionAt(lineStarts, e.startOffset), `${what} fix`);
        samePosition(e.range.end, positionAt(lineStarts, e.endOffset), `${what} fix`);
        if (i > 0) assert.ok(edits[i - 1]!.endOffset <= e.startOffset, `${what}: fix "${fix.title}" has overlapping edits`);
      });
    }
  }
}

/** The paths random documents are analysed under: every kind the fixtures cover and every code language. */
function kindPaths(): string[] {
  const languages = CODE_LANGUAGES.flatMap((l) => l.extensions.map((ext) => `src/fuzz${ext}`));
  return [...new Set([...seedsByKind().map((s) => s.path), ...languages])];
}

describe('fuzz/engine', function () {
  this.timeout(120000);

  // Loading and compiling a grammar happens once per language, outside any file's budget: do it before timing.
  before(async () => {
    for (const path of kindPaths()) await testEngine().analyse({ path, text: allSeeds().find((s) => s.path === path)?.text ?? 'x\n' }, { config: CONFIG, today: TODAY });
  });

  it('analyses mutated rule fixtures without failing', async () => {
    const seeds = allSeeds();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }), async (seed: Seed, mutations) => {
        await checkedAnalysis(seed.path, mutations.reduce(mutate, seed.text));
      }),
      { numRuns: 120 },
    );
  });

  it('analyses mutated fixtures of every kind of file', async () => {
    // One fixture per kind, so no language is left to chance.
    for (const seed of seedsByKind()) {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (mutations) => {
          await checkedAnalysis(seed.path, mutations.reduce(mutate, seed.text));
        }),
        { numRuns: 2 },
      );
    }
  });

  it('analyses random documents under every kind of path', async () => {
    const paths = kindPaths();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.array(snippet, { maxLength: 40 }), async (path, parts) => {
        await checkedAnalysis(path, parts.join(''));
      }),
      { numRuns: 150 },
    );
  });
});
