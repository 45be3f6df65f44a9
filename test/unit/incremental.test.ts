/**
 * Incremental re-analysis after an edit: only the changed function is analysed again and the previous findings
 * elsewhere are kept, shifted. Whatever an edit that keeps the program's meaning does, the partial result must be
 * exactly the full result; an edit that removes a sink inside a function must remove its finding.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, rulesDir } from '../helpers';
import { Parser } from 'web-tree-sitter';
import { Engine, countWords, editTree, updateWords } from '../../server/src/engine/engine';
import { changedRegion } from '../../server/src/engine/incremental';
import { codeLanguage, loadGrammar } from '../../server/src/languages/registry';
import type { CodeLanguageId } from '../../server/src/languages/language';
import { WordSet } from '../../server/src/engine/scan';
import { compileRule, loadBundledRules } from '../../server/src/engine/ruleset';
import { registerFix } from '../../server/src/engine/fix';
import type { Finding } from '../../server/src/engine/finding';
import type { AnalysisResult } from '../../server/src/engine/engine';

const rules = rulesDir();
const engine = new Engine(loadBundledRules());
const config = { ...(require('../../server/src/engine/config') as typeof import('../../server/src/engine/config')).DEFAULT_CONFIG, timeBudgetMs: 60_000 };

/** What a user sees of a finding: rule, range, message, confidence, fixes. */
function seen(findings: Finding[]): string[] {
  return findings.map((f) => JSON.stringify([f.ruleId, f.range, f.message, f.confidence, f.fingerprint, f.fixes.map((x) => [x.title, x.edits.map((e) => [e.range, e.newText])])]));
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

/** The parts of the region the engine analyses again after the edit `before` → `after`, or undefined for everything. */
async function partsAfterEdit(id: CodeLanguageId, before: string, after: string): Promise<{ startIndex: number }[] | undefined> {
  const language = codeLanguage(id);
  const grammar = await loadGrammar(language);
  const parser = new Parser();
  parser.setLanguage(grammar);
  const old = parser.parse(before)!;
  editTree(old, before, after);
  const tree = parser.parse(after, old)!;
  const parts = changedRegion(tree, language, before, after, old)?.parts.map((p) => ({ startIndex: p.node.startIndex }));
  for (const t of [old, tree]) t.delete();
  parser.delete();
  return parts;
}

/**
 * One edit of an open document: `before` analysed, then `after` incrementally, and `after` analysed in full for
 * comparison (the document is closed afterwards).
 */
async function editOnce(on: Engine, path: string, before: string, after: string): Promise<{ partial: AnalysisResult; full: AnalysisResult }> {
  await on.analyse({ path, text: before, key: path }, { config, incremental: true });
  const partial = await on.analyse({ path, text: after, key: path }, { config, incremental: true });
  const full = await on.analyse({ path, text: after }, { config });
  on.forget(path);
  return { partial, full };
}

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

  const SPACED = ['python/sql-injection.py', 'js/child-process-exec-injection.js', 'go/sql-injection.go', 'java/sql-injection.java', 'csharp/certificate-validation-disabled.cs', 'php/curl-ssl-verify-disabled.php', 'ruby/command-injection.rb', 'shell/ssh-host-key-checking-disabled.sh'];
  for (const name of SPACED) {
    it(`equals a full analysis after random white space anywhere, strings, comments and indentation included: ${name}`, async () => {
      let text = readFileSync(join(rules, name), 'utf8');
      // The JavaScript fixture is read as TypeScript too.
      for (const path of name.endsWith('.js') ? [`/work/${name}`, `/work/${name.replace(/\.js$/, '.ts')}`] : [`/work/${name}`]) {
        const key = `spaced:${path}`;
        await engine.analyse({ path, text, key }, { config, incremental: true });
        const rand = random(text.length + path.length);
        for (let i = 0; i < Number(process.env.TYPING_EDITS ?? 40); i++) {
          const spaces = [...text.matchAll(/\s/g)].map((m) => m.index!);
          if (rand() < 0.6 || spaces.length === 0) {
            const at = Math.floor(rand() * (text.length + 1));
            text = text.slice(0, at) + [' ', '\n', '\t', '  ', '\n    '][Math.floor(rand() * 5)] + text.slice(at);
          } else {
            const at = spaces[Math.floor(rand() * spaces.length)]!;
            text = text.slice(0, at) + text.slice(at + 1);
          }
          const partial = await engine.analyse({ path, text, key }, { config, incremental: true });
          const full = await engine.analyse({ path, text, key }, { config });
          assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort(), `${path}, edit ${i}`);
        }
        engine.forget(key);
      }
    });
  }

  // Text typed at the start and at the end of each line of the rules' fixtures, and deleted again: where code is
  // added, and where the parser most often reads half-typed code as the end of a block or the start of a new
  // statement. Every third fixture of each language (`LINE_EDGES=all`: every fixture).
  const EDGE_TEXT = ['x', ';', ')', ':', '(', ' #c', ' //c', '"', '{', 'end'];
  const fixturesOf = (extensions: RegExp) => filesUnder(rules).filter((f) => extensions.test(f) && !f.includes('.fixed.') && /\b(ruleid|ok):/.test(readFileSync(f, 'utf8'))).sort();
  for (const [language, extensions] of [['Python', /\.py$/], ['JavaScript and TypeScript', /\.(js|ts|tsx)$/], ['Go, Java, C#', /\.(go|java|cs)$/], ['PHP, Ruby, shell, C', /\.(php|rb|sh|c|cpp)$/]] as const) {
    it(`equals a full analysis after text typed at the start and end of each line and deleted again: ${language}`, async () => {
      const all = fixturesOf(extensions);
      const files = process.env.LINE_EDGES === 'all' ? all : all.filter((_, i) => i % 3 === 0);
      assert.ok(files.length > 0);
      let k = 0;
      for (const file of files) {
        const original = readFileSync(file, 'utf8');
        const path = `/work/${file.slice(rules.length + 1)}`;
        const key = `edges:${path}`;
        const spots: number[] = [];
        let offset = 0;
        for (const line of original.split('\n')) {
          if (line.trim()) spots.push(offset + line.replace(/\r$/, '').length, offset + line.length - line.trimStart().length);
          offset += line.length + 1;
        }
        for (const at of spots) {
          const typed = EDGE_TEXT[k++ % EDGE_TEXT.length]!;
          await engine.analyse({ path, text: original, key }, { config, incremental: true });
          for (const text of [original.slice(0, at) + typed + original.slice(at), original]) {
            const partial = await engine.analyse({ path, text, key }, { config, incremental: true });
            const full = await engine.analyse({ path, text, key }, { config });
            assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort(), `${path}: ${JSON.stringify(typed)} at ${at}${text === original ? ', deleted again' : ''}`);
          }
        }
        engine.forget(key);
      }
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

  it('drops the finding of a module rule on a call that a typo splits into statements', async () => {
    const path = '/work/stage.py';
    const key = 'incremental:split';
    const before = ['import base64', 'import subprocess', '', '', 'def stage_one(blob):', '    exec(base64.b64decode(blob))', '', '', 'HEXED = input()', 'subprocess.run(bytes.fromhex(HEXED).decode(), shell=True)', '', '', 'def stage_three():', '    return 3', ''].join('\n');
    const onRun = (r: { findings: Finding[] }) => r.findings.filter((f) => f.ruleId === 'llm/decode-and-execute' && f.range.start.line === 9);
    // Two statements, each a part of the region, together all the finding was on: a `;` typed into the callee, or
    // typed over one or several of its letters (a selection, or a backspace and a `;` within one debounce).
    for (const typo of ['subpr;ocess.run', 'subp;ocess.run', 'sub;ocess.run']) {
      const initial = await engine.analyse({ path, text: before, key }, { config, incremental: true });
      assert.equal(onRun(initial).length, 1);
      const after = before.replace('subprocess.run', typo);
      const partial = await engine.analyse({ path, text: after, key }, { config, incremental: true });
      assert.equal(partial.partial, true, typo);
      const full = await engine.analyse({ path, text: after }, { config });
      assert.deepEqual(onRun(full), [], typo);
      assert.deepEqual(seen(partial.findings), seen(full.findings), typo);
    }
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

  it('analyses a Python function alone when code is typed at the end of its last line', async () => {
    const path = '/work/edge/tail.py';
    const others = Array.from({ length: 8 }, (_, i) => `\n\ndef other${i}(x):\n    return x + ${i}\n`).join('');
    const before = `import os\n\n\ndef a(cmd):\n    os.system(cmd)\n\n\ndef b(cmd):\n    limit = 2000\n    return limit\n${others}`;
    // Typed character by character after `return limit`, then a call typed onto the end of a's last line.
    let text = before;
    await engine.analyse({ path, text, key: path }, { config, incremental: true });
    for (const after of ['return limit_', 'return limit_2', 'return limit_2x'].map((t) => before.replace('return limit', t)).concat([before.replace('return limit', 'return limit_2x').replace('os.system(cmd)', 'os.system(cmd) or 0')])) {
      const partial = await engine.analyse({ path, text: after, key: path }, { config, incremental: true });
      const full = await engine.analyse({ path, text: after }, { config });
      assert.equal(partial.partial, true, JSON.stringify(after.slice(after.indexOf('return limit'), after.indexOf('return limit') + 16)));
      assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
      assert.ok(full.findings.some((f) => f.ruleId === 'python/os-system-injection'));
      text = after;
    }
    engine.forget(path);
    assert.notEqual(text, before);
  });

  it('widens the region to the class, the statements around or the line comment when text typed at a line end changes the syntax up to it', async () => {
    const others = Array.from({ length: 12 }, (_, i) => `\n\ndef other${i}(x):\n    return x + ${i}\n`).join('');
    const py = `import os\n\n\nclass Pipe:\n    def read(self, n):\n        return os.read(self.fd, n)\n\n    def write(self, cmd):\n        if cmd:\n            os.system(cmd)\n        return 0\n\n\n# registered below\nPipe.register(object)\n${others}`;
    const cases: [string, string, string, 'class' | 'next' | 'comment'][] = [
      // `def write(self, cmd):x` is a method of one line, and its old body moves into the class.
      ['p.py', py, 'def write(self, cmd):', 'class'],
      // `Pipe.register(object)x` is read as two statements, the second ending where the line does: the statement
      // after them is taken in.
      ['p.py', py, 'Pipe.register(object)', 'next'],
      ['p.py', py, '# registered below', 'comment'],
    ];
    for (const [name, before, line, expected] of cases) {
      const path = `/work/edge/${name}`;
      const after = before.replace(line, `${line}x`);
      for (const [from, to] of [[before, after], [after, before]] as const) {
        const { partial, full } = await editOnce(engine, path, from, to);
        assert.equal(partial.partial, true, `${line}: ${from === before ? 'typed' : 'deleted'}`);
        assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort(), line);
        assert.ok(full.findings.some((f) => f.ruleId === 'python/os-system-injection'));
        const parts = (await partsAfterEdit('python', from, to))!;
        const first = to.indexOf(line);
        if (expected === 'class') assert.deepEqual(parts.slice(0, 1), [{ startIndex: to.indexOf('class Pipe') }]);
        else if (expected === 'comment') assert.deepEqual(parts, [{ startIndex: first }]);
        // (Typed, the statement after is taken in; deleted, the statement alone ended where the `x` was.)
        else assert.ok(parts.some((p) => p.startIndex === first) && parts.every((p) => p.startIndex >= first), JSON.stringify(parts));
      }
    }
  });

  it('grows the statements an edit touches until the tree before had statements that start and end there', async () => {
    const path = '/work/edge/grow.ts';
    const pad = Array.from({ length: 12 }, (_, i) => `\nfunction g${i}(x: number) {\n  return x + ${i};\n}\n`).join('');
    const before = `import { exec } from 'child_process';\n\n/** Runs the command */\nconst CMD = process.argv[2];\n\nfunction run() {\n  exec(CMD);\n}\n${pad}`;
    // A quote typed at the start of the comment's line: the comment becomes a string (an ERROR), and the statement
    // that starts there moved by one character; the import before it is taken in (the file imports the same names).
    const after = before.replace('\n/** Runs', '\n"/** Runs');
    for (const [from, to] of [[before, after], [after, before]] as const) {
      const { partial, full } = await editOnce(engine, path, from, to);
      assert.equal(partial.partial, true, from === before ? 'typed' : 'deleted');
      assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
    }
  });

  it('analyses the users of a statement edited beside an import, when the file imports the same names', async () => {
    const path = '/work/edge/beside.py';
    const pad = Array.from({ length: 10 }, (_, i) => `\n\ndef f${i}(x):\n    return x + ${i}\n`).join('');
    const before = `import os\nCMD = "ls -l"\n\n\ndef run():\n    os.system(CMD)\n${pad}`;
    // The edit touches the import and renames the constant that run() reads: run() is analysed again.
    const { partial, full } = await editOnce(engine, path, before, before.replace('\nCMD = ', '\nxCMD = '));
    assert.equal(partial.partial, true);
    assert.ok(full.findings.some((f) => f.ruleId === 'python/os-system-injection'));
    assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
  });

  it('analyses the users of what the edited statements declared before the edit', async () => {
    const path = '/work/edge/salt.js';
    const pad = Array.from({ length: 10 }, (_, i) => `\nfunction g${i}(x) {\n  return x + ${i};\n}\n`).join('');
    const before = `import crypto from "node:crypto";\nconst VERSION = 2;\nconst SALT = "my-app-salt";\n\nexport function hash(password) {\n  return crypto.scryptSync(password, SALT, 64);\n}\n${pad}`;
    // `"const SALT = …` declares nothing: hash() reads a SALT that is no longer a constant.
    const { partial, full } = await editOnce(engine, path, before, before.replace('\nconst SALT', '\n"const SALT'));
    assert.equal(partial.partial, true);
    assert.ok((await engine.analyse({ path, text: before }, { config })).findings.some((f) => f.ruleId === 'js/static-salt'));
    assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
  });

  it('finds again the fixes that add an import after an edit of an import that imports the same names', async () => {
    const path = '/work/edge/keys.py';
    const before = `import datetime\nimport os\n\nSECRET_KEY = "your-256-bit-secret"\n${Array.from({ length: 8 }, (_, i) => `\n\ndef f${i}(x):\n    return x\n`).join('')}`;
    // `:import os` still imports os for the parser, but no line starts with it: the fix adds the import again.
    const { partial, full } = await editOnce(engine, path, before, before.replace('import os', ':import os'));
    assert.equal(partial.partial, true);
    assert.ok(full.findings.some((f) => f.ruleId === 'python/hardcoded-secret-key' && f.fixes.some((x) => x.edits.some((e) => e.newText === 'import os\n'))));
    assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
  });

  it('keeps the typosquat finding of an import statement that is the region of an edit', async () => {
    const path = '/work/edge/typo.js';
    const before = `import axios from 'axois';\n// the client\n${Array.from({ length: 8 }, (_, i) => `\nfunction f${i}(x) {\n  return x;\n}\n`).join('')}`;
    const { partial, full } = await editOnce(engine, path, before, before.replace("'axois';", "'axois'; // http"));
    assert.equal(partial.partial, true);
    assert.ok(full.findings.some((f) => f.ruleId === 'deps/typosquat'));
    assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
  });

  it('analyses everything when an edit unmakes an import (require typed into xrequire, a Go import split)', async () => {
    const pad = (f: (i: number) => string) => Array.from({ length: 6 }, (_, i) => f(i)).join('');
    const js = `const cp = require('child_process');\n\nfunction run(cmd) {\n  cp.exec(cmd);\n}\n${pad((i) => `\nfunction f${i}(x) {\n  return x;\n}\n`)}`;
    const go = `package main\n\nimport (\n\t"crypto/md5"\n\t"os/exec"\n)\n\nfunc run(c string) {\n\texec.Command("sh", "-c", c).Run()\n}\n\nfunc h(b []byte) {\n\tmd5.Sum(b)\n}\n${pad((i) => `\nfunc f${i}(x int) int {\n\treturn x\n}\n`)}`;
    const cases: [string, string, string, string][] = [
      ['a.js', js, 'require(', 'xrequire('],
      ['a.js', js, 'require(', 'equire('],
      ['m.go', go, 'import (', 'imp\nort ('],
      ['m.go', go, 'import (', 'imp;ort ('],
    ];
    for (const [name, before, from, to] of cases) {
      const path = `/work/edge/${name}`;
      const { partial, full } = await editOnce(engine, path, before, before.replace(from, to));
      assert.ok((await engine.analyse({ path, text: before }, { config })).findings.length > 0, `${name}: the code before the edit has findings`);
      assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort(), `${name}: ${from} → ${to}`);
    }
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
  it('equals a full analysis after white space next to text that rules read, or inside strings of a function', async () => {
    const cases: [string, string, string, string][] = [
      ['h.py', 'import hashlib\n\n\ndef store(password):\n    digest = hashlib.new("md5 ", password.encode()).hexdigest()\n    return digest\n', '"md5 "', '"md5"'],
      ['h.py', 'import hashlib\n\n\ndef store(password):\n    digest = hashlib.new(" md5", password.encode()).hexdigest()\n    return digest\n', '" md5"', '"md5"'],
      ['app.py', 'from flask import Flask\n\n\ndef create():\n    app = Flask(__name__)\n    app.secret_key = "b\\t"\n    return app\n', '"b\\t"', '"b \\t"'],
      ['main.go', 'package main\n\nimport (\n\t"net/http"\n\t"net/http/pprof"\n)\n\nfunc main() {\n\thttp.HandleFunc("/debug/pprof/", pprof.Index)\n\thttp.ListenAndServe(":8080", nil)\n}\n', 'pprof.Index', 'pprof .Index'],
      ['A.java', 'import com.fasterxml.jackson.databind.ObjectMapper;\n\nclass A {\n  void m(ObjectMapper mapper) {\n    mapper.activateDefaultTyping(mapper.getPolymorphicTypeValidator());\n  }\n}\n', 'Validator()', 'Validator( )'],
      ['c.py', 'from Crypto.Cipher import DES\n\n\ndef enc(key, data):\n    return DES.new(key).encrypt(data)\n', 'Crypto.Cipher', 'Crypto .Cipher'],
      ['a.php', '<?php\nfunction run() {\n    $cmd = $_GET["c"];\n    system($cmd);\n}\n', 'system($cmd)', 'system($ cmd)'],
      ['s.js', 'class S {\n  init() {\n    this.token = Math.random();\n  }\n}\n', 'this.token', 'this .token'],
      ['t.js', 'function makeToken() {\n  const token = Math.random().toString( 36).substring(2, 10);\n  return token;\n}\n', 'toString( 36)', 'toString(36)'],
    ];
    for (const [name, before, from, to] of cases) {
      const path = `/work/edge/${name}`;
      const key = `edge:${path}:${from}`;
      const after = before.replace(from, to);
      assert.notEqual(after, before);
      await engine.analyse({ path, text: before, key }, { config, incremental: true });
      const partial = await engine.analyse({ path, text: after, key }, { config, incremental: true });
      const full = await engine.analyse({ path, text: after }, { config });
      engine.forget(key);
      assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort(), `${name}: ${from} → ${to}`);
    }
  });

  it('finds again over the whole file the findings of rules whose fix reads the file beyond the match', async () => {
    // go/weak-hash's fix swaps every use of crypto/md5 in the file and the import: a use added in another function
    // must be in the fix of the finding outside the edit, or applying it would leave md5.Sum without its import.
    const path = '/work/edge/sum.go';
    const before = 'package main\n\nimport (\n\t"crypto/md5"\n\t"fmt"\n)\n\nfunc a(data []byte) {\n\tfmt.Println(md5.Sum(data))\n}\n\nfunc b(data []byte) {\n\tfmt.Println(len(data))\n}\n';
    const after = before.replace('len(data)', 'md5.Sum(data)');
    const { partial, full } = await editOnce(engine, path, before, after);
    assert.equal(partial.partial, true, 'the edit inside b is analysed incrementally');
    assert.deepEqual(seen(partial.findings).sort(), seen(full.findings).sort());
    const inA = partial.findings.find((f) => f.ruleId === 'go/weak-hash' && f.range.start.line === 8);
    const replaced = inA?.fixes[0]?.edits.filter((e) => e.newText === 'sha256.Sum256').map((e) => e.range.start.line);
    assert.deepEqual(replaced, [8, 12], 'the fix of the finding in a replaces the use added in b too');
  });

  it('finds a finding again whose fix edits the edited function, rather than keep it without its fix', async () => {
    // A fix that edits code away from its match (here: the constant in b that a's call reads).
    registerFix('test-constant-in-b', (_match, { text }) => {
      const at = text.indexOf('limit = ');
      return at < 0 ? undefined : [{ start: at + 'limit = '.length, end: text.indexOf('\n', at), newText: '10' }];
    });
    const rule = compileRule('test/limit.yaml', { id: 'test/limit', title: 'A test rule', message: 'A test message.', languages: ['python'], severity: 'high', confidence: 'high', category: 'test', cwe: ['CWE-1'], match: { call: 'danger' }, fix: { title: 'Lower the limit', safety: 'safe', module: 'test-constant-in-b' } }, []);
    const own = new Engine({ ...loadBundledRules(), rules: [rule!], byId: new Map([[rule!.id, rule!]]) });
    const path = '/work/edge/limit.py';
    const others = Array.from({ length: 8 }, (_, i) => `\n\ndef other${i}(x):\n    return x + ${i}\n`).join('');
    const before = `def a():\n    danger(1)\n\n\ndef b():\n    limit = 2000\n    return limit\n${others}`;
    const after = before.replace('2000', '3000');
    const { partial, full } = await editOnce(own, path, before, after);
    assert.equal(partial.partial, true, 'the edit inside b is analysed incrementally');
    assert.equal(partial.findings[0]?.fixes.length, 1, 'the finding in a keeps its fix');
    assert.deepEqual(seen(partial.findings), seen(full.findings));
  });

  it('analyses nothing again for white space between tokens, and does for white space that is content or syntax', async () => {
    /** How many parts the engine analyses again after the edit `before` → `after`, or 'everything'. */
    const regionOf = async (id: CodeLanguageId, before: string, after: string) => (await partsAfterEdit(id, before, after))?.length ?? 'everything';
    const ts = 'import { exec } from "child_process";\nfunction run(a: string) {\n  exec(a, { shell: true });\n}\n\nconst s = "a b";\nconst t = `x ${s} y`; // note\n';
    assert.equal(await regionOf('typescript', ts, ts.replace('}\n\n', '}\n  \n')), 0, 'a blank line');
    assert.equal(await regionOf('typescript', ts, ts.replace('}\n\n', '} \n\n')), 0, 'after the closing brace');
    assert.equal(await regionOf('typescript', ts, ts.replace('exec(a, {', 'exec(a,  {')), 0, 'inside brackets');
    assert.equal(await regionOf('typescript', ts, ts.replace('true });\n', 'true });\n\n\n')), 0, 'new lines inside a function');
    assert.notEqual(await regionOf('typescript', ts, ts.replace('"a b"', '"a  b"')), 0, 'inside a string');
    assert.notEqual(await regionOf('typescript', ts, ts.replace('`x ${s} y`', '`x  ${s} y`')), 0, 'inside a template');
    // (White space where there was none changes the text of the node around it, which rules may read.)
    assert.notEqual(await regionOf('typescript', ts, ts.replace('exec(a,', 'exec(a ,')), 0, 'between two tokens where there was none');
    assert.notEqual(await regionOf('typescript', ts.replace('exec(a,', 'exec(a ,'), ts), 0, 'taken from between two tokens');
    assert.notEqual(await regionOf('typescript', ts, ts.replace('exec(a,', 'ex ec(a,')), 0, 'inside a name');
    assert.notEqual(await regionOf('typescript', ts, ts.replace('shell: true', 'shell: tr ue')), 0, 'inside a keyword');
    assert.notEqual(await regionOf('typescript', ts.replace('exec(a,', 'ex ec(a,'), ts), 0, 'two names joined into one');
    assert.notEqual(await regionOf('typescript', ts, ts.replace('a: string', 'a : st ring')), 0, 'a type name split');
    assert.notEqual(await regionOf('typescript', ts, ts.replace('// note', '// \nnote')), 0, 'a comment cut short by a new line');
    const broken = 'function run(a: string) {\n  exec(a, { shell: true }) ) ;\n}\n';
    assert.notEqual(await regionOf('typescript', broken, broken.replace(') ;', ')  ;')), 0, 'code the parser could not read');
    const go = 'package main\n\nconst usersTable = "users"\n';
    assert.notEqual(await regionOf('go', go, go.replace('usersTable', 'u\nsersTable')), 0, 'a name split in two names');
    const py = 'import os\n\ndef run(a):\n    x = 1\n    os.system(a)\n\n\nclass C:\n    y = "p q"\n';
    assert.equal(await regionOf('python', py, py.replace('\n\n\nclass', '\n \n\nclass')), 0, 'a blank line');
    assert.equal(await regionOf('python', py, py.replace('x = 1', 'x =  1')), 0, 'between tokens');
    assert.notEqual(await regionOf('python', py, py.replace('os.system(a)', 'os.system(a )')), 0, 'between tokens, where there was none');
    assert.notEqual(await regionOf('python', py, py.replace('os.system(a)', 'os.sys tem(a)')), 0, 'inside a name');
    // (The parser reads a line indented where no block opens as before: the same tree, so nothing to analyse again.)
    assert.equal(await regionOf('python', py, py.replace('    os.system', '     os.system')), 0, 'indentation the parser reads as before');
    assert.notEqual(await regionOf('python', py, py.replace('\nclass C', '\n class C')), 0, 'indentation at the top level');
    const blocks = 'import os\n\ndef run(a):\n    try:\n        os.remove(a)\n    except OSError:\n        pass\n    if a:\n        x = 1\n    y = 2\n    os.system(a)\n';
    assert.equal(await regionOf('python', blocks, blocks.replace('        pass', '         pass')), 0, 'indentation of the only line of a block');
    assert.equal(await regionOf('python', blocks, blocks.replace('        pass', '          pass')), 0, 'indentation of the only line of a block, two spaces');
    assert.notEqual(await regionOf('python', blocks, blocks.replace('    y = 2', '        y = 2')), 0, 'a line indented into the block above');
    assert.notEqual(await regionOf('python', blocks, blocks.replace('        x = 1', '    x = 1')), 0, 'a line taken out of its block');
    assert.notEqual(await regionOf('python', py, py.replace('"p q"', '"p  q"')), 0, 'inside a string');
    const strings = 'def run(a):\n    h = new("md5 ")\n    s = """\n    b\\t\n    """\n    return h\n';
    assert.notEqual(await regionOf('python', strings, strings.replace('"md5 "', '"md5"')), 0, 'at the end of a string in a function');
    assert.notEqual(await regionOf('python', strings, strings.replace('\n    b', '\n     b')), 0, 'the indentation of a line of a string');
    assert.notEqual(await regionOf('python', strings, strings.replace('b\\t', 'b \\t')), 0, 'in a string that holds an escape');
    const c = "int f(void) {\n  char c = ' ';\n  return c;\n}\n";
    assert.notEqual(await regionOf('cpp', c, c.replace("' '", "'  '")), 0, 'inside a character literal');
    const commented = 'def run(a):\n    # ruleid: python/os-system\n    os.system(a)\n';
    assert.notEqual(await regionOf('python', commented, commented.replace('# ruleid', '# \nruleid')), 0, 'a comment cut short by a new line');
    const sh = 'a=b\necho "$a"\n';
    assert.notEqual(await regionOf('bash', sh, sh.replace('a=b', 'a= b')), 0, 'an assignment split in a shell script');
  });

  it('analyses a closure with the function that uses it, statements split by a typo, the users of a renamed constant, and the callers of an edited function however the call is written', async () => {
    const cases: { path: string; text: string; from: string; to: string; check?: (ids: string[]) => void }[] = [
      {
        // The edited arrow function is used by the function around it: that function is the region.
        path: '/work/closure.ts',
        text: "import { exec } from 'child_process';\nexport function watch(emitter: any, dir: string) {\n  const handler = (name: string) => exec('ls ' + dir + name);\n  emitter.on('change', handler);\n}\n",
        from: "(name: string) => exec('ls '",
        to: "(name: string) => exec('ls -l '",
      },
      {
        // A typo splits an export in two statements the parser reads differently; what follows is read as before.
        path: '/work/split.ts',
        text: "import { exec } from 'child_process';\nexport const LIMIT = 10;\nexport function run(cmd: string) {\n  exec(cmd);\n}\n",
        from: 'export const LIMIT',
        to: 'export co nst LIMIT',
      },
      {
        // Renaming a constant where it is declared: the function that used it is analysed again.
        path: '/work/store.go',
        text: 'package store\n\nimport "database/sql"\n\nconst usersTable = "users"\n\nfunc Count(db *sql.DB) {\n\tdb.QueryRow("SELECT COUNT(*) FROM " + usersTable)\n}\n',
        from: 'const usersTable',
        to: 'const u\nsersTable',
        check: (ids) => assert.ok(ids.includes('go/sql-injection'), `the query is no longer built from a constant: ${ids.join(', ')}`),
      },
      {
        // A helper inside a function, called from elsewhere too: the function around it and the other caller.
        path: '/work/nested.js',
        text: "const { exec } = require('child_process');\nfunction init(req) {\n  function helper() { return req.query.dir; }\n  helper();\n}\nfunction view() {\n  exec(helper());\n}\n",
        from: 'return req.query.dir;',
        to: "return 'ls';",
      },
      {
        // A function called after a string concatenation's `.`: a call of the function, not of a method.
        path: '/work/lookup.php',
        text: '<?php\nfunction get_id() {\n    return 1;\n}\nfunction lookup($conn) {\n    return mysqli_query($conn, "SELECT * FROM users WHERE id = " . get_id());\n}\n',
        from: 'return 1;',
        to: "return $_GET['id'];",
      },
      {
        // Called inside a spread, after `...`.
        path: '/work/spread.js',
        text: "const cp = require('child_process');\nfunction parts(req) {\n  return ['x'];\n}\nfunction run(req) {\n  cp.exec('ls ' + [...parts(req)].join(' '));\n}\n",
        from: "return ['x'];",
        to: 'return [req.query.dir];',
      },
      {
        // Called on the line after a comment that ends with a full stop.
        path: '/work/comment.py',
        text: 'from flask import request\nimport os\n\ndef build_cmd():\n    cmd = "ls"\n    return cmd\n\ndef run():\n    os.system(\n        # Run the command.\n        build_cmd()\n    )\n',
        from: 'cmd = "ls"',
        to: 'cmd = request.args["c"]',
      },
      {
        // A module-level assignment indented into the function above it: its users are analysed again.
        path: '/work/indented.py',
        text: 'import os\n\ndef setup():\n    pass\ncommand = input()\n\ndef run():\n    os.system(command)\n',
        from: '\ncommand = input()',
        to: '\n    command = input()',
      },
    ];
    // Enough other code that the region is a small part of the file.
    const filler = (path: string) => Array.from({ length: 12 }, (_, i) => (path.endsWith('.go') ? `\nfunc helper${i}(a int) int {\n\treturn a + ${i}\n}\n` : path.endsWith('.py') ? `\ndef helper${i}(a):\n    return a + ${i}\n` : path.endsWith('.php') ? `\nfunction other${i}($a) {\n  return $a + ${i};\n}\n` : `\nfunction other${i}(a) {\n  return a + ${i};\n}\n`)).join('');
    for (const { path, text: body, from, to, check } of cases) {
      const text = body + filler(path);
      const key = `regions:${path}`;
      const before = await engine.analyse({ path, text, key }, { config, incremental: true });
      const edited = text.replace(from, to);
      const partial = await engine.analyse({ path, text: edited, key }, { config, incremental: true });
      const full = await engine.analyse({ path, text: edited }, { config });
      assert.equal(partial.partial, true, `${path}: analysed in full`);
      assert.deepEqual(seen(partial.findings), seen(full.findings), path);
      check?.(partial.findings.map((f) => f.ruleId));
      assert.ok(before.findings.length > 0 || full.findings.length > 0, `${path}: nothing to compare`);
      engine.forget(key);
    }
  });

  it("analyses the callers of an edited method that can reach it (by its name, or through self or this), not other objects' methods of that name", async () => {
    /** The first line of each part of the region of the edit `from` → `to`. */
    const partsOf = async (id: CodeLanguageId, before: string, from: string, to: string) => {
      const after = before.replace(from, to);
      return (await partsAfterEdit(id, before, after))?.map((p) => after.slice(p.startIndex, after.indexOf('\n', p.startIndex)).trim());
    };
    const filler = Array.from({ length: 8 }, (_, i) => `\ndef helper${i}(a):\n    return a + ${i}\n`).join('');
    const py = `import os\n\nclass Reader:\n    def decode(self, data):\n        return data.strip()\n\n    def load(self, raw):\n        os.system(self.decode(raw))\n\ndef unrelated(blob):\n    return blob.decode('utf-8')\n\ndef direct(x):\n    return decode(x)\n${filler}`;
    assert.deepEqual(await partsOf('python', py, 'data.strip()', 'data.lower()'), ['def decode(self, data):', 'def load(self, raw):', 'def direct(x):']);
    const ts = `class Reader {\n  decode(data: string) {\n    return data.trim();\n  }\n  load(raw: string) {\n    return this.decode(raw);\n  }\n}\nfunction unrelated(blob: Buffer) {\n  return blob.decode();\n}\n${filler.replace(/def (\w+)\(a\):\n    return (.*)\n/g, 'function $1(a) {\n  return $2;\n}\n')}`;
    assert.deepEqual(await partsOf('typescript', ts, 'data.trim()', 'data.toLowerCase()'), ['decode(data: string) {', 'load(raw: string) {']);
  });

  it('keeps every finding, moved with its fixes and the lines its message names, when blank lines are added', async () => {
    const path = '/work/moved.py';
    const key = 'incremental:moved';
    const text = ['from flask import request', 'import os', '', 'def run():', '    name = request.args["n"]', '', '    os.system("ls " + name)', '', '', 'def other(x):', '    os.system("rm " + x)', ''].join('\n');
    await engine.analyse({ path, text, key }, { config });
    let edited = text;
    for (const [from, to] of [['["n"]\n\n', '["n"]\n  \n\n'], ['\n\n\ndef other', '\n\n  \n\ndef other'], ['"ls " + name', '"ls "  +  name']] as const) {
      edited = edited.replace(from, to);
      const partial = await engine.analyse({ path, text: edited, key }, { config, incremental: true });
      assert.equal(partial.partial, true, `${JSON.stringify(to)}: analysed in full`);
      const full = await engine.analyse({ path, text: edited }, { config });
      assert.ok(full.findings.some((f) => /line 5/.test(f.message)), 'the source is named by its line');
      assert.deepEqual(seen(partial.findings), seen(full.findings), JSON.stringify(to));
    }
    engine.forget(key);
  });
});
