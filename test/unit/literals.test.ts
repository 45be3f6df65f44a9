/**
 * The literals a regular expression cannot match without (engine/literals.ts), and the expression loosened to hold
 * on a whole file, let the prefilter skip files for a rule's `text:` constraint. They must never be claimed wrongly:
 * every match of the expression, on any text, contains one of the literals, and wherever the expression matches a
 * piece of a file the loosened one matches the file. Random expressions over a small alphabet, run on random texts,
 * check that.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { MIN_LITERAL, containingPattern, requiredLiterals } from '../../server/src/engine/literals';

/** Random expressions in the syntax the reader knows (and some it gives up on), over the letters a–c, `.` and `/`. */
const expression: fc.Arbitrary<string> = fc.letrec<{ regex: string; seq: string; atom: string }>((tie) => ({
  regex: fc.oneof({ depthSize: 'small' }, tie('seq'), fc.array(tie('seq'), { minLength: 2, maxLength: 3 }).map((parts) => parts.join('|'))),
  seq: fc.array(tie('atom'), { minLength: 1, maxLength: 6 }).map((atoms) => atoms.join('')),
  atom: fc
    .tuple(
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('a', 'b', 'c', '\\.', '/', '.', '\\/', '[ab]', '[^a]', '[a-c]', '[\\.b]', '\\w', '\\s', '\\b', '^', '$', '\\x61', '\\u0062'),
        tie('regex').map((r) => `(${r})`),
        tie('regex').map((r) => `(?:${r})`),
        tie('regex').map((r) => `(?=${r})`),
        tie('regex').map((r) => `(?!${r})`),
      ),
      fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,1}', '+?'),
    )
    .map(([atom, q]) => (/^(\^|\$|\\b|\(\?[=!])/.test(atom) ? atom : atom + q)),
})).regex;

describe('required literals of a regular expression', () => {
  it('names literals every match contains', () => {
    fc.assert(
      fc.property(expression, fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '/', ' '), maxLength: 24 }), { minLength: 1, maxLength: 20 }), (source, texts) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source, 'g');
        } catch {
          return;
        }
        const literals = requiredLiterals(source);
        if (!literals) return;
        assert.ok(literals.every((l) => l.length >= MIN_LITERAL), `${source}: ${JSON.stringify(literals)}`);
        for (const text of texts) {
          for (const m of text.matchAll(regex)) {
            assert.ok(literals.some((l) => m[0].includes(l)), `/${source}/ matched ${JSON.stringify(m[0])} in ${JSON.stringify(text)}, which holds none of ${JSON.stringify(literals)}`);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads alternations, optional parts, classes and escapes', () => {
    assert.deepEqual(requiredLiterals('^(req|ctx\\.request)\\.(body|query)$'), ['req.body', 'req.query', 'ctx.request.body', 'ctx.request.query']);
    assert.deepEqual(requiredLiterals('a(bc)?def'), ['abcdef', 'adef']);
    assert.deepEqual(requiredLiterals("^['\"]password['\"]"), ["'password'", '\'password"', '"password\'', '"password"']);
    // The longest run wins; a run broken by `\s*` or `+` stands apart.
    assert.deepEqual(requiredLiterals('^\\s*exec\\(\\s*user_input'), ['user_input']);
    assert.deepEqual(requiredLiterals('verif+y=False'), ['y=False']);
    // Every branch must contribute; one that can be short or empty makes the whole say nothing.
    assert.deepEqual(requiredLiterals('shell=True|sh'), undefined);
    assert.deepEqual(requiredLiterals('(secret)?key'), ['secretkey', 'key']);
    assert.deepEqual(requiredLiterals('(secret)?ke'), undefined);
  });

  it('gives up on what it cannot read, and on what is too short to be worth a search', () => {
    for (const source of ['', 'ab', '.*', '[a-z]+', '\\d{4}', '(a|bcd)', 'abc(', '[abc', '\\']) assert.equal(requiredLiterals(source), undefined, source);
    // Lookarounds and back references match no text of their own; named groups are groups.
    assert.deepEqual(requiredLiterals('(?<=x)abc(?!d)'), ['abc']);
    assert.deepEqual(requiredLiterals('(?<name>abc)\\k<name>'), ['abc']);
    assert.deepEqual(requiredLiterals('a{2}bcd'), ['bcd']);
  });
});

describe('an expression loosened to hold on a whole file', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.', '/', ' ', '\n', '"'), maxLength: 16 });

  it('matches a file wherever the expression matches a piece of it', () => {
    fc.assert(
      fc.property(expression, fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 20 }), (source, files) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source);
        } catch {
          return;
        }
        const pattern = containingPattern(source);
        if (pattern === undefined) return;
        const loose = new RegExp(pattern);
        assert.ok(!loose.test(''), `${source} → ${pattern} matches nothing at all`);
        for (const [before, piece, after] of files) {
          if (regex.test(piece)) assert.ok(loose.test(before + piece + after), `/${source}/ matched ${JSON.stringify(piece)}, but /${pattern}/ not ${JSON.stringify(before + piece + after)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes out assertions, the variable start of each branch, and what follows a piece that can run to the end', () => {
    assert.equal(containingPattern('^\\s*exec\\(\\s*user'), 'exec\\(\\s*user');
    assert.equal(containingPattern('\\bshell\\s*=\\s*True\\b'), 'shell\\s*=\\s*True');
    assert.equal(containingPattern('(?<!\\w)token(?=\\s*=)'), 'token');
    // A branch that is one group stands for its branches: each loses its own start (`.*`) and end.
    assert.equal(containingPattern('^(?:mode=[0-7]+|.*S_IWOTH.*)$'), 'mode=[0-7]+|S_IWOTH');
    // Repeated without bound over what the branch begins with, a piece would be read again from each of a run's
    // characters: the branch ends before it.
    assert.equal(containingPattern('^0o[0-7]*[2367]$'), '0o');
    assert.equal(containingPattern("^['\"]\\s*<[\\s\\S]*\\$\\{x"), "['\"]\\s*<");
    // A negated class that stops at a quote or a line end cannot run far from where it starts: it is kept.
    assert.equal(containingPattern("^['\"]/[^'\"?]*\\["), "['\"]/[^'\"?]*\\[");
    // Captures become plain groups.
    assert.equal(containingPattern('^(req|ctx)\\.(?<part>body|query)$'), '(?:req|ctx)\\.(?:body|query)');
  });

  it('gives none where a branch keeps next to nothing, or the expression refers back to a capture', () => {
    for (const source of ['', '.*', '^\\s*$', 'a|\\d+', '^[<>]', '\\(', '(a)\\1', '(?<n>ab)\\k<n>', '[abc', 'a{2,}(']) {
      assert.equal(containingPattern(source), undefined, source);
    }
  });
});
