/**
 * Module rule gates of an open document answer after an edit from what they remembered of the text before it and
 * the text around the edit: after any series of edits they must answer as they do from the whole text (or, for a
 * gate that tests a looser term in an open document, let through whatever the exact test lets through).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { changedSpan } from '../../server/src/engine/apply';
import { Engine } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { classify } from '../../server/src/languages/registry';
import { ALL, TODAY } from '../helpers';
import type { ModuleRule } from '../../server/src/engine/module';
import type { RuleLanguage } from '../../server/src/engine/rule';
import { rule as invisible } from '../../server/src/rules/unicode/invisible-characters';
import { rule as bidi } from '../../server/src/rules/unicode/bidi-control';
import { rule as pythonSql } from '../../server/src/rules/python/untrusted-sql-text';
import { rule as pythonRandom } from '../../server/src/rules/python/insecure-random-secret';
import { rule as jsRandom } from '../../server/src/rules/js/insecure-random-secret';
import { rule as modelSql } from '../../server/src/rules/llm/sql-from-model-output';

const gates: { name: string; rule: ModuleRule; format: RuleLanguage; loose?: boolean }[] = [
  { name: 'unicode/invisible-characters', rule: invisible, format: 'python' },
  { name: 'unicode/bidi-control', rule: bidi, format: 'javascript' },
  { name: 'python/untrusted-sql-text', rule: pythonSql, format: 'python' },
  { name: 'python/insecure-random-secret', rule: pythonRandom, format: 'python' },
  { name: 'js/insecure-random-secret', rule: jsRandom, format: 'javascript', loose: true },
  { name: 'llm/sql-from-model-output', rule: modelSql, format: 'javascript', loose: true },
];

// Mostly filler, some halves of names (an edit may join them), few whole names, so that edits make and break them.
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(' ', '\n', '(', ')', '.', 'x', 'value = 1', '"', '_') },
  { weight: 3, arbitrary: fc.constantFrom('ex', 'ecute', 'ran', 'dom', 'tok', 'en', 'Ma', 'th', 'que', 'ry', 'sql', 'alchemy', '\u200B', '\u202E', '\uFEFF') },
  { weight: 1, arbitrary: fc.constantFrom('execute', 'read_sql', 'random', 'token', 'api_key', 'Math.random()', 'Math . random', 'db.query(', '.exec (', 'sqlalchemy') },
);
const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 30 }), insert: fc.array(piece, { maxLength: 4 }) });

describe('gates after edits', () => {
  for (const { name, rule, format, loose } of gates) {
    it(`${name}: answers after each of a series of edits from what it remembered as from the whole text`, () => {
      const kind = new Set<RuleLanguage>([format]);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 120 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (parts, edits) => {
          let text = parts.join('');
          let memo: unknown;
          rule.applies!(text, [], kind, { remember: (m) => (memo = m) });
          for (const { at, cut, insert } of edits) {
            const start = at % (text.length + 1);
            const next = text.slice(0, start) + insert.join('') + text.slice(Math.min(text.length, start + cut));
            const answer = rule.applies!(next, [], kind, { previous: { memo, ...changedSpan(text, next) }, remember: (m) => (memo = m) });
            // From scratch, with a memory to fill: the open document's answer for this text.
            const fresh = rule.applies!(next, [], kind, { remember: () => undefined });
            assert.equal(answer, fresh, JSON.stringify({ text, next }));
            // A looser test lets through at least what the exact one does.
            if (loose) assert.ok(answer || !rule.applies!(next, [], kind), JSON.stringify({ next }));
            else assert.equal(answer, rule.applies!(next, [], kind), JSON.stringify({ next }));
            text = next;
          }
        }),
        { numRuns: 800 },
      );
    });
  }

  it('sees a name spoilt by a letter typed next to it, or made by joining two halves, far into a file', () => {
    const kind = new Set<RuleLanguage>(['python']);
    const far = 'value = compute(value)\n'.repeat(20);
    const cases: [string, string][] = [
      [`${far}db.execute(q)\n${far}`, `${far}db.xexecute(q)\n${far}`], // a letter before it
      [`${far}db.execute(q)\n${far}`, `${far}db.executes(q)\n${far}`], // a letter after it
      [`${far}db.exe cute(q)\n${far}`, `${far}db.execute(q)\n${far}`], // joined
    ];
    for (const [before, after] of cases) {
      let memo: unknown;
      pythonSql.applies!(before, [], kind, { remember: (m) => (memo = m) });
      const answer = pythonSql.applies!(after, [], kind, { previous: { memo, ...changedSpan(before, after) }, remember: () => undefined });
      assert.equal(answer, pythonSql.applies!(after, [], kind), after.slice(far.length, far.length + 16));
    }
  });

  it('forgets what the gates remembered when an edit changes the kind of file (a shebang line)', async () => {
    const engine = new Engine(loadBundledRules());
    const path = '/work/tool';
    const python = `#!/usr/bin/env python3\n${'let x = 1;\n'.repeat(30)}eval(atob(s))\n`;
    const node = python.replace('python3', 'node');
    await engine.analyse({ path, text: python, key: 'shebang' }, { config: ALL, today: TODAY, incremental: true });
    const edited = await engine.analyse({ path, text: node, key: 'shebang' }, { config: ALL, today: TODAY, incremental: true });
    const fresh = await engine.analyse({ path, text: node }, { config: ALL, today: TODAY });
    assert.ok(fresh.findings.some((f) => f.ruleId === 'llm/decode-and-execute'));
    assert.deepEqual(edited.findings.map((f) => f.ruleId).sort(), fresh.findings.map((f) => f.ruleId).sort());
  });

  it('tests the exact terms for a file audited once, the looser ones only in an open document', () => {
    const engine = new Engine(loadBundledRules());
    const text = 'const random = 1;\ndraw(random);\n';
    const { formats } = classify('/work/a.js', text);
    const passing = (open: boolean) => {
      const internals = engine as unknown as { applicableRules(f: ReadonlySet<string>, p: string, c: unknown): unknown[]; prefiltered(r: unknown[], t: string, facts: object, u: [], f: ReadonlySet<string>): { id: string }[] };
      const rules = internals.applicableRules(formats, '/work/a.js', ALL);
      return internals.prefiltered(rules, text, open ? { text, open } : { text }, [], formats).map((r) => r.id);
    };
    for (const id of ['js/insecure-random-secret', 'llm/sql-from-model-output']) {
      assert.ok(!passing(false).includes(id), `${id}: a one-off audit tests the exact term`);
      assert.ok(passing(true).includes(id), `${id}: an open document tests the looser term`);
    }
  });
});
