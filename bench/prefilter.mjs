// `node bench/prefilter.mjs [--sample 0.1] [--check]`: how much of the corpus the keyword prefilter and the rules'
// gates keep away from the parser (a file no active rule can match is never parsed), per language; with --check,
// every sampled file is also analysed with the prefilter off, with every anchor node handed to the rules and whole
// files parsed (no focused parse), and the findings are compared (they must be the same: a prefilter may let
// through, never hold back, and a focused parse must read what the rules read).
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { assembleCorpus } from './corpus.mjs';
import { auditedFiles, bucketOf, cacheDir, corpusDir, fmt, mb, printTable, root } from './lib.mjs';

const argv = process.argv.slice(2);
const sampleIndex = argv.indexOf('--sample');
const sample = sampleIndex === -1 ? 0.1 : Number(argv[sampleIndex + 1]);
const check = argv.includes('--check');

/** The engine, bundled from the sources into the corpus cache (the shipped bundle exposes only the CLI and server). */
async function engineModule() {
  const out = join(cacheDir, 'engine.cjs');
  mkdirSync(cacheDir, { recursive: true });
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: {
      contents: `export { Engine } from './server/src/engine/engine'; export { loadBundledRules } from './server/src/engine/ruleset';
        export { classify } from './server/src/languages/registry'; export { DEFAULT_CONFIG } from './server/src/engine/config';
        export { anchorSearch } from './server/src/engine/match';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'warning',
    alias: { 'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js'), 'web-tree-sitter': join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') },
  });
  return createRequire(import.meta.url)(out);
}

async function main() {
  await assembleCorpus();
  const { Engine, loadBundledRules, classify, DEFAULT_CONFIG, anchorSearch } = await engineModule();
  const { files: all } = await auditedFiles(corpusDir);
  const step = Math.max(1, Math.round(1 / sample));
  const files = all.filter((_, i) => i % step === 0);
  const engine = new Engine(loadBundledRules());
  const reference = new Engine(loadBundledRules(), { prefilter: false, focus: false });
  const rows = new Map();
  const reasons = new Map();
  /** MB of files parsed for one rule alone: what a sharper prefilter for that rule would save. */
  const alone = new Map();
  let differ = 0;
  let checked = 0;
  for (const f of files) {
    let text;
    try {
      text = readFileSync(f.path, 'utf8');
    } catch {
      continue;
    }
    const bucket = bucketOf(f.path);
    const row = rows.get(bucket) ?? { files: 0, bytes: 0, parsedFiles: 0, parsedBytes: 0, focusedBytes: 0 };
    rows.set(bucket, row);
    row.files++;
    row.bytes += f.size;
    const fileClass = classify(f.path, text);
    if (fileClass.code) {
      const applicable = engine.applicableRules(fileClass.formats, f.path, DEFAULT_CONFIG);
      const passed = engine.prefiltered(applicable, text, { text }, [], fileClass.formats);
      const needTree = passed.filter((r) => r.match || r.module);
      if (needTree.length) {
        row.parsedFiles++;
        row.parsedBytes += f.size;
        // What a focused parse reads of it (as the engine decides; without its fallback on a syntax error).
        const ranges = text.includes('ai-audit-ignore') ? undefined : engine.focusRanges(fileClass.code, passed, text, passed.filter((r) => r.text && ((r.text.scope && r.text.scope !== 'any') || r.fix)), Infinity);
        row.focusedBytes += ranges ? (f.size * ranges.reduce((n, r) => n + r.endIndex - r.startIndex, 0)) / text.length : f.size;
        for (const r of needTree) reasons.set(`${bucket}\u0000${r.id}`, (reasons.get(`${bucket}\u0000${r.id}`) ?? 0) + f.size);
        if (needTree.length === 1) alone.set(`${bucket}\u0000${needTree[0].id}`, (alone.get(`${bucket}\u0000${needTree[0].id}`) ?? 0) + f.size);
      }
    }
    if (check && text.length <= 1_000_000) {
      const seen = (r) => r.findings.map((x) => `${x.ruleId} ${x.range.start.line}:${x.range.start.character} ${x.confidence} ${x.message} ${JSON.stringify(x.fixes.map((fix) => fix.edits.map((e) => [e.startOffset, e.endOffset, e.newText])))}`).sort().join('\n');
      const a = seen(await engine.analyse({ path: f.path, text }, { config: DEFAULT_CONFIG }));
      anchorSearch.mode = 'all';
      const b = seen(await reference.analyse({ path: f.path, text }, { config: DEFAULT_CONFIG }));
      anchorSearch.mode = 'text';
      checked++;
      if (a !== b) {
        differ++;
        console.log(`differs: ${f.path}`);
      }
    }
  }
  console.log(`\nPrefilter: files an audit parses (${files.length} files, a ${sample} sample of the corpus)`);
  printTable(['language', 'files', 'MB', 'parsed files', 'parsed MB', 'parsed share', 'MB the parser reads'], [...rows].sort().map(([b, r]) => [b, r.files, fmt(mb(r.bytes)), r.parsedFiles, fmt(mb(r.parsedBytes)), `${fmt((100 * r.parsedBytes) / Math.max(1, r.bytes), 0)}%`, fmt(mb(r.focusedBytes))]));
  const total = [...rows.values()].reduce((s, r) => ({ bytes: s.bytes + r.bytes, parsed: s.parsed + r.parsedBytes }), { bytes: 0, parsed: 0 });
  console.log(`never parsed: ${fmt(mb(total.bytes - total.parsed))} of ${fmt(mb(total.bytes))} MB (${fmt((100 * (total.bytes - total.parsed)) / total.bytes, 0)}%)`);
  console.log('\nRules that most often make a file parsed (MB of files they pass)');
  printTable(['language', 'rule', 'MB', 'MB for it alone'], [...reasons].sort((x, y) => y[1] - x[1]).slice(0, 15).map(([k, bytes]) => [...k.split('\u0000'), fmt(mb(bytes), 2), fmt(mb(alone.get(k) ?? 0), 2)]));
  console.log('\nRules that alone make a file parsed (MB of files no other rule needs)');
  printTable(['language', 'rule', 'MB'], [...alone].sort((x, y) => y[1] - x[1]).slice(0, 10).map(([k, bytes]) => [...k.split('\u0000'), fmt(mb(bytes), 2)]));
  if (check) console.log(`\ncheck: ${checked} files analysed with and without the prefilter and focused parsing: ${differ} differ`);
}

await main();
