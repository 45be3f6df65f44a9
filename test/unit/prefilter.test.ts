/**
 * The prefilter decides, from words and substrings alone, which rules can match a file; a file no rule can match
 * is never parsed. It may let through but never hold back: findings with it must equal findings without it, on
 * every fixture and on fixtures with lines deleted (an import gone while its calls stay, a keyword gone). The same
 * holds for the search of anchor nodes by the text of rule names, compared with handing every node to the rules.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ALL, TODAY, filesUnder, rulesDir } from '../helpers';
import { Engine } from '../../server/src/engine/engine';
import { type CompiledRule, type RuleProblem, buildRuleSet, compileRule, loadBundledRules, readRuleFiles } from '../../server/src/engine/ruleset';
import type { Finding } from '../../server/src/engine/finding';
import { anchorSearch } from '../../server/src/engine/match';

const filtered = new Engine(loadBundledRules());
const unfiltered = new Engine(loadBundledRules(), { prefilter: false });

const seen = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.message}`).sort();

/** Annotated fixtures of every rule (the files beside the YAML that are neither rule, doc, code nor expected fix). */
function fixtures(): { path: string; text: string }[] {
  return filesUnder(rulesDir())
    .filter((f) => !/\.(yaml|md|ts)$/.test(f) && !/\.fixed\.[^.]+$/.test(f) && !f.endsWith('README.md'))
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const pathLine = /ai-audit-test-path:\s*(\S+)/.exec(text.split('\n')[0] ?? '');
      return { path: pathLine ? pathLine[1]! : basename(file), text };
    });
}

/** Deterministic pseudo-random numbers. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

async function compare(path: string, text: string): Promise<void> {
  const options = { config: ALL, today: TODAY };
  const a = await filtered.analyse({ path, text }, options);
  anchorSearch.mode = 'all';
  try {
    const b = await unfiltered.analyse({ path, text }, options);
    assert.deepEqual(seen(a.findings), seen(b.findings), `${path}: the prefilter or the anchor search changed the findings`);
  } finally {
    anchorSearch.mode = 'text';
  }
}

describe('prefilter and anchor search', function () {
  this.timeout(240_000);
  const all = fixtures();

  it('holds back no finding on any rule fixture', async () => {
    assert.ok(all.length > 300, `found ${all.length} fixtures`);
    for (const f of all) await compare(f.path, f.text);
  });

  it('holds back no finding when lines of a fixture are deleted', async () => {
    const next = random(7);
    for (const f of all) {
      if (extname(f.path) === '.json' || f.text.length > 20_000) continue;
      const lines = f.text.split('\n');
      for (let round = 0; round < 3; round++) {
        const kept = lines.filter(() => next() > 0.3);
        await compare(f.path, kept.join('\n'));
      }
    }
  });

  /** Compiles a test rule; without `problems` to collect them, it must have none. */
  const compile = (match: unknown, extra: Record<string, unknown> = {}, problems?: RuleProblem[]) => {
    const found: RuleProblem[] = [];
    const rule = compileRule('x/y.yaml', { id: 'x/y', title: 'A test rule', message: 'A test message.', languages: ['python'], severity: 'high', confidence: 'high', category: 'test', cwe: ['CWE-1'], match, ...extra }, found);
    if (problems) problems.push(...found);
    else assert.deepEqual(found, []);
    return rule;
  };

  /** Analyses documents with a rule set of one rule (every check on, a fixed day). */
  const analyserOf = (rule: CompiledRule) => {
    const engine = new Engine({ ...loadBundledRules(), rules: [rule] });
    return (doc: { path: string; text: string; key?: string }) => engine.analyse(doc, { config: ALL, today: TODAY });
  };

  it('needs every word of a dotted name, and one of the imports', () => {
    const rule = compile({ anyOf: [{ call: 'subprocess.run' }, { call: '*.loads', imports: ['pickle'] }] });
    assert.deepEqual(rule?.requirements, [
      { words: [['subprocess', 'run']], modules: [], texts: [], called: ['run'] },
      { words: [['loads']], modules: ['pickle'], texts: [], called: ['loads'] },
    ]);
    const query = compile({ query: '(call) @match' });
    assert.equal(query?.requirements, undefined, 'a raw query without imports needs nothing');
  });

  it('finds keywords of shell rules inside words, and those of PHP rules in any case', async () => {
    const query = { query: '(command) @match' };
    assert.equal(compile(query, { keywords: ['exec'] })?.prefilterWords, true);
    assert.equal(compile(query, { keywords: ['exec'], languages: ['bash'] })?.prefilterWords, false);
    assert.ok(compile(query, { keywords: ['echo'], languages: ['php'] })?.prefilterIgnoringCase?.test('<?php ECHO $x;'));
    const ssh = await filtered.analyse({ path: 'deploy.sh', text: 'ssh -oStrictHostKeyChecking=no deploy@host true\n' }, { config: ALL, today: TODAY });
    assert.deepEqual(ssh.findings.map((f) => f.ruleId), ['shell/ssh-host-key-checking-disabled']);
    const php = await filtered.analyse({ path: 'page.php', text: '<?php\nECHO $_GET["name"];\n' }, { config: ALL, today: TODAY });
    assert.deepEqual(php.findings.map((f) => f.ruleId), ['php/echo-xss']);
  });

  it('needs the literals of an argument\'s text: expression, and parses no file without them', async () => {
    const match = { call: '*.update', args: { '0': { text: '^(req|request)\\.(body|params)$' } } };
    const rule = compile(match, { languages: ['javascript'] });
    assert.deepEqual(rule?.requirements?.[0]?.texts, [['req.body', 'req.params', 'request.body', 'request.params']]);
    // A query's capture counts too; an expression under `not` says nothing the file must hold.
    assert.deepEqual(compile({ query: '(call_expression) @match @c', captures: { c: { text: 'os\\.system' } } })?.requirements, [{ words: [], modules: [], texts: [['os.system']] }]);
    assert.deepEqual(compile({ call: 'run', args: { '0': { not: { text: '^shlex\\.quote' } } } })?.requirements?.[0]?.texts, []);
    const analyse = analyserOf(rule!);
    const other = await analyse({ path: 'users.js', text: 'User.update(form.body);\n' });
    assert.equal(other.parsed, false, 'the file holds none of the literals');
    const found = await analyse({ path: 'users.js', text: 'User.update(req.body);\n' });
    assert.equal(found.parsed, true);
    assert.deepEqual(found.findings.map((f) => f.ruleId), ['x/y']);
  });

  it('searches a file audited once for a text: expression loosened to hold on the whole file', async () => {
    // `find`/`get` are everywhere; what the argument's text must start with is not.
    const match = { call: '*.get', args: { '0': { built: true, text: "^['\"]\\s*//[^'\"?]*\\[" } } };
    const rule = compile(match, { languages: ['javascript'] });
    assert.deepEqual(rule?.requirements?.[0]?.patterns, ["['\"]\\s*//[^'\"?]*\\["]);
    const analyse = analyserOf(rule!);
    const client = await analyse({ path: 'api.js', text: 'axios.get("/api/users/" + id);\n' });
    assert.equal(client.parsed, false, 'no string in the file starts like the expression');
    const xpath = await analyse({ path: 'api.js', text: 'doc.get("//user[@id=\'" + id + "\']");\n' });
    assert.equal(xpath.parsed, true);
    assert.deepEqual(xpath.findings.map((f) => f.ruleId), ['x/y']);
    // An open document is parsed incrementally: its prefilter leaves the patterns out.
    const open = await analyse({ path: 'api.js', text: 'axios.get("/api/users/" + id);\n', key: 'file:///api.js' });
    assert.equal(open.parsed, true);
  });

  it('needs how a name begins where its first segment starts with a literal part (`$*.html`)', async () => {
    const rule = compile({ call: ['$*.html', 'jQuery*.html'] }, { languages: ['javascript'] });
    const patterns = rule?.requirements?.[0]?.patterns ?? [];
    assert.equal(patterns.length, 1);
    const head = new RegExp(patterns[0]!);
    for (const text of ['$("#x").html(s)', '$el.html(s)', '$el\n  .html(s)', '$el /* c */ .html(s)', '$el?.html(s)', '$el!.html(s)', '$<HTMLElement>("#x").html(s)', '$`#x`.html(s)', '$rows[0].html(s)', 'jQuery(el).html(s)', "import w from '$lib/widget'; w.html(s)", 'const w = require( "$lib/w" ); w.html(s)']) {
      assert.ok(head.test(text), text);
    }
    // `${` opens a template's substitution; `$1` in a replacement and `$` ending an expression begin no name.
    for (const text of ['el.html(`<b>${name}</b>`)', 's.replace(/(a)/, "$1").html()', 'if (/^a$/.test(s)) el.html(s)']) assert.ok(!head.test(text), text);
    const analyse = analyserOf(rule!);
    assert.equal((await analyse({ path: 'view.js', text: 'el.html(`<b>${name}</b>`);\n' })).parsed, false);
    const found = await analyse({ path: 'view.js', text: '$("#x").html(`<b>${name}</b>`);\n' });
    assert.deepEqual(found.findings.map((f) => f.ruleId), ['x/y']);
    // A language without a description of how its names begin gets none: the name's words still count.
    assert.equal(compile({ call: '$*.html' }, { languages: ['php'] })?.requirements?.[0]?.patterns, undefined);
  });

  it('needs the words of an inside: matcher\'s names with those of the alternative', async () => {
    const match = { property: ['password', 'pwd'], value: { literal: true }, inside: { anyOf: [{ call: ['mysql.createConnection', 'knex'] }, { new: 'pg.Pool', imports: ['pg'] }] } };
    const rule = compile(match, { languages: ['javascript'] });
    assert.deepEqual(rule?.requirements, [
      { words: [['password', 'mysql', 'createConnection'], ['password', 'knex'], ['pwd', 'mysql', 'createConnection'], ['pwd', 'knex']], modules: [], texts: [] },
      // The ancestor is matched by its names alone: its `imports` are not asked for.
      { words: [['password', 'pg', 'Pool'], ['pwd', 'pg', 'Pool']], modules: [], texts: [] },
    ]);
    const analyse = analyserOf(rule!);
    const form = await analyse({ path: 'form.js', text: 'render({ password: "hunter2" });\n' });
    assert.equal(form.parsed, false, 'a password outside any of the calls');
    const db = await analyse({ path: 'db.js', text: 'const db = knex({ connection: { password: "hunter2" } });\n' });
    assert.deepEqual(db.findings.map((f) => f.ruleId), ['x/y']);
    // An inside: made of a raw query bounds nothing.
    assert.deepEqual(compile({ call: 'eval', inside: { query: '(try_statement) @match' } })?.requirements, [{ words: [['eval']], modules: [], texts: [], called: ['eval'] }]);
  });

  it('needs, in a file audited once, the last word of a call\'s name where a call can name it', async () => {
    const rule = compile({ call: ['*.query', 'sequelize.literal'], args: { '0': { built: true } } }, { languages: ['javascript'] });
    assert.deepEqual(rule?.requirements?.[0]?.called, ['query', 'literal']);
    const analyse = analyserOf(rule!);
    const read = 'app.get("/", (req, res) => res.send(req.query.name + " " + `${sequelize.literal}`));\n';
    assert.equal((await analyse({ path: 'app.js', text: read })).parsed, false, 'the words occur, but no call can name them');
    const found = await analyse({ path: 'app.js', text: 'db.query("SELECT * FROM t WHERE id = " + req.query.id);\n' });
    assert.deepEqual(found.findings.map((f) => f.ruleId), ['x/y']);
    // Renamed where it is imported, the name is still found.
    const renamed = 'const { query: run } = require("./db");\nrun("SELECT * FROM t WHERE id = " + id);\n';
    assert.equal((await analyse({ path: 'app.js', text: renamed })).parsed, true);
    assert.equal((await analyse({ path: 'app.js', text: read, key: 'file:///app.js' })).parsed, true, 'an open document is parsed incrementally anyway');
    // Where calls need no parentheses (Ruby, shell, PHP's echo), none is asked for.
    assert.equal(compile({ call: 'system' }, { languages: ['ruby'] })?.requirements?.[0]?.called, undefined);
  });

  it('takes from the bundled rules.json the prefilters and requirements that compiling the sources derives', () => {
    // The build writes rules.json (server/out) with what each rule derives; a thread that starts takes it as it is.
    const bundled = JSON.parse(readFileSync(join(rulesDir(), '../../out/rules.json'), 'utf8')) as { path: string; rule: unknown; derived?: unknown }[];
    assert.ok(bundled.length > 300);
    assert.deepEqual(bundled.filter((e) => !e.derived).map((e) => e.path), [], 'every bundled rule compiles cleanly at build time');
    const shape = (set: ReturnType<typeof buildRuleSet>) => set.rules.map((r) => JSON.stringify([r.file, r.id, r.prefilter, r.prefilterWords, r.prefilterIgnoringCase?.source, r.requirements, r.fix?.title, r.textRegex?.source, r.textRegex?.flags]));
    const fromJson = buildRuleSet(bundled as Parameters<typeof buildRuleSet>[0], '');
    assert.deepEqual(fromJson.problems, []);
    assert.deepEqual(shape(fromJson), shape(buildRuleSet(readRuleFiles(rulesDir()), '')));
    // An entry without them is validated and derived as before: a broken one is a problem, not a rule.
    const broken = buildRuleSet([{ path: 'x/broken.yaml', rule: { id: 'x/broken' } }], '');
    assert.equal(broken.rules.length, 0);
    assert.ok(broken.problems.length > 0);
  });

  it('rejects keywords of one character', () => {
    const problems: RuleProblem[] = [];
    assert.equal(compile({ query: '(command) @match' }, { keywords: ['`'] }, problems), undefined);
    assert.match(problems[0]?.message ?? '', /keywords/);
  });

  it('parses no file that only holds words no rule needs', async () => {
    const r = await filtered.analyse({ path: 'plain.go', text: 'package plain\n\nfunc Add(a, b int) int {\n\treturn a + b\n}\n' }, { config: ALL, today: TODAY });
    assert.equal(r.parsed, false);
    const u = await unfiltered.analyse({ path: 'plain.go', text: 'package plain\n\nfunc Add(a, b int) int {\n\treturn a + b\n}\n' }, { config: ALL, today: TODAY });
    assert.equal(u.parsed, true, 'without the prefilter the same file is parsed');
  });

  it('parses a file for a text rule only when its pattern matches, and then still checks where the match is', async () => {
    const analyse = (text: string) => filtered.analyse({ path: 'notify.py', text }, { config: ALL, today: TODAY });
    // The keyword passes (twilio) but no token follows: the secrets rule needs no tree, and nothing else runs.
    const named = await analyse('# Twilio settings come from the deployment.\nSID = settings.twilio_sid\n');
    assert.equal(named.parsed, false);
    assert.deepEqual(named.findings, []);
    // A token-shaped value in a comment: the pattern matches, so the file is parsed and the string scope drops it.
    const token = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
    const inComment = await analyse(`# Twilio token was ${token}\nTOKEN = settings.twilio_token\n`);
    assert.equal(inComment.parsed, true);
    assert.deepEqual(inComment.findings.map((f) => f.ruleId), []);
    const inString = await analyse(`import os\n\n# Twilio\nclient = Client(os.environ["TWILIO_ACCOUNT_SID"], "${token}")\n`);
    const found = inString.findings.find((f) => f.ruleId === 'secrets/twilio-auth-token');
    assert.equal(found?.fixes[0]?.edits[0]?.newText, 'os.environ["TWILIO_AUTH_TOKEN"]', 'the fix, built from the tree, is offered');
  });
});
