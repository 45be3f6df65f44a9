/**
 * Incremental re-analysis after an edit: only the changed function is analysed again and the previous findings
 * elsewhere are kept, shifted. Whatever an edit that keeps the program's meaning does, the partial result must be
 * exactly the full result; an edit that removes a sink inside a function must remove its finding.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesDir } from '../helpers';
import { Engine, countWords, updateWords } from '../../server/src/engine/engine';
import { WordSet } from '../../server/src/engine/names';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import type { Finding } from '../../server/src/engine/finding';

const rules = rulesDir();
const engine = new Engine(loadBundledRules());
const config = { ...(require('../../server/src/engine/config') as typeof import('../../server/src/engine/config')).DEFAULT_CONFIG, timeBudgetMs: 60_000 };

/** What a user sees of a finding: rule, range, message, fixes. */
function seen(findings: Finding[]): string[] {
  return findings.map((f) => JSON.stringify([f.ruleId, f.range, f.message, f.fingerprint, f.fixes.map((x) => [x.title, x.edits.map((e) => [e.range, e.newText])])]));
}

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Fixtures with sinks inside functions, in several languages. */
const FIXTURES = [
  'python/sql-injection.py',
  'python/os-system-injection.py',
  'js/child-process-exec-injection.js', 'js/llm-tool-code-execution.js',
  'js/insecure-random-secret.js',
  'llm/decode-and-execute.py',
  'go/sql-injection.go',
  'java/sql-injection.java',
].map((f) => join(rules, f));

describe('incremental re-analysis', function () {
  this.timeout(120_000);

  for (const file of FIXTURES) {
    it(`equals a full analysis after edits that keep the meaning: ${file.slice(rules.length + 1)}`, async () => {
      let text = readFileSync(file, 'utf8');
      const path = `/work/${file.slice(rules.length + 1)}`;
      const key = `incremental:${path}`;
      await engine.analyse({ path, text, key }, { config, incremental: true });
      const rand = random(text.length);
      let partials = 0;
      for (let i = 0; i < 40; i++) {
        // A space after a space that follows other text (never indentation), or an empty line: the same program.
        const spots = [...text.matchAll(/(?<=\S) |\n/g)].map((m) => m.index!);
        const at = spots[Math.floor(rand() * spots.length)]!;
        text = `${text.slice(0, at)}${text[at] === '\n' ? '\n' : ' '}${text.slice(at)}`;
        const partial = await engine.analyse({ path, text, key }, { config, incremental: true });
        const full = await engine.analyse({ path, text }, { config });
        if (partial.partial) partials++;
        assert.deepEqual(seen(partial.findings), seen(full.findings), `edit ${i} at offset ${at}`);
      }
      engine.forget(key);
      assert.ok(partials > 0, 'no edit was analysed incrementally');
    });

    it(`equals a full analysis of the same tree after typing, half-typed code included: ${file.slice(rules.length + 1)}`, async () => {
      let text = readFileSync(file, 'utf8');
      const path = `/work/${file.slice(rules.length + 1)}`;
      const key = `typing:${path}`;
      await engine.analyse({ path, text, key }, { config, incremental: true });
      const rand = random(text.length + 1);
      const typed = ['x', ' ', '(', ')', '"', "'", '{', '}', ':', ';', '\n', '=', '.'];
      for (let i = 0; i < Number(process.env.TYPING_EDITS ?? 30); i++) {
        const at = Math.floor(rand() * text.length);
        text = rand() < 0.6 ? `${text.slice(0, at)}${typed[Math.floor(rand() * typed.length)]}${text.slice(at)}` : `${text.slice(0, at)}${text.slice(at + 1)}`;
        const partial = await engine.analyse({ path, text, key }, { config, incremental: true });
        // The same text again without `incremental`: a full analysis of the very tree the partial one used.
        const full = await engine.analyse({ path, text, key }, { config });
        assert.equal(full.partial, undefined);
        assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort(), `edit ${i} at offset ${at}`);
      }
      engine.forget(key);
    });
  }

  it('keeps the prefilter counts of the words asked about right edit by edit', () => {
    for (const seed of [42, 7]) {
      const rand = random(seed);
      const asked = new WordSet(new Set(['yaml', 'load', 'a1', '$b', 'import', 'ab', 'data']));
      const alphabet = ['a', 'b', '_', '$', '1', ' ', '\n', '.', 'import', 'yaml', 'load', '(', '"', 'é'];
      let text = 'import yaml\nyaml.load(data)\n';
      let counts = countWords(text, new Map(), 1, asked);
      // The reference: every identifier-like word (a digit starts none), counted, those asked about kept.
      const expected = () => {
        const all = new Map<string, number>();
        for (const [word] of text.matchAll(/[A-Za-z_$][\w$]*/g)) if (asked.words.has(word)) all.set(word, (all.get(word) ?? 0) + 1);
        return [...all].sort();
      };
      for (let i = 0; i < 500; i++) {
        const at = Math.floor(rand() * (text.length + 1));
        const removed = Math.floor(rand() * 3);
        const inserted = rand() < 0.7 ? alphabet[Math.floor(rand() * alphabet.length)]! : '';
        const next = text.slice(0, at) + inserted + text.slice(at + removed);
        counts = updateWords(text, next, counts, asked);
        text = next;
        assert.deepEqual([...counts].sort(), expected(), `after edit ${i}: ${JSON.stringify(text)}`);
      }
    }
  });

  it('drops the finding of a sink removed inside a function and keeps the others', async () => {
    const path = '/work/app.py';
    const key = 'incremental:removal';
    const before = [
      'import os',
      '',
      'def first(name):',
      '    os.system("ls " + name)',
      '',
      'def second(name):',
      '    os.system("rm " + name)',
      '',
    ].join('\n');
    const initial = await engine.analyse({ path, text: before, key }, { config });
    const lines = (r: { findings: Finding[] }) => r.findings.filter((f) => f.ruleId === 'python/os-system-injection').map((f) => f.range.start.line);
    assert.deepEqual(lines(initial), [3, 6]);
    const after = before.replace('    os.system("ls " + name)', '    print(name)');
    const partial = await engine.analyse({ path, text: after, key }, { config, incremental: true });
    assert.equal(partial.partial, true);
    assert.deepEqual(lines(partial), [6]);
    const full = await engine.analyse({ path, text: after }, { config });
    assert.deepEqual(seen(partial.findings), seen(full.findings));
    engine.forget(key);
  });

  it('analyses everything when the edit is outside every function (an import)', async () => {
    const path = '/work/imports.py';
    const key = 'incremental:imports';
    const text = 'import os\n\ndef run(name):\n    os.system("ls " + name)\n';
    await engine.analyse({ path, text, key }, { config });
    const edited = text.replace('import os', 'import os, sys');
    const result = await engine.analyse({ path, text: edited, key }, { config, incremental: true });
    assert.equal(result.partial, undefined);
    engine.forget(key);
  });

  it('re-analyses an import statement alone when the file imports the same names after the edit', async () => {
    const path = '/work/imports.ts';
    const key = 'incremental:same-imports';
    const text = "import { exec } from 'child_process';\nimport * as fs from 'fs';\n\nexport function run(name: string) {\n  exec('ls ' + name);\n}\n";
    const full = async (t: string) => (await engine.analyse({ path, text: t }, { config })).findings.map((f) => `${f.ruleId}@${f.range.start.line}`);
    await engine.analyse({ path, text, key }, { config });
    // White space inside the statement: the same imports, so the statement is the region and the findings stay.
    const spaced = text.replace("import { exec }", "import {  exec }");
    const partial = await engine.analyse({ path, text: spaced, key }, { config, incremental: true });
    assert.equal(partial.partial, true);
    assert.deepEqual(partial.findings.map((f) => `${f.ruleId}@${f.range.start.line}`), await full(spaced));
    assert.ok(partial.findings.some((f) => f.ruleId === 'js/child-process-exec-injection'), JSON.stringify(partial.findings.map((f) => f.ruleId)));
    // A name that is no longer imported changes what the call means: everything is analysed again.
    const renamed = spaced.replace("import {  exec }", "import {  execx }");
    const after = await engine.analyse({ path, text: renamed, key }, { config, incremental: true });
    assert.equal(after.partial, undefined);
    assert.deepEqual(after.findings.map((f) => `${f.ruleId}@${f.range.start.line}`), await full(renamed));
    engine.forget(key);
  });
});
