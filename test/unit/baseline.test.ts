/** Baselines: recorded findings stay hidden after edits above them, new ones show, bad files are explained. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_FILE, BaselineIndex, createBaseline, formatBaseline, parseBaseline } from '../../server/src/engine/baseline';
import { ALL, TODAY, testEngine } from '../helpers';

const ORIGINAL = [
  'import subprocess',
  'import yaml',
  '',
  'def run(cmd):',
  '    subprocess.run(cmd, shell=True)',
  '',
  'def load(stream):',
  '    return yaml.load(stream)',
  '',
].join('\n');

async function findingsOf(path: string) {
  const result = await testEngine().analyse({ path, text: readFileSync(path, 'utf8') }, { config: ALL, today: TODAY });
  return result.findings;
}

describe('baseline', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ai-audit-baseline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hides recorded findings after lines are added above them, and shows new ones', async () => {
    const file = join(dir, 'tasks.py');
    writeFileSync(file, ORIGINAL);
    const before = await findingsOf(file);
    assert.ok(before.length >= 2, 'the sample has findings to record');
    writeFileSync(join(dir, BASELINE_FILE), formatBaseline(createBaseline([{ path: 'tasks.py', findings: before }], TODAY)));

    // Twelve lines of new code above both findings, and one new finding below them.
    const header = ['"""Background tasks."""', ...Array.from({ length: 10 }, (_, i) => `LIMIT_${i} = ${i}`), ''].join('\n');
    writeFileSync(file, `${header}\n${ORIGINAL}def load_again(stream):\n    return yaml.load(stream, Loader=yaml.Loader)\n`);
    const after = await findingsOf(file);
    assert.ok(after.length > before.length, 'the edit added a finding');

    const parsed = parseBaseline(readFileSync(join(dir, BASELINE_FILE), 'utf8'));
    assert.ok(typeof parsed !== 'string', String(parsed));
    const index = new BaselineIndex(parsed);
    assert.equal(index.size, before.length);
    const shown = index.apply('tasks.py', after, false);
    assert.deepEqual(shown.map((f) => f.range.start.line + 1), [22]);
    const kept = index.apply('./tasks.py', after, true);
    assert.equal(kept.length, after.length);
    assert.equal(kept.filter((f) => f.suppression?.kind === 'external').length, before.length);
  });

  it('reports a finding again when its own text changes', async () => {
    const file = join(dir, 'tasks.py');
    writeFileSync(file, ORIGINAL);
    const index = new BaselineIndex(createBaseline([{ path: 'tasks.py', findings: await findingsOf(file) }], TODAY));
    writeFileSync(file, ORIGINAL.replace('subprocess.run(cmd, shell=True)', 'subprocess.call(cmd, shell=True)'));
    const shown = index.apply('tasks.py', await findingsOf(file), false);
    assert.ok(shown.length >= 1 && shown.every((f) => f.range.start.line === 4), 'only the changed call is new');
  });

  it('matches by path: the same finding in another file is new', async () => {
    const file = join(dir, 'tasks.py');
    writeFileSync(file, ORIGINAL);
    const findings = await findingsOf(file);
    const index = new BaselineIndex(createBaseline([{ path: 'tasks.py', findings }], TODAY));
    assert.equal(index.apply('other/tasks.py', findings, false).length, findings.length);
  });

  it('explains a file it cannot read instead of throwing', () => {
    assert.match(String(parseBaseline('{')), /not valid JSON/);
    assert.match(String(parseBaseline('[]')), /JSON object/);
    assert.match(String(parseBaseline('{"version": 9, "findings": []}')), /version 9/);
    assert.match(String(parseBaseline('{"version": 1, "findings": [{"path": 3}]}')), /Entry 1/);
    const ok = parseBaseline('{"version": 1, "created": "2026-01-01", "findings": [{"path": "a\\\\b.py", "ruleId": "x/y", "fingerprint": "f"}]}');
    assert.ok(typeof ok !== 'string');
    assert.equal(ok.findings[0]!.path, 'a/b.py');
  });
});
