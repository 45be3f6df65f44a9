// `node bench/compare.mjs BASE [CHANGED] [--sample 0.05] [--rounds 3]`: how much faster or slower the engine of one
// revision is than another's, on the same corpus files. Two separate runs of an audit on this kind of machine differ
// by 10-20% from one minute to the next, which hides any change of a few percent; here both engines run in one
// process, file by file in turn (which goes first alternates), so whatever slows the machine slows both alike, and
// the ratio of their times repeats within one or two percent (from round to round on a quarter of the corpus). CHANGED defaults to the working tree; BASE and
// CHANGED are anything `git worktree add` takes (HEAD~1, a commit, a branch); each revision is checked out once, as a
// git worktree under bench/corpus/.cache/revisions (`git worktree remove` drops one). Prints, per round, each
// engine's time and findings and the ratio; the first round includes the engines' warm-up.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { assembleCorpus } from './corpus.mjs';
import { auditedFiles, cacheDir, corpusDir, fmt, mb, root } from './lib.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i === -1) return fallback;
  const [value] = argv.splice(i, 2).slice(1);
  return Number(value);
};
const sample = option('--sample', 0.05);
const rounds = option('--rounds', 3);
const [base, changed] = argv;
if (!base || !(sample > 0 && sample <= 1) || !(rounds >= 1)) {
  console.error('usage: node bench/compare.mjs BASE [CHANGED] [--sample 0.05] [--rounds 3]');
  process.exit(2);
}

/** A source tree of `revision` (checked out once into the corpus cache), or the working tree. */
function sourceTree(revision) {
  if (revision === undefined) return root;
  const commit = execFileSync('git', ['rev-parse', '--verify', `${revision}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(cacheDir, 'revisions', commit);
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(join(cacheDir, 'revisions'), { recursive: true });
    execFileSync('git', ['worktree', 'add', '--detach', '--force', dir, commit], { cwd: root, stdio: 'ignore' });
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * The engine of a source tree, bundled inside that tree (the working tree's into the corpus cache), where it finds
 * that tree's rules, data and grammars as a development build does.
 */
async function engineOf(tree) {
  const out = join(tree === root ? cacheDir : tree, '.compare-engine.cjs');
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: {
      contents: `export { Engine } from './server/src/engine/engine'; export { loadBundledRules } from './server/src/engine/ruleset'; export { DEFAULT_CONFIG } from './server/src/engine/config';`,
      resolveDir: tree,
      loader: 'ts',
    },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'warning',
    alias: { 'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js'), 'web-tree-sitter': join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') },
  });
  const module = createRequire(import.meta.url)(out);
  return { engine: new module.Engine(module.loadBundledRules()), config: module.DEFAULT_CONFIG };
}

async function main() {
  await assembleCorpus();
  const [a, b] = [await engineOf(sourceTree(base)), await engineOf(sourceTree(changed))];
  const { files: all } = await auditedFiles(corpusDir);
  const step = Math.max(1, Math.round(1 / sample));
  const files = [];
  for (const f of all.filter((_, i) => i % step === 0)) {
    try {
      files.push({ path: f.path, text: readFileSync(f.path, 'utf8') });
    } catch {
      // (A file that went away since the walk is left out.)
    }
  }
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  console.log(`${files.length} files, ${fmt(mb(bytes))} MB; A = ${base}, B = ${changed ?? 'the working tree'}`);
  for (let round = 0; round < rounds; round++) {
    const time = [0, 0];
    const found = [0, 0];
    for (const [i, f] of files.entries()) {
      for (const k of (i + round) % 2 ? [0, 1] : [1, 0]) {
        const { engine, config } = k === 0 ? a : b;
        const started = performance.now();
        const result = await engine.analyse({ path: f.path, text: f.text }, { config });
        time[k] += performance.now() - started;
        found[k] += result.findings.length;
      }
    }
    console.log(`round ${round + 1}: A ${fmt(time[0] / 1000, 2)} s (${found[0]} findings), B ${fmt(time[1] / 1000, 2)} s (${found[1]} findings), B/A ${fmt(time[1] / time[0], 3)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
