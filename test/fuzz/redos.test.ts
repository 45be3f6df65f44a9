/**
 * A ReDoS check of every regular expression in the rules: `text.regex` (run with `g` over whole files), the
 * `value`/`text` constraints (tested against expressions' values and source), and the patterns the prefilter derives
 * from them and from names (tested against whole files). Each runs against adversarial
 * inputs built from what the expression repeats: long runs of one character, of a literal word followed by such
 * runs, and near-misses that fail at the very end. Growth from 8,000 to 16,000 characters must stay linear, and
 * no input may hang: the checks run on a worker thread that is terminated (and the expression named) at a limit.
 */
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { type RuleProblem, compileRule, readRuleFiles } from '../../server/src/engine/ruleset';
import { rulesDir } from '../helpers';

interface Pattern {
  rule: string;
  where: string;
  source: string;
  flags: string;
  /** Text rules scan with `g` (every match); constraints call `test`. */
  global: boolean;
}

/** Every regular expression of a rule (the fix's replacement templates are not regular expressions). */
function patternsOf(rule: string, node: unknown, where: string, out: Pattern[]): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'fix' || key === 'message' || key === 'title') continue;
    const at = `${where}.${key}`;
    if (key === 'text' && value && typeof value === 'object' && typeof (value as { regex?: unknown }).regex === 'string') {
      const text = value as { regex: string; flags?: string };
      out.push({ rule, where: `${at}.regex`, source: text.regex, flags: `g${text.flags ?? ''}`, global: true });
    } else if ((key === 'value' || key === 'text') && typeof value === 'string') {
      out.push({ rule, where: at, source: value, flags: '', global: false });
    } else patternsOf(rule, value, at, out);
  }
}

/**
 * Runs on the worker: for each pattern and each adversarial input family, the time at 8,000 and 16,000
 * characters (best of three). Posts `start` before each pattern so a hang can be attributed.
 */
const WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const CLASS_SAMPLES = { w: 'a0_Z', d: '7', s: ' \t', W: '-', D: 'x', S: 'x' };
function alphabet(source) {
  const chars = new Set(['a', 'A', '0', ' ', '-', '_', '.', '/', '=', '"', "'", '+', '\n', '\\']);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length) {
      const next = source[++i];
      for (const s of CLASS_SAMPLES[next] ?? (/[a-zA-Z]/.test(next) ? '' : next)) chars.add(s);
    } else if (!'()[]{}^$|?*+'.includes(c)) chars.add(c);
  }
  return [...chars].slice(0, 48);
}
function words(source) {
  const found = source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z0-9_-]{2,}/g) ?? [];
  return [...new Set(found)].slice(0, 12);
}
function inputs(source) {
  const out = [];
  for (const c of alphabet(source)) {
    out.push({ what: 'run of ' + JSON.stringify(c), make: (n) => c.repeat(n) + '\u0000' });
  }
  for (const w of words(source)) {
    for (const c of ['a', ' ', '0', '=', '"']) out.push({ what: JSON.stringify(w) + ' then ' + JSON.stringify(c) + 's', make: (n) => w + c.repeat(n) + '!' });
    out.push({ what: 'repeated ' + JSON.stringify(w), make: (n) => (w + ' ').repeat(Math.ceil(n / (w.length + 1))) + '\u0000' });
  }
  return out;
}
function time(regex, global, text) {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    if (global) {
      regex.lastIndex = 0;
      let m;
      while ((m = regex.exec(text))) if (m[0].length === 0) regex.lastIndex++;
    } else regex.test(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
workerData.patterns.forEach((p, index) => {
  parentPort.postMessage({ type: 'start', index });
  const regex = new RegExp(p.source, p.flags);
  const slow = [];
  for (const input of inputs(p.source)) {
    const small = time(regex, p.global, input.make(8000));
    if (small < 15) continue;
    const large = time(regex, p.global, input.make(16000));
    if (large > 3 * small) slow.push(input.what + ': ' + small.toFixed(0) + ' ms at 8,000 chars, ' + large.toFixed(0) + ' ms at 16,000');
  }
  parentPort.postMessage({ type: 'done', index, slow });
});
parentPort.postMessage({ type: 'finished' });
`;

/** Rules whose patterns are known to grow super-linearly (none today); each entry needs a FIXME naming its issue. */
const KNOWN_SUPER_LINEAR: string[] = [];

/** A pattern that makes no progress for this long is taken to hang. */
const HANG_MS = 4000;

/** Checks patterns on workers; a hanging pattern is reported and the rest continue on a new worker. */
async function check(patterns: Pattern[]): Promise<string[]> {
  const problems: string[] = [];
  let from = 0;
  while (from < patterns.length) {
    const batch = patterns.slice(from);
    from = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(WORKER, { eval: true, workerData: { patterns: batch } });
      let current = 0;
      let timer = setTimeout(() => hang(), HANG_MS);
      const hang = () => {
        const p = batch[current]!;
        problems.push(`${p.rule} ${p.where}: /${p.source}/ did not finish within ${HANG_MS} ms on an adversarial input`);
        void worker.terminate();
        resolve(from + current + 1);
      };
      worker.on('message', (m: { type: string; index: number; slow?: string[] }) => {
        clearTimeout(timer);
        timer = setTimeout(() => hang(), HANG_MS);
        if (m.type === 'start') current = m.index;
        else if (m.type === 'done') {
          const p = batch[m.index]!;
          for (const s of m.slow ?? []) problems.push(`${p.rule} ${p.where}: /${p.source}/ grows super-linearly on ${s}`);
        } else {
          clearTimeout(timer);
          void worker.terminate();
          resolve(patterns.length);
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }
  return problems;
}

describe('fuzz/redos', function () {
  this.timeout(120000);

  it('finds no super-linear regular expression in the rules', async () => {
    const patterns: Pattern[] = [];
    const problems: RuleProblem[] = [];
    for (const { path, rule } of readRuleFiles(rulesDir())) {
      patternsOf(path, rule, '', patterns);
      // What the prefilter derives to search whole files for (engine/literals.ts containingPattern, name heads).
      compileRule(path, rule, problems)?.requirements?.forEach((q, i) => q.patterns?.forEach((source, j) => patterns.push({ rule: path, where: `.requirements[${i}].patterns[${j}]`, source, flags: '', global: false })));
    }
    assert.ok(patterns.length > 50, `only ${patterns.length} regular expressions found in the rules`);
    assert.ok(patterns.some((p) => p.where.includes('.patterns[')), 'no derived pattern was checked');
    const slow = await check(patterns);
    const flagged = [...new Set(slow.map((p) => p.slice(0, p.indexOf(' '))))].sort();
    // Today's known gaps are asserted as they are, so fixing one (or adding another) makes this test fail.
    assert.deepEqual(flagged, KNOWN_SUPER_LINEAR, `regular expression(s) that may cause ReDoS:\n${slow.join('\n')}`);
  });

  it('detects a super-linear expression (the check itself works)', async () => {
    const problems = await check([
      { rule: 'probe', where: 'quadratic', source: '\\w+@', flags: 'g', global: true },
      { rule: 'probe', where: 'exponential', source: '^(a+)+$', flags: '', global: false },
      { rule: 'probe', where: 'linear', source: 'AKIA[0-9A-Z]{16}', flags: 'g', global: true },
    ]);
    // A line per slow input: the quadratic probe is slow on a run of any word character, and how many of those runs
    // are reported, or whether they add up to the hang limit first, depends on the machine's speed. What counts is
    // which probes are flagged.
    const flagged = [...new Set(problems.map((p) => p.split(' ')[1]!.replace(/:$/, '')))].sort();
    assert.deepEqual(flagged, ['exponential', 'quadratic'], problems.join('\n'));
    assert.match(problems.find((p) => / exponential: /.test(p))!, /did not finish/);
  });
});
