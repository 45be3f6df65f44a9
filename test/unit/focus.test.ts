/**
 * Focused parsing (engine/focus.ts): a Python file audited once is parsed only in the top-level statements its rules
 * can find something in, and those reachable from them by name. What is found must not change: findings, messages,
 * confidence and fixes equal those of a parse of the whole file, on every Python fixture, on fixtures with lines
 * deleted, and on random files made of the shapes that matter (calls to local functions, class bindings, imports
 * under another name, strings that span lines, decorators).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Parser } from 'web-tree-sitter';
import { ALL, TODAY, filesUnder, rulesDir } from '../helpers';
import { Engine } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { pythonFocus, pythonTopLevel } from '../../server/src/engine/focus';
import { codeLanguage, loadGrammar } from '../../server/src/languages/registry';
import type { Finding } from '../../server/src/engine/finding';

const focused = new Engine(loadBundledRules());
const whole = new Engine(loadBundledRules(), { focus: false });

/** What a user sees of a finding: rule, range, message, confidence, fixes. */
const seen = (findings: Finding[]) => findings.map((f) => JSON.stringify([f.ruleId, f.range, f.message, f.confidence, f.fingerprint, f.fixes.map((x) => [x.title, x.edits.map((e) => [e.range, e.newText])])]));

async function compare(path: string, text: string): Promise<boolean> {
  const a = await focused.analyse({ path, text }, { config: ALL, today: TODAY });
  const b = await whole.analyse({ path, text }, { config: ALL, today: TODAY });
  assert.deepEqual(seen(a.findings), seen(b.findings), `${path}\n${text.slice(0, 400)}`);
  assert.equal(b.focused, undefined);
  return !!a.focused;
}

const fixtures = filesUnder(rulesDir()).filter((f) => f.endsWith('.py'));

describe('focused parsing of Python', function () {
  this.timeout(120_000);

  it('splits a text where the parser reads its top-level statements begin: every Python fixture, and strings, brackets and clauses at column 0', async () => {
    const python = codeLanguage('python');
    const grammar = await loadGrammar(python);
    const parser = new Parser();
    parser.setLanguage(grammar);
    const tricky = [
      '"""Doc\nx = 1\n"""\nimport os\n@dec\n@other(\n  1)\ndef f(a,\nb):\n    s = """\ndef g():\n"""\n    return s\nif a:\n    pass\nelif b:\n    pass\nelse:\n    pass\ntry:\n    pass\nexcept E:\n    pass\nfinally:\n    pass\nx = [\n1,\n]\ny = 1 + \\\n2\nclass C(B):\n    # comment\n# at column 0\n    z = f(\n)\n    def m(self):\n        return 1\n',
      "s = 'a\\\nb'\nt = f'{x[\"k\"]}'\nasync def h():\n    await g()\nclass D: pass\n",
    ];
    let compared = 0;
    for (const text of [...fixtures.map((f) => readFileSync(f, 'utf8')), ...tricky]) {
      const top = pythonTopLevel(text);
      const tree = parser.parse(text)!;
      if (tree.rootNode.hasError || !top) {
        tree.delete();
        continue;
      }
      const children = tree.rootNode.namedChildren.filter((n) => n && n.type !== 'comment').map((n) => n!);
      assert.deepEqual(top.statements.map((s) => s.start), children.map((n) => n.startIndex), text.slice(0, 300));
      // A class's members start where the statements of its body do; its methods are its function definitions.
      top.statements.forEach((s, i) => {
        if (!s.members?.length) return;
        const node = children[i]!.type === 'decorated_definition' ? children[i]!.childForFieldName('definition')! : children[i]!;
        const body = node.childForFieldName('body')!.namedChildren.filter((n) => n && n.type !== 'comment').map((n) => n!);
        const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
        assert.deepEqual(s.members.map((m) => m.start), body.map((n) => lineStart(n.startIndex)), text.slice(s.start, s.start + 300));
        const method = (n: typeof body[number]) => n.type === 'function_definition' || (n.type === 'decorated_definition' && n.childForFieldName('definition')?.type === 'function_definition');
        assert.deepEqual(s.members.map((m) => m.method), body.map(method), text.slice(s.start, s.start + 300));
        compared += body.length;
      });
      for (const s of top.statements) assert.equal(text.slice(0, s.start).split('\n').length - 1, s.startRow);
      compared += children.length;
      tree.delete();
    }
    parser.delete();
    assert.ok(compared > 300, `${compared} statements compared`);
  });

  it('finds on every Python fixture, and on fixtures with lines deleted, what a parse of the whole file finds', async () => {
    let used = 0;
    for (const file of fixtures) {
      const text = readFileSync(file, 'utf8');
      if (await compare(file, text)) used++;
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i += 3) if (await compare(file, [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'))) used++;
    }
    assert.ok(used > 20, `focused ${used} times`);
  });

  it('parses the definitions that a parsed statement calls, binds in a class body or imports under another name', async () => {
    const helpers = Array.from({ length: 12 }, (_, i) => `def unrelated_${i}(x):\n    return x * ${i}\n`).join('\n');
    const cases = [
      // Data flow through the return value of a function defined far away.
      `${helpers}\ndef load(blob):\n    return eval(read_request())\n${helpers}\ndef read_request():\n    return input()\n`,
      // A method called on self, a class attribute read at the top level's scope.
      `import os\n${helpers}\nclass Settings:\n    COMMAND = input()\n${helpers}\nclass Runner:\n    def run(self):\n        return os.popen(self.build())\n    def build(self):\n        return COMMAND\n`,
      // A function imported under another name, called by that name.
      `import os\nfrom pickle import loads as parse\n${helpers}\ndef g(data):\n    return parse(data)\n${helpers}\n`,
      // A payload named by a variable that another function assigns (module rules follow a name to its assignments
      // anywhere in the file when no function around the use binds it).
      `import base64\n${helpers}\ndef decode(blob):\n    code = base64.b64decode(blob)\n    return code\n${helpers}\ndef run():\n    exec(code)\n${helpers}`,
      // A raw query's match found by a string it must hold (python/hardcoded-secret-key's `config["SECRET_KEY"] = …`).
      `import os\n${helpers}\ndef configure(app):\n    app.config["SECRET_KEY"] = "s3cr3t-value-123"\n${helpers}`,
      // A lookup of a function by a name the model chose, in a function (guarded or not is read there).
      `import tools\n${helpers}\ndef dispatch(call):\n    return getattr(tools, call.function.name)(**call.args)\n${helpers}`,
      // Raw queries whose match holds a literal of a `text:` constraint, or of a `#match?` predicate.
      `import ssl\n${helpers}\ndef delete(request):\n    assert request.user.is_admin\n    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n${helpers}`,
      // A function reached through a binding of its decorator first, and called later.
      `import os\nclass B:\n    COMMAND = input()\n\ndef f(data):\n    return input()\n${helpers}\nclass A:\n    def run(self):\n        return eval(self.helper())\n\n@decorator\ndef helper(data):\n    return os.path.join(COMMAND)\n\n@decorator\ndef g(data):\n    return pickle.loads(data)\n${helpers}`,
    ];
    for (const text of cases) assert.ok(await compare('app.py', text), `focused:\n${text}`);
    // (What the comparisons rest on: the flow reaches data from input() in each.)
    for (const [i, rule] of [[0, 'python/code-injection-eval'], [1, 'python/os-system-injection']] as const) {
      const result = await focused.analyse({ path: 'app.py', text: cases[i]! }, { config: ALL, today: TODAY });
      assert.ok(result.findings.some((f) => f.ruleId === rule && /Untrusted data/.test(f.message)), JSON.stringify(result.findings.map((f) => f.message)));
    }
    for (const [i, rule] of [[3, 'llm/decode-and-execute'], [4, 'python/hardcoded-secret-key'], [5, 'llm/model-chosen-function'], [6, 'python/assert-security-check'], [6, 'python/weak-tls-version']] as const) {
      const result = await focused.analyse({ path: 'app.py', text: cases[i]! }, { config: ALL, today: TODAY });
      assert.ok(result.findings.some((f) => f.ruleId === rule), JSON.stringify(result.findings.map((f) => f.ruleId)));
    }
  });

  it('leaves out the definitions no rule can find anything in, and parses the whole file where the parsed part has a syntax error', async () => {
    const helpers = Array.from({ length: 40 }, (_, i) => `def unrelated_${i}(x):\n    return x * ${i}\n`).join('\n');
    const text = `import subprocess\n${helpers}\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`;
    const ranges = pythonFocus(text, { names: new Set(['subprocess.call']) })!;
    assert.ok(ranges.length >= 2 && ranges.reduce((n, r) => n + r.endIndex - r.startIndex, 0) < text.length / 4, JSON.stringify(ranges));
    assert.ok(await compare('run.py', text));
    // A payload the function assigns itself, or takes as a parameter, is looked up there: the other functions that
    // assign that name are left out (and one that assigns it outside any function is not).
    const assigning = Array.from({ length: 40 }, (_, i) => `def other_${i}(x):\n    code = x * ${i}\n    return code\n`).join('\n');
    const local = `import base64\n${assigning}\ndef run(blob, payload):\n    code = base64.b64decode(blob)\n    exec(code)\n    exec(payload)\n`;
    assert.ok(await compare('run.py', local));
    assert.ok(pythonFocus(local, { names: new Set(['exec']), followed: new Set(['exec']) })!.reduce((n, r) => n + r.endIndex - r.startIndex, 0) < local.length / 4);
    assert.equal(pythonFocus(local.replace('    code = base64.b64decode(blob)\n', ''), { names: new Set(['exec']), followed: new Set(['exec']) }), undefined);
    // A lookup outside a function: whether it is guarded is read in the whole file before it, which is parsed whole.
    const lookups = `import tools\n${helpers}\ndef allowed(call):\n    return call.function.name in ALLOWED\n${helpers}\nfor call in calls:\n    getattr(tools, call.function.name)(**call.args)\n`;
    assert.equal(await compare('tools.py', lookups), false);
    assert.ok(await compare('tools.py', lookups.replace('for call in calls:', 'def run(calls):\n  for call in calls:')));
    // A syntax error inside a parsed function: the parse of the part reads an error there, and the whole is parsed.
    const broken = text.replace('cmd, shell=True)', 'cmd shell=True)');
    assert.equal(await compare('run.py', broken), false);
  });

  it('finds what a parse of the whole file finds in random files of functions, classes, strings and imports', async () => {
    const statement = fc.oneof(
      fc.constantFrom('import os', 'import pickle', 'from pickle import loads as parse', 'import subprocess as sp', 'import random', 'import base64', 'from base64 import b64decode as unpack', 'COMMAND = input()', 'PAYLOAD = base64.b64decode(COMMAND)', 'x = """\ndef fake():\n    eval(x)\n"""', '# eval(x)', '', 'if x:\n    y = 1\nelse:\n    y = 2'),
      fc.tuple(fc.constantFrom('f', 'g', 'helper', 'token', 'read'), fc.constantFrom('return input()', 'return pickle.loads(data)', 'return parse(data)', 'return os.system(helper())', 'return sp.call(COMMAND, shell=True)', 'return eval(read())', 'token = random.random()', 'return 1', 'return self.helper()', 'exec(PAYLOAD)', 'code = unpack(data)\n    return code', 'exec(code)', 'exec(data)', 'exec(code)\n    code = unpack(data)', 'code = (unpack(data),\n        exec(code))', 'sp.run(f"{code}", shell=True)', 'for code in base64.b64decode(data):\n        pass'), fc.boolean()).map(([name, body, decorated]) => `${decorated ? '@decorator\n' : ''}def ${name}(data):\n    ${body}\n`),
      fc.tuple(fc.constantFrom('A', 'B'), fc.constantFrom('COMMAND = input()', 'def helper(self):\n        return input()', 'def run(self):\n        return eval(self.helper())')).map(([name, body]) => `class ${name}:\n    ${body}\n`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { minLength: 2, maxLength: 14 }), async (statements) => {
        await compare('random.py', `${statements.join('\n')}\n`);
      }),
      { numRuns: 150 },
    );
  });
});
