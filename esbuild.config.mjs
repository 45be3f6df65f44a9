// Builds the three bundles (extension client, language server, CLI) plus the audit worker, and copies what they
// load at run time: the tree-sitter WASM grammars, the rule data (parsed once here) and the rule documentation.
//   node esbuild.config.mjs               development build
//   node esbuild.config.mjs --production  minified, no source maps (what the .vsix ships)
//   node esbuild.config.mjs --watch       rebuild on change
//   node esbuild.config.mjs --tests       also transpile server/ and test/ to out/ for mocha
import * as esbuild from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');

/** Every file under `dir` (recursively) whose name passes `keep`. */
function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, keep) : keep(name) ? [full] : [];
  });
}

/** Copies the WASM runtime and grammars next to the server bundle. */
function copyGrammars() {
  const out = join(root, 'server/out/grammars');
  mkdirSync(out, { recursive: true });
  cpSync(join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'), join(out, 'web-tree-sitter.wasm'));
  const grammarDir = join(root, 'node_modules/@vscode/tree-sitter-wasm/wasm');
  for (const name of readdirSync(grammarDir)) {
    if (name.startsWith('tree-sitter-') && name.endsWith('.wasm')) cpSync(join(grammarDir, name), join(out, name));
  }
}

/**
 * The rule compiler of the sources (server/src/engine/ruleset.ts), bundled and loaded here, so that the build
 * derives what each rule needs exactly as the server and the CLI would.
 */
async function ruleCompiler() {
  const [bundle] = (await esbuild.build({ ...common, entryPoints: [join(root, 'server/src/engine/ruleset.ts')], write: false, sourcemap: false, minify: false })).outputFiles;
  const file = join(root, 'server/out/.rule-compiler.cjs');
  writeFileSync(file, bundle.text);
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Parses every rule YAML once and writes rules.json, with what each rule that compiles cleanly derives (its
 * prefilter and requirements: a thread that starts takes those as they are); copies the rule documentation.
 */
async function buildRuleData() {
  const rulesDir = join(root, 'server/src/rules');
  mkdirSync(join(root, 'server/out'), { recursive: true });
  const { deriveRule } = await ruleCompiler();
  const rules = [];
  for (const file of walk(rulesDir, (n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml')).sort()) {
    const rel = relative(rulesDir, file).split('\\').join('/');
    let rule;
    try {
      rule = parseYaml(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${rel}: ${error.message}`);
    }
    // (A rule with problems is stored without: every thread reports them, as for a rule of the user's.)
    const problems = [];
    const derived = deriveRule(rel, rule, problems);
    rules.push({ path: rel, rule, ...(derived && problems.length === 0 ? { derived } : {}) });
  }
  writeFileSync(join(root, 'server/out/rules.json'), JSON.stringify(rules));
  const docsOut = join(root, 'server/out/docs');
  rmSync(docsOut, { recursive: true, force: true });
  for (const file of walk(rulesDir, (n) => n.endsWith('.md') && n !== 'README.md')) {
    const target = join(docsOut, relative(rulesDir, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  const dataDir = join(root, 'server/src/data');
  if (existsSync(dataDir)) cpSync(dataDir, join(root, 'server/out/data'), { recursive: true });
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  alias: {
    // jsonc-parser's UMD entry uses a dynamic require that bundlers cannot follow; its ESM entry bundles cleanly.
    'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js',
    // web-tree-sitter's ESM entry relies on import.meta.url, which a CommonJS bundle does not have.
    'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs',
  },
  // web-tree-sitter probes for these at run time in other environments only.
  external: ['vscode', 'fs/promises', 'module'],
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/audit/worker.ts'], outfile: 'server/out/worker.js' },
].filter((b) => existsSync(join(root, b.entryPoints[0])));

copyGrammars();
await buildRuleData();

if (watch) {
  for (const b of bundles) await (await esbuild.context({ ...common, ...b })).watch();
  console.log('watching…');
} else {
  const results = await Promise.allSettled(bundles.map((b) => esbuild.build({ ...common, ...b })));
  const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [bundles[i].outfile] : []));
  if (failed.length) {
    // With --tests the transpiled modules are still built, so suites that do not need a broken bundle can run.
    console.error(`bundle(s) failed: ${failed.join(', ')}`);
    if (!tests) process.exit(1);
  }
}

if (tests) {
  // Transpile (no bundling) so mocha can load each module on its own; paths under out/ mirror the sources.
  const entryPoints = [
    ...walk(join(root, 'server/src'), (n) => n.endsWith('.ts')),
    // The client's editor-free modules (block tracking) have unit tests; transpiling the rest is harmless.
    ...walk(join(root, 'client/src'), (n) => n.endsWith('.ts')),
    ...walk(join(root, 'test'), (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')),
    ...walk(join(root, 'bench'), (n) => n.endsWith('.ts')).filter((f) => !/[\\/]bench[\\/](corpus|peers)[\\/]/.test(f)),
    ...walk(join(root, 'scripts'), (n) => n.endsWith('.ts')),
  ].filter((f) => !f.includes(`${join('test', 'e2e', 'suite')}`));
  await esbuild.build({
    entryPoints,
    outdir: join(root, 'out'),
    outbase: root,
    bundle: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
