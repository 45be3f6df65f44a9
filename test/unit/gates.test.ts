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
import { rule as modelChosen } from '../../server/src/rules/llm/model-chosen-function';
import { rule as bidi } from '../../server/src/rules/unicode/bidi-control';
import { rule as pythonSql } from '../../server/src/rules/python/untrusted-sql-text';
import { rule as pythonRandom } from '../../server/src/rules/python/insecure-random-secret';
import { rule as jsRandom } from '../../server/src/rules/js/insecure-random-secret';
import { rule as modelSql } from '../../server/src/rules/llm/sql-from-model-output';
import { rule as decodeAndExecute } from '../../server/src/rules/llm/decode-and-execute';

// Mostly filler, some halves of names (an edit may join them), few whole names, so that edits make and break them.
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(' ', '\n', '(', ')', '.', 'x', 'value = 1', '"', '_') },
  { weight: 3, arbitrary: fc.constantFrom('ex', 'ecute', 'ran', 'dom', 'tok', 'en', 'Ma', 'th', 'que', 'ry', 'sql', 'alchemy', '\u200B', '\u202E', '\uFEFF') },
  { weight: 1, arbitrary: fc.constantFrom('execute', 'read_sql', 'random', 'token', 'api_key', 'Math.random()', 'Math . random', 'db.query(', '.exec (', 'sqlalchemy') },
);
// The same for decode-and-execute's names, with long encoded literals and the comments and quotes between them.
const decodePiece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(' ', '\n', '"', '#', '(', '.', 'x', 'value', 'QUJDRUZH'.repeat(6)) },
  { weight: 3, arbitrary: fc.constantFrom('ex', 'ec', 'at', 'ob', 'Buf', 'fer', 'b64', 'decode', 'sys', 'tem', 'base', '64', ' -d | sh') },
  { weight: 1, arbitrary: fc.constantFrom('exec', 'eval(', 'atob', 'Buffer', 'base64', 'hex', 'b64decode', 'setTimeout', 'system', 'codecs', 'base64 -d | sh') },
);

const gates: { name: string; rule: ModuleRule; formats: RuleLanguage[]; loose?: boolean; pieces?: fc.Arbitrary<string> }[] = [
  { name: 'unicode/invisible-characters', rule: invisible, formats: ['python'] },
  { name: 'unicode/bidi-control', rule: bidi, formats: ['javascript'] },
  { name: 'python/untrusted-sql-text', rule: pythonSql, formats: ['python'] },
  { name: 'python/insecure-random-secret', rule: pythonRandom, formats: ['python'] },
  { name: 'js/insecure-random-secret', rule: jsRandom, formats: ['javascript'], loose: true },
  { name: 'llm/sql-from-model-output', rule: modelSql, formats: ['javascript'], loose: true },
  { name: 'llm/decode-and-execute', rule: decodeAndExecute, formats: ['javascript', 'python', 'php', 'bash'], pieces: decodePiece },
];

/** The gate's answer for `after` from what it remembered of `before` (and the memo it keeps for `after`). */
function afterEdit(rule: ModuleRule, kind: ReadonlySet<RuleLanguage>, before: string, memo: unknown, after: string): { answer: boolean; memo: unknown } {
  let kept: unknown;
  const answer = rule.applies!(after, [], kind, { previous: { memo, ...changedSpan(before, after) }, remember: (m) => (kept = m) });
  return { answer, memo: kept };
}

/** What the gate remembers of `text` from scratch. */
function remembered(rule: ModuleRule, kind: ReadonlySet<RuleLanguage>, text: string): unknown {
  let memo: unknown;
  rule.applies!(text, [], kind, { remember: (m) => (memo = m) });
  return memo;
}

describe('gates after edits', () => {
  for (const { name, rule, formats, loose, pieces = piece } of gates) {
    it(`${name}: answers after each of a series of edits from what it remembered as from the whole text`, () => {
      const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 30 }), insert: fc.array(pieces, { maxLength: 4 }) });
      fc.assert(
        fc.property(fc.constantFrom(...formats), fc.array(pieces, { maxLength: 120 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (format, parts, edits) => {
          const kind = new Set<RuleLanguage>([format]);
          let text = parts.join('');
          let memo = remembered(rule, kind, text);
          for (const { at, cut, insert } of edits) {
            const start = at % (text.length + 1);
            const next = text.slice(0, start) + insert.join('') + text.slice(Math.min(text.length, start + cut));
            const after = afterEdit(rule, kind, text, memo, next);
            // From scratch, with a memory to fill: the open document's answer for this text.
            const fresh = rule.applies!(next, [], kind, { remember: () => undefined });
            assert.equal(after.answer, fresh, JSON.stringify({ format, text, next }));
            // A looser test lets through at least what the exact one does.
            if (loose) assert.ok(after.answer || !rule.applies!(next, [], kind), JSON.stringify({ next }));
            else assert.equal(after.answer, rule.applies!(next, [], kind), JSON.stringify({ format, next }));
            ({ memo } = after);
            text = next;
          }
        }),
        { numRuns: 800 },
      );
    });
  }

  it('sees a name spoilt by a letter typed next to it, completed, joined or split, far into a file', () => {
    const python = 'value = compute(value)\n'.repeat(20);
    const shell = 'echo ok; '.repeat(40);
    const cases: [ModuleRule, RuleLanguage, string, string][] = [
      [pythonSql, 'python', 'db.execute(q)', 'db.xexecute(q)'], // a letter before it
      [pythonSql, 'python', 'db.execute(q)', 'db.executes(q)'], // a letter after it
      [pythonSql, 'python', 'db.exe cute(q)', 'db.execute(q)'], // joined
      [decodeAndExecute, 'bash', 'bas | sh', 'base64 | sh'], // completed after its start
      [decodeAndExecute, 'bash', '64 -d | sh', 'base64 -d | sh'], // completed before its end
      [decodeAndExecute, 'bash', 'bas zz e64 | sh', 'base64 | sh'], // joined by a deletion
      [decodeAndExecute, 'bash', 'base64 | sh', 'bas e64 | sh'], // split
    ];
    for (const [rule, format, was, is] of cases) {
      const far = format === 'bash' ? shell : python;
      const kind = new Set<RuleLanguage>([format]);
      const before = `${far}${was}\n${far}`;
      const after = `${far}${is}\n${far}`;
      assert.equal(afterEdit(rule, kind, before, remembered(rule, kind, before), after).answer, rule.applies!(after, [], kind), is);
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

  it('lets a Python file audited once through the model-chosen-function gate only where a lookup is called', () => {
    const python = new Set<RuleLanguage>(['python']);
    const gate = (text: string) => modelChosen.applies!(text, [], python, undefined);
    for (const text of [
      'getattr(tools, name)(**args)', '(getattr(tools, call.name))(x)', 'getattr(mod, pick("a(", \'b]\'))(x)', 'globals()[name](x)',
      'vars(ns) [ name ] (x)', 'self.__dict__[name](x)', '__builtins__[name](x)', 'getattr(m,\n  name  # the tool\n)(x)',
      'from operator import attrgetter as pick\npick(name)(obj)()', 'getattr(m, "unterminated)(x',
    ]) assert.ok(gate(text), text);
    for (const text of ['getattr(obj, "x", None)\nf(a)(b)', 'value = globals()[name]\nrun(x)(y)', 'vars(obj)\nf()(x)', 'x = self.__dict__\ng()(1)']) {
      assert.ok(!gate(text), text);
    }
    // An open document keeps the looser test.
    assert.ok(modelChosen.applies!('getattr(obj, "x", None)\nf(a)(b)', [], python, { remember: () => {} } as never));
  });
});

