/**
 * Finding nodes from the places a word is written: the bindings of a name found that way are the bindings a walk
 * over every node of the scope finds, in every language and scope of the rule fixtures.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { Parser, type Node } from 'web-tree-sitter';
import { classify, codeLanguage, loadGrammar } from '../../server/src/languages/registry';
import { lineage, nodesAroundWord, placesOf } from '../../server/src/languages/query';
import { assignedValues } from '../../server/src/rules/llm/syntax';
import { Engine, editTree } from '../../server/src/engine/engine';
import { loadBundledRules } from '../../server/src/engine/ruleset';
import { ALL, TODAY } from '../helpers';
import { filesUnder, rulesDir } from '../helpers';

/** The reference: every wanted node of the scope, walked node by node. */
/**
 * The descendants of `node` of the `wanted` types, in document order, without entering subtrees of the `skip` types
 * (nested functions, say); wanted nodes are entered only with `enterWanted`. Walked with a tree cursor, which
 * hands JavaScript a node only where one is wanted.
 */
function descendantsOutside(node: Node, wanted: ReadonlySet<string>, skip: ReadonlySet<string>, enterWanted: boolean): Node[] {
  const out: Node[] = [];
  const cursor = node.walk();
  try {
    if (!cursor.gotoFirstChild()) return out;
    let depth = 1;
    for (;;) {
      const type = cursor.nodeType;
      let enter = !skip.has(type);
      if (enter && wanted.has(type) && cursor.nodeIsNamed) {
        out.push(cursor.currentNode);
        enter = enterWanted;
      }
      if (enter && cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (--depth === 0 || !cursor.gotoParent()) return out;
      }
    }
  } finally {
    cursor.delete();
  }
}

describe('nodes around a word', function () {
  this.timeout(120_000);

  it("finds a name's bindings in each scope as a walk over every node does", async () => {
    const fixtures = filesUnder(rulesDir()).filter((f) => /\.(py|js|ts|go|java|cs|php|rb|sh|cpp|rs|ps1)$/.test(f) && !/\.fixed\./.test(f) && !/\/(index|fixes|modules|syntax)\.ts$/.test(f));
    const languages = new Set<string>();
    let compared = 0;
    for (const file of fixtures) {
      const text = readFileSync(file, 'utf8');
      const language = classify(file, text).code;
      if (!language) continue;
      const grammar = await loadGrammar(language);
      const parser = new Parser();
      parser.setLanguage(grammar);
      const tree = parser.parse(text)!;
      const binding = new Set(language.kinds.binding);
      const fn = new Set(language.kinds.function);
      const scopes = [tree.rootNode, ...tree.rootNode.descendantsOfType(language.kinds.function).filter((n): n is Node => !!n)];
      for (const scope of scopes) {
        const expected = new Map<string, number[]>();
        for (const n of descendantsOutside(scope, binding, fn, true)) {
          for (const b of language.bindings(n)) expected.set(b.name, [...(expected.get(b.name) ?? []), n.id]);
        }
        for (const name of [...expected.keys(), 'undeclaredName']) {
          const found: number[] = [];
          for (const n of nodesAroundWord(scope, text, name.length > 1 ? name.replace(/^\$/, '') : name, binding, fn)) {
            for (const b of language.bindings(n)) if (b.name === name) found.push(n.id);
          }
          assert.deepEqual(found, expected.get(name) ?? [], `${file}: ${name} in the scope at ${scope.startPosition.row + 1}`);
          compared++;
        }
      }
      languages.add(language.id);
      tree.delete();
      parser.delete();
    }
    assert.ok(languages.size >= 8 && compared > 500, `${languages.size} languages, ${compared} names`);
  });
  it('finds no place for an empty name (a missing identifier in half-typed code)', () => {
    let places = 0;
    for (const _ of placesOf('exec(cmd + )', '', 0, 12)) if (++places > 3) break;
    assert.equal(places, 0);
  });

  it('finds a word within the bounds it is given, whole, as a search of the whole text does', () => {
    const text = 'xfoo foo foox foo';
    const all = (start: number, end: number) => [...placesOf(text, 'foo', start, end)];
    // The character before the start and the one after the end still decide what is a whole word.
    assert.deepEqual(all(1, 4), []);
    assert.deepEqual(all(9, 12), []);
    assert.deepEqual(all(5, 8), [5]);
    assert.deepEqual(all(0, text.length), [5, 14]);
    assert.deepEqual(all(6, text.length), [14]);
  });

  it('finds the places of a word as the whole-word regular expression does, within any bounds', () => {
    // The reference: `(?<!\w)word(?![\w$])` tried at every offset of the whole text (so a word like `..` may
    // overlap itself), matches that lie between the bounds.
    const reference = (text: string, word: string, start: number, end: number) => {
      const pattern = new RegExp(`(?<!\\w)${word.replace(/[$.*+?^{}()|[\]\\]/g, '\\$&')}(?![\\w$])`, 'y');
      const out: number[] = [];
      for (let at = start; at + word.length <= end; at++) {
        pattern.lastIndex = at;
        if (pattern.test(text)) out.push(at);
      }
      return out;
    };
    const alphabet = fc.constantFrom('a', 'b', '_', '$', '1', ' ', '.', '(', 'é', '\n');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: alphabet, minLength: 1, maxLength: 3 }), fc.nat(45), fc.nat(45), (text, word, a, b) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        assert.deepEqual([...placesOf(text, word, start, end)], reference(text, word, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads parents again after the tree is edited (its nodes moved)', async () => {
    const before = 'def f():\n    x = 1\n';
    const after = '\n\n' + before;
    const language = classify('/work/a.py', before).code!;
    const parser = new Parser();
    parser.setLanguage(await loadGrammar(language));
    const tree = parser.parse(before)!;
    const one = tree.rootNode.descendantForIndex(before.indexOf('1'))!;
    assert.equal(lineage(one).parent!.startIndex, before.indexOf('x'));
    editTree(tree, before, after);
    const moved = tree.rootNode.descendantForIndex(after.indexOf('1'))!;
    assert.equal(lineage(moved).parent!.startIndex, after.indexOf('x'));
    tree.delete();
    parser.delete();
  });

  it('reads assigned values at the right offsets when the file starts with blank lines', async () => {
    const text = '\n\n\n  const payload = atob(blob);\n  run(payload);\n';
    const language = classify('/work/a.js', text).code!;
    const grammar = await loadGrammar(language);
    const parser = new Parser();
    parser.setLanguage(grammar);
    const tree = parser.parse(text)!;
    const use = tree.rootNode.descendantForIndex(text.lastIndexOf('payload'))!;
    assert.deepEqual(assignedValues('payload', use, { language, imports: new Map() }).map((n) => n.text), ['atob(blob)']);
    tree.delete();
    parser.delete();
  });

  it("follows a call to the function of that name, not to one whose name ends with it", async () => {
    const engine = new Engine(loadBundledRules());
    const text = "const { exec } = require('child_process');\nfunction list() { return 'ls'; }\nfunction $list(req) { return req.query.dir; }\napp.get('/', (req, res) => exec(list()));\n";
    const result = await engine.analyse({ path: '/work/app.js', text }, { config: ALL, today: TODAY });
    assert.ok(!result.findings.some((f) => /Untrusted data/.test(f.message)), JSON.stringify(result.findings.map((f) => f.message)));
  });

  it("finds Go's import declarations from the word import as a walk over the top level does: every Go fixture, and imports after code, in strings and comments", async () => {
    const go = codeLanguage('go');
    const parser = new Parser();
    parser.setLanguage(await loadGrammar(go));
    /** The reference: each import spec of each top-level import declaration, walked. */
    const walked = (root: Node) => {
      const map = new Map<string, string>();
      for (const d of root.namedChildren) {
        if (d?.type !== 'import_declaration') continue;
        for (const spec of d.descendantsOfType('import_spec')) {
          const path = spec!.childForFieldName('path')!.text.slice(1, -1);
          const alias = spec!.childForFieldName('name')?.text;
          map.set(alias && alias !== '_' && alias !== '.' ? alias : path.split('/').filter((p) => !/^v\d+$/.test(p)).pop()!, path);
        }
      }
      return [...map];
    };
    const texts = filesUnder(rulesDir()).filter((f) => f.endsWith('.go')).map((f) => readFileSync(f, 'utf8'));
    texts.push('\n\n// import "fmt"\npackage main\nimport (\n  "os/exec"\n  sh "github.com/x/import"\n)\nvar s = "import"\nfunc f() { exec.Command(s) }\nimport "crypto/md5"\nimport . "strings"\n');
    let compared = 0;
    for (const text of texts) {
      const tree = parser.parse(text)!;
      assert.deepEqual([...go.imports(tree.rootNode)], walked(tree.rootNode), text.slice(0, 200));
      compared += walked(tree.rootNode).length;
      tree.delete();
    }
    assert.ok(compared > 20, `${compared} imports compared`);
    parser.delete();
  });
});
