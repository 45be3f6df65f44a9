/**
 * The prefilter's scans read a text's code units from a typed array: whatever the text holds (non-ASCII letters,
 * characters whose low byte is a letter, lone surrogates, words across the end of a range), they must find exactly
 * what a plain reading of the string finds, since a word or keyword they miss would hold a rule back.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { WordSet, mayBeCalled, substringsIn } from '../../server/src/engine/scan';

/** Pieces texts are made of: words and keywords, their parts, and characters that could confuse a byte scan. */
const PIECES = ['import', 'yaml', 'load', 'exec', 'a1', '$b', '_x', 'ghp_', 'sk-', 'AKIA', 'Q~', '0/', 'é', 'Ł', 'ł', 'ā', '\u0161', '\u0124', '\u4e2d',
  '\ud83d\ude00', '\ud800', '\udfff', '\u0000', ' ', '\n', '.', '(', '1', '9', 'a', 'b', 'Z', '$', '_', '-', '~', '/', "'", '"'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const ASKED = ['import', 'yaml', 'load', 'exec', 'a1', '$b', '_x', 'b', 'Z', 'ab', 'execload', 'loadé'];
const KEYWORDS = ['ghp_', 'sk-', 'AKIA', 'Q~', '0/', 'mpo', 'ort', 'aml', 'é1', 'ł a', '\u4e2d\u4e2d\u4e2d', 'ex', 'yam', 'load(', 'ā-'];

/** The reference: every identifier-like word (`[A-Za-z_$][\w$]*`, so a digit starts none) that starts in the range. */
function wordsByRegex(source: string, start: number, end: number, asked: ReadonlySet<string>): [string, number][] {
  const out: [string, number][] = [];
  const pattern = /[A-Za-z_$][\w$]*/g;
  pattern.lastIndex = start;
  for (let m = pattern.exec(source); m && m.index < end; m = pattern.exec(source)) if (asked.has(m[0])) out.push([m[0], m.index]);
  return out;
}

function wordsByScan(set: WordSet, source: string, start: number, end: number): [string, number][] {
  const out: [string, number][] = [];
  set.forEachIn(source, start, end, (word, at) => out.push([word, at]));
  return out;
}

describe('prefilter scans', () => {
  const asked = new WordSet(new Set(ASKED));

  it('find the same words as a reading of the string, over any range', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const start = source.length ? a % (source.length + 1) : 0;
        const end = start + (source.length - start ? b % (source.length - start + 1) : 0);
        // (From a start inside a word, both read the rest of it as a word.)
        const expected = wordsByRegex(source, start, end, asked.words);
        assert.deepEqual(wordsByScan(asked, source, start, end), expected);
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('read a word that starts inside the range to its end, and one cut by the start from the start', () => {
    const set = new WordSet(new Set(['load', 'oad', 'yaml']));
    assert.deepEqual(wordsByScan(set, 'x.load()', 0, 3), [['load', 2]]);
    assert.deepEqual(wordsByScan(set, 'x.load()', 3, 8), [['oad', 3]]);
    assert.deepEqual(wordsByScan(set, 'yaml', 0, 0), []);
  });

  it('tell a letter from a character whose low byte is one', () => {
    // U+0141 (Ł) has the low byte of A, U+0161 that of a: neither is part of a word.
    const set = new WordSet(new Set(['load', 'Aload', 'aload']));
    assert.deepEqual(wordsByScan(set, '\u0141load \u0161load', 0, 11), [['load', 1], ['load', 7]]);
  });

  it('stay right when a visit scans another text', () => {
    const inner = new WordSet(new Set(['b']));
    const source = 'yaml load import exec';
    const out: string[] = [];
    asked.forEachIn(source, 0, source.length, (word) => {
      inner.forEachIn('a b c b', 0, 7, (w) => out.push(`${word}:${w}`));
      out.push(word);
    });
    assert.deepEqual(out, ['yaml:b', 'yaml:b', 'yaml', 'load:b', 'load:b', 'load', 'import:b', 'import:b', 'import', 'exec:b', 'exec:b', 'exec']);
  });

  it('find exactly the keywords a text includes', () => {
    fc.assert(
      fc.property(text, fc.subarray(KEYWORDS, { minLength: 1 }), (source, keywords) => {
        assert.deepEqual([...substringsIn(source, keywords)].sort(), keywords.filter((k) => source.includes(k)).sort());
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('scan texts longer than the array they keep', () => {
    const long = `${'a '.repeat(3_000_000)}yaml ghp_\ud83d\ude00AKIA`;
    assert.deepEqual(wordsByScan(asked, long, 0, long.length), [['yaml', 6_000_000]]);
    assert.deepEqual([...substringsIn(long, ['ghp_', 'AKIA', 'sk-'])].sort(), ['AKIA', 'ghp_']);
    // And a short one after it, with what the long one left in the array beyond its end.
    assert.deepEqual(wordsByScan(asked, 'yam', 0, 3), []);
    assert.deepEqual([...substringsIn('AKI', ['AKIA'])], []);
  });
});

describe('where a call can name a word', () => {
  /** Whether the first `exec` of the text (or the word marked by «») may be named by a call. */
  const called = (source: string) => {
    const marked = source.indexOf('«');
    const text = source.replace(/[«»]/g, '');
    const start = marked >= 0 ? marked : text.indexOf('exec');
    const end = marked >= 0 ? source.indexOf('»') - 1 : start + 4;
    return mayBeCalled(text, start, end);
  };

  it('says yes where a call is written, or where an import renames the name or ends in it', () => {
    for (const source of [
      'exec(cmd)', 'cp.exec (cmd)', 'cp.exec\n  (cmd)', 'cp.exec /* why */ (cmd)', 'cp.exec // why\n(cmd)', '(cp.exec)(cmd)',
      'cp.exec?.(cmd)', 'sql.exec`select`', 'exec<string>(cmd)', 'Exec[int](cmd)'.replace('Exec', 'exec'), 'exec!(cmd)', 'exec::<String>(cmd)',
      'exec \\\n (cmd)', 'f(exec  # why\n  (cmd))',
      // Renamed where imported: Python and JavaScript `as`, a destructured require (TypeScript may annotate it).
      'from os import exec as run', "import { exec as run } from 'child_process'", "const { exec: run } = require('child_process')",
      "const {\n  exec: run,\n  spawn,\n} = require('child_process')", "const { exec: run }: Cp = require('child_process')",
      // A module's name that is the name (`const db = require('exec')`), and a member of a required module.
      "const run = require('exec')", "import run from \"exec\"", "const run = require('child_process').exec",
      "const run = require('child_process') . exec;",
      // A pattern too long to follow to its end may be one.
      `const { exec: run, ${'a, '.repeat(2000)}} = require('child_process')`,
    ]) assert.equal(called(source), true, source);
  });

  it('says no where the name is read, written in a string or a comment, or a key of an object', () => {
    for (const source of [
      'req.exec', 'if (req.exec) x()', 'x = { exec: 1 }', 'f({ exec: run })', 'send("exec")', "mode = 'exec'", '// exec the command', '# exec it',
      'def f(exec: int): pass', 'a.exec = b', 'exec.length', 'const run = cp.exec;',
    ]) assert.equal(called(source), false, source);
  });
});
