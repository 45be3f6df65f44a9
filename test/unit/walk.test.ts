/** The file walk: .gitignore semantics, vendored folders, excludes, and files set aside with a reason. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { collectFiles } from '../../server/src/audit/walk';
import { isIgnored, parseGitignore } from '../../server/src/audit/gitignore';

describe('gitignore', () => {
  it('handles anchors, directories, negation and **', () => {
    const rules = parseGitignore('# comment\n/build\nlogs/\n*.log\n!keep.log\ndocs/**/draft.md\n', '');
    assert.equal(isIgnored(rules, 'build', true), true);
    assert.equal(isIgnored(rules, 'src/build', true), false);
    assert.equal(isIgnored(rules, 'a/logs', true), true);
    assert.equal(isIgnored(rules, 'a/logs', false), false);
    assert.equal(isIgnored(rules, 'x/y.log', false), true);
    assert.equal(isIgnored(rules, 'x/keep.log', false), false);
    assert.equal(isIgnored(rules, 'docs/a/b/draft.md', false), true);
    assert.equal(isIgnored(rules, 'docs/draft.md', false), true);
  });

  it('applies a nested .gitignore only below its folder', () => {
    const rules = parseGitignore('*.tmp\n', 'sub');
    assert.equal(isIgnored(rules, 'sub/a.tmp', false), true);
    assert.equal(isIgnored(rules, 'a.tmp', false), false);
  });
});

describe('collectFiles', () => {
  let root: string;
  const write = (path: string, text: string | Buffer = 'x = 1\n') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ai-audit-walk-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('respects .gitignore, vendored folders and excludes, and says why files were set aside', async () => {
    write('.gitignore', 'secret-notes.txt\ngenerated/\n');
    write('app.py');
    write('.github/workflows/ci.yml', 'on: push\n');
    write('AGENTS.md', '# rules\n');
    write('secret-notes.txt');
    write('generated/out.py');
    write('node_modules/pkg/index.js');
    write('src/tests/test_a.py');
    write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    write('web/app.min.js', 'a()');
    write('big.py', 'x'.repeat(3 * 1024));
    symlinkSync(join(root, 'app.py'), join(root, 'link.py'));
    // The same through the I/O threads and on this thread (the command line's walk).
    for (const blocking of [false, true]) {
      const result = await collectFiles(root, { exclude: ['src/tests/**'], maxFileSizeKb: 2, blocking });
      assert.deepEqual(result.files.map((f) => relative(root, f)).sort(), ['.github/workflows/ci.yml', '.gitignore', 'AGENTS.md', 'app.py']);
      assert.deepEqual(result.skipped.map((s) => [relative(root, s.path), s.reason]).sort(), [['big.py', 'too large'], ['logo.png', 'binary'], ['web/app.min.js', 'generated']]);
    }
  });

  it('lists a large tree in the order of its sorted entries, folder by folder, every time', async () => {
    // More entries than look-ups run at once, in folders nested three deep.
    const expected: string[] = [];
    for (const a of ['a', 'b', 'c']) for (const b of ['x', 'y']) for (let i = 0; i < 30; i++) expected.push(`${a}/${b}/f${String(i).padStart(2, '0')}.py`);
    for (let i = 0; i < 40; i++) expected.push(`z${String(i).padStart(2, '0')}.py`);
    for (const path of [...expected].reverse()) write(path);
    for (let round = 0; round < 3; round++) assert.deepEqual((await collectFiles(root, { blocking: round === 2 })).files.map((f) => relative(root, f)), expected);
  });

  it('stops when aborted', async () => {
    write('a.py');
    const controller = new AbortController();
    controller.abort();
    assert.deepEqual((await collectFiles(root, { signal: controller.signal })).files, []);
  });
});
