/**
 * The data-driven rule suite: meta-checks on every rule, then every rule's fixtures (Missing / Noisy / Wrong),
 * fixes against `.fixed` fixtures, and the code blocks of every documentation page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'web-tree-sitter';
import { ALL, FENCE_EXTENSIONS, TODAY, filesUnder, rulesDir, testEngine } from '../helpers';
import { readAnnotatedFixture, readTableFixture } from './fixtures';
import { applyFixes } from '../../server/src/engine/apply';
import { MODULE_RULES } from '../../server/src/rules/modules';
import { hasCodeFix } from '../../server/src/engine/fix';
import { classify, loadGrammar } from '../../server/src/languages/registry';
import type { CompiledRule } from '../../server/src/engine/ruleset';

const engine = testEngine();
const dir = rulesDir();
const allFiles = filesUnder(dir);

/** The fixture files of a rule: annotated fixtures (any extension but yaml/md/ts/fixed) and tables. */
function fixturesOf(rule: CompiledRule): { annotated: string[]; table?: string; fixed: string[] } {
  const stem = join(dir, rule.id);
  const annotated = allFiles.filter((f) => {
    if (!f.startsWith(`${stem}.`)) return false;
    const rest = f.slice(stem.length + 1);
    return !rest.includes('.') && !['yaml', 'md', 'ts'].includes(rest);
  });
  const table = existsSync(`${stem}.test.yaml`) ? `${stem}.test.yaml` : undefined;
  const fixed = allFiles.filter((f) => f.startsWith(`${stem}.fixed.`));
  return { annotated, ...(table ? { table } : {}), fixed };
}

/**
 * Blocks of unreviewed AI-sized code a test declares: `ai-audit-test-unreviewed: <from>-<to>` on a fixture's first
 * line, or `unreviewed=<from>-<to>` after a documentation fence's language (1-based, inclusive lines).
 */
function unreviewedBlocks(declaration: string): { startLine: number; endLine: number }[] {
  const m = /(?:ai-audit-test-unreviewed:\s*|unreviewed=)(\d+)-(\d+)/.exec(declaration);
  return m ? [{ startLine: Number(m[1]) - 1, endLine: Number(m[2]) - 1 }] : [];
}

async function findingsOf(ruleId: string, path: string, text: string, unreviewed = unreviewedBlocks(text.slice(0, text.indexOf('\n') >>> 0))) {
  const result = await engine.analyse({ path, text }, { config: ALL, today: TODAY, unreviewed });
  return { all: result.findings, mine: result.findings.filter((f) => f.ruleId === ruleId), notices: result.notices };
}

function describeLines(lines: Iterable<number>): string {
  return [...lines].map((l) => l + 1).join(', ') || 'none';
}

describe('rules', () => {
  const rules = engine.ruleSet.rules;

  describe('meta-checks', () => {
    it('every rule file is schema-valid, semantically valid and has a unique id matching its path', () => {
      assert.deepEqual(engine.ruleSet.problems, []);
      assert.ok(rules.length > 0);
    });

    it('every module rule has an implementation and every implementation has a rule', () => {
      for (const rule of rules.filter((r) => r.module)) assert.ok(MODULE_RULES[rule.id], `${rule.id}: module: true but no entry in rules/modules.ts`);
      for (const id of Object.keys(MODULE_RULES)) assert.ok(engine.ruleSet.byId.get(id)?.module, `${id}: registered in rules/modules.ts but has no YAML with module: true`);
    });

    it('every named code fix exists', () => {
      for (const rule of rules) if (rule.fix?.module) assert.ok(hasCodeFix(rule.fix.module), `${rule.id}: fix.module "${rule.fix.module}" is not registered`);
    });

    it('every rule has a documentation page with the fixed headings, and every page has a rule', () => {
      for (const rule of rules) {
        const page = join(dir, `${rule.id}.md`);
        assert.ok(existsSync(page), `${rule.id}: no documentation page ${rule.id}.md`);
        const text = readFileSync(page, 'utf8');
        const headings = ['## What it does', '## Why is this bad?', '## Example', '## Use instead', '## References'];
        if (rule.fix) headings.push('## Fix safety');
        for (const h of headings) assert.ok(text.includes(h), `${rule.id}.md: missing heading "${h}"`);
      }
      for (const page of allFiles.filter((f) => f.endsWith('.md') && !f.endsWith('README.md'))) {
        const id = page.slice(dir.length + 1, -3);
        assert.ok(engine.ruleSet.byId.has(id), `${id}.md: documentation page without a rule`);
      }
    });

    it('every rule has fixtures with at least two ruleid and two ok cases', () => {
      for (const rule of rules) {
        const { annotated, table } = fixturesOf(rule);
        let ruleid = 0;
        let ok = 0;
        for (const f of annotated) {
          const c = readAnnotatedFixture(f, rule.id);
          ruleid += c.ruleidCount;
          ok += c.okCount;
        }
        if (table) for (const c of readTableFixture(table)) c.valid ? ok++ : ruleid++;
        assert.ok(ruleid >= 2, `${rule.id}: needs at least two ruleid cases (found ${ruleid})`);
        assert.ok(ok >= 2, `${rule.id}: needs at least two ok cases (found ${ok})`);
      }
    });

    it('a rule with a fix has a .fixed fixture', () => {
      for (const rule of rules.filter((r) => r.fix)) assert.ok(fixturesOf(rule).fixed.length > 0, `${rule.id}: has a fix but no ${rule.id}.fixed.<ext> fixture`);
    });
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const { annotated, table, fixed } = fixturesOf(rule);
      for (const file of annotated) {
        it(`fixture ${file.slice(dir.length + 1)}`, async () => {
          const c = readAnnotatedFixture(file, rule.id);
          const { mine, notices } = await findingsOf(rule.id, c.path, c.text);
          assert.deepEqual(notices.filter((n) => n.kind !== 'skipped'), [], 'analysis produced notices');
          const actual = new Set(mine.map((f) => f.range.start.line));
          const missing = [...c.expected].filter((l) => !actual.has(l));
          const noisy = [...actual].filter((l) => !c.expected.has(l));
          assert.deepEqual(missing, [], `Missing (false negative) on line(s) ${describeLines(missing)}`);
          assert.deepEqual(noisy, [], `Noisy (false positive) on line(s) ${describeLines(noisy)}: ${mine.filter((f) => noisy.includes(f.range.start.line)).map((f) => f.message).join(' | ')}`);
          // One construct, one finding: `eval(compile(code))` is not two (a call chain's calls start together).
          const nested = mine.filter((f) => mine.some((o) => o.startOffset < f.startOffset && f.endOffset <= o.endOffset && o.range.start.line === f.range.start.line));
          assert.deepEqual(nested.map((f) => f.range.start.line + 1), [], 'Duplicate: a finding inside another finding of the rule');
          for (const f of mine) {
            assert.ok(f.endOffset > f.startOffset, `Wrong: empty range on line ${f.range.start.line + 1}`);
            assert.ok(!f.message.includes('{{'), `Wrong: unfilled placeholder in "${f.message}"`);
          }
        });
      }
      if (table) {
        it(`table ${table.slice(dir.length + 1)}`, async () => {
          for (const c of readTableFixture(table)) {
            const { mine } = await findingsOf(rule.id, c.path, c.text);
            const actual = new Set(mine.map((f) => f.range.start.line));
            assert.deepEqual([...actual].sort(), [...c.expected].sort(), `${c.valid ? 'Noisy' : 'Missing/Wrong'} for:\n${c.text}`);
          }
        });
      }
      for (const fixedFile of fixed) {
        it(`fix gives ${fixedFile.slice(dir.length + 1)}`, async () => {
          const source = annotated.find((f) => f.slice(f.lastIndexOf('.')) === fixedFile.slice(fixedFile.lastIndexOf('.')));
          assert.ok(source, 'no fixture with the same extension as the .fixed file');
          const c = readAnnotatedFixture(source!, rule.id);
          const { mine } = await findingsOf(rule.id, c.path, c.text);
          const once = applyFixes(c.text, mine, () => true);
          assert.ok(once.applied.length > 0, 'Wrong: the fix applies nowhere in the fixture');
          assert.equal(once.text, readFileSync(fixedFile, 'utf8'), 'Wrong: the fixed text differs from the .fixed fixture');
          const after = await findingsOf(rule.id, c.path, once.text);
          const fixedLines = new Set(once.applied.map((a) => a.line - 1));
          assert.deepEqual(after.mine.filter((f) => fixedLines.has(f.range.start.line)).map((f) => f.range.start.line + 1), [], 'the rule still fires where a fix was applied');
          const twice = applyFixes(once.text, after.mine, () => true);
          assert.equal(twice.text, once.text, 'fix-all applied a second time changed the text again');
          const fileClass = classify(c.path, once.text);
          if (fileClass.code) {
            const parser = new Parser();
            parser.setLanguage(await loadGrammar(fileClass.code));
            const errorsBefore = countErrors(parser.parse(c.text)!.rootNode);
            const errorsAfter = countErrors(parser.parse(once.text)!.rootNode);
            parser.delete();
            assert.ok(errorsAfter <= errorsBefore, `the fixed code has new syntax errors (${errorsBefore} → ${errorsAfter})`);
          }
        });
      }
      it('documentation examples', async () => {
        const page = join(dir, `${rule.id}.md`);
        if (!existsSync(page)) return assert.fail(`${rule.id}: no documentation page`);
        const text = readFileSync(page, 'utf8');
        for (const [heading, expectCount] of [['## Example', 1], ['## Use instead', 0]] as const) {
          const section = text.split(heading)[1]?.split(/\n## /)[0] ?? '';
          const block = /```(\w+)?([^\n]*)\n([\s\S]*?)```/.exec(section);
          assert.ok(block, `${rule.id}.md: "${heading}" has no code block`);
          const pathOption = /path=(\S+)/.exec(block![2] ?? '');
          const ext = FENCE_EXTENSIONS[block![1] ?? 'text'] ?? 'txt';
          const path = pathOption ? pathOption[1]! : ext === 'Dockerfile' ? 'Dockerfile' : `example.${ext}`;
          const { mine } = await findingsOf(rule.id, path, block![3]!, unreviewedBlocks(block![2] ?? ''));
          assert.equal(mine.length, expectCount, `${rule.id}.md: "${heading}" should yield ${expectCount} finding(s) of the rule, got ${mine.length}`);
        }
      });
    });
  }
});

function countErrors(node: import('web-tree-sitter').Node): number {
  let count = node.isError || node.isMissing ? 1 : 0;
  if (!node.hasError && count === 0) return 0;
  for (let i = 0; i < node.childCount; i++) count += countErrors(node.child(i)!);
  return count;
}
