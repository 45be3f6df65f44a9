/**
 * The incremental path (a document `key`: the engine keeps the previous tree and tells tree-sitter what changed)
 * must give exactly the findings a fresh analysis gives, after any sequence of edits, including edits that break
 * the syntax and edits that put it back.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG, type AuditConfig } from '../../server/src/engine/config';
import { Engine } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { TODAY } from '../helpers';
import { mutate, mutation, seedsByKind } from './seeds';

const CONFIG: AuditConfig = { ...DEFAULT_CONFIG, all: true, timeBudgetMs: 20000 };

describe('fuzz/incremental', function () {
  this.timeout(60000);
  // One engine keeps the trees (as the language server does); another analyses each version from scratch.
  const incremental = new Engine(loadBundledRules());
  const fresh = new Engine(loadBundledRules());
  let run = 0;

  it('gives the same findings as a fresh analysis after random edit sequences', async () => {
    const seeds = seedsByKind();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), async (seed, mutations, undo) => {
        const key = `file:///fuzz/${run++}/${seed.path}`;
        let text = seed.text;
        const versions = [text];
        for (const m of mutations) versions.push((text = mutate(text, m)));
        // Going back to the seed exercises edits that repair what the earlier ones broke.
        if (undo) versions.push(seed.text);
        try {
          for (const [i, version] of versions.entries()) {
            const a = await incremental.analyse({ path: seed.path, text: version, key }, { config: CONFIG, today: TODAY });
            const b = await fresh.analyse({ path: seed.path, text: version }, { config: CONFIG, today: TODAY });
            assert.deepEqual(a.findings, b.findings, `${seed.path}, version ${i}: incremental and fresh findings differ`);
            assert.deepEqual(a.notices.map((n) => n.kind), b.notices.map((n) => n.kind), `${seed.path}, version ${i}: notices differ`);
          }
        } finally {
          incremental.forget(key);
        }
      }),
      { numRuns: 40 },
    );
  });
});
