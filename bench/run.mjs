// `npm run bench`: assembles the corpus, then prints figures (never asserts): the workspace audit with one job
// and with every core, a re-audit of the unchanged corpus with the result cache, the peers on the same files (ESLint with security plugins, secretlint, bandit, ast-grep),
// on-type latency through the language server, and a summary table.
//   node bench/run.mjs                 everything
//   node bench/run.mjs --sample 0.1    a deterministic tenth of the audited files (for a quick look)
//   node bench/run.mjs --skip-peers --skip-latency
//   node bench/run.mjs --audit-runs 5  each workspace audit five times, the median reported (default 3)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { assembleCorpus } from './corpus.mjs';
import { latency, printLatency } from './latency.mjs';
import { auditedFiles, bucketOf, cacheDir, corpusDir, fmt, mb, measure, peersDir, printTable, root, run } from './lib.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const sampleIndex = argv.indexOf('--sample');
const sample = sampleIndex === -1 ? 1 : Number(argv[sampleIndex + 1]);
const runsIndex = argv.indexOf('--audit-runs');
const auditRuns = runsIndex === -1 ? 3 : Math.max(1, Math.round(Number(argv[runsIndex + 1])) || 1);
const cli = join(root, 'server/out/cli.js');
const cores = availableParallelism();
/** Files per command line: well under the kernel's argument limit. */
const BATCH = 1500;

/** Every n-th file, so a sample is the same from run to run. */
function sampled(files) {
  if (sample >= 1) return files;
  const step = Math.round(1 / sample);
  return files.filter((_, i) => i % step === 0);
}

/**
 * Runs `command prefix… files…` in batches; sums wall and CPU time, keeps the peak memory. `crashedOn` names the
 * file a failed run stopped at (a peer that gives up on the whole batch when one of its rules throws): that file is
 * left out and the batch run again, only the run that finishes counting.
 */
async function timed(label, command, prefix, files, options = {}) {
  const total = { label, files: files.length, bytes: files.reduce((s, f) => s + f.size, 0), wall: 0, cpu: 0, rssMb: 0, failed: 0, skipped: [] };
  for (let i = 0; i < files.length; i += BATCH) {
    let batch = files.slice(i, i + BATCH);
    for (;;) {
      const r = await measure(command, [...prefix, ...batch.map((f) => f.path)], options);
      // Linters exit 1 when they find something; only other statuses count as failures.
      const ok = r.status === 0 || r.status === 1;
      const crashed = !ok && options.crashedOn?.(r.stderr);
      if (crashed && batch.some((f) => f.path === crashed) && total.skipped.length < 50) {
        batch = batch.filter((f) => f.path !== crashed);
        total.skipped.push(crashed);
        continue;
      }
      total.wall += r.wall;
      total.cpu += r.cpu;
      total.rssMb = Math.max(total.rssMb, r.rssMb);
      if (!ok) {
        total.failed++;
        total.error = r.stderr.trim().split('\n').slice(-2).join(' ');
      }
      break;
    }
  }
  return total;
}

const auditArgs = (jobs, extra = []) => ['scan', '--format', 'json', '--output', '/dev/null', '--fail-on', 'none', '--quiet', '--jobs', String(jobs), ...extra];

function ensureBuilt() {
  if (!existsSync(cli) || !existsSync(join(root, 'server/out/server.js'))) run(process.execPath, ['esbuild.config.mjs', '--production']);
}

function ensurePeers() {
  if (existsSync(join(peersDir, 'node_modules/.bin/eslint'))) return true;
  console.log('peers: installing into bench/peers (not a dependency of ai-audit)');
  return run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: peersDir });
}

const ratio = (peer, ours) => (ours.wall > 0 ? fmt(peer.wall / ours.wall, 2) : '–');

async function main() {
  await assembleCorpus();
  ensureBuilt();
  const { files: all } = await auditedFiles(corpusDir);
  const files = sampled(all);
  const part = (buckets) => files.filter((f) => buckets.includes(bucketOf(f.path)));
  const js = part(['JavaScript', 'TypeScript']);
  const py = part(['Python']);
  console.log(`\nAuditing ${files.length} files, ${fmt(mb(files.reduce((s, f) => s + f.size, 0)))} MB${sample < 1 ? ` (a ${sample} sample)` : ''}; ${cores} cores`);

  // The workspace audit: the folder itself with the full corpus, else the sampled files.
  const audit = async (jobs, extra = [], label = `ai-audit --jobs ${jobs}`) => (sample >= 1 ? { ...(await measure(process.execPath, [cli, ...auditArgs(jobs, extra), corpusDir])), files: files.length, bytes: files.reduce((s, f) => s + f.size, 0), label } : timed(label, process.execPath, [cli, ...auditArgs(jobs, extra)], files));
  // Every file is read once before the first timed run, so that each run (ours and the peers') reads them from the
  // page cache: otherwise the first run waits for the disk (a single-job audit took 44.7 s for 33.9 s of CPU).
  for (const f of files) {
    try {
      readFileSync(f.path);
    } catch {
      // (A file that went away since the walk is left to the runs to report.)
    }
  }
  // Two runs of the same audit on this kind of machine differ by 10-20% from one minute to the next: each audit runs
  // `--audit-runs` times (3 by default), in turn with the other, and the run of median wall time is the figure. All
  // the runs' times are printed.
  const runsOne = [];
  const runsMany = [];
  for (let i = 0; i < auditRuns; i++) {
    runsOne.push(await audit(1));
    if (cores > 1) runsMany.push(await audit(cores));
  }
  const median = (runs) => [...runs].sort((a, b) => a.wall - b.wall)[Math.floor((runs.length - 1) / 2)];
  const one = median(runsOne);
  const many = cores > 1 ? median(runsMany) : one;
  if (auditRuns > 1) for (const r of new Set([one, many])) r.label += `, median of ${auditRuns}`;
  const walls = (runs) => runs.map((r) => `${fmt(r.wall, 2)} s (${fmt(mb(r.bytes) / r.wall, 2)} MB/s)`).join(', ');
  console.log(`\nAudit runs, in the order run: 1 job ${walls(runsOne)}${cores > 1 ? `; ${cores} jobs ${walls(runsMany)}` : ''}`);
  // A re-audit with the result cache: a first run fills it (its cost over a plain run is hashing and writing), a
  // second finds nothing changed. A folder as the location gives each batch of a sample its own cache file.
  const cacheAt = join(cacheDir, 'audit-cache');
  rmSync(cacheAt, { recursive: true, force: true });
  const cacheArgs = ['--cache', '--cache-location', `${cacheAt}/`];
  const filling = await audit(cores, cacheArgs, `ai-audit --jobs ${cores} --cache, filling it`);
  const unchanged = await audit(cores, cacheArgs, `ai-audit --jobs ${cores} --cache, nothing changed`);
  console.log('\nWorkspace audit');
  printTable(['run', 'files', 'MB', 'wall s', 'CPU s', 'files/s', 'MB/s', 'peak RSS MB'], [one, many, filling, unchanged].map((r) => [r.label, r.files, fmt(mb(r.bytes)), fmt(r.wall, 2), fmt(r.cpu, 2), fmt(r.files / r.wall, 0), fmt(mb(r.bytes) / r.wall, 2), fmt(r.rssMb, 0)]));

  const comparisons = [];
  if (!flag('--skip-peers') && ensurePeers()) {
    const bin = (name) => join(peersDir, 'node_modules/.bin', name);
    // ai-audit on each peer's files with one job (every peer but ast-grep runs on one thread by default) and with
    // every core (ai-audit's default, `--jobs auto`; ESLint's `--concurrency auto` is timed too).
    const ours = async (label, subset) => ({ one: await timed(label, process.execPath, [cli, ...auditArgs(1)], subset), many: cores > 1 ? await timed(label, process.execPath, [cli, ...auditArgs(cores)], subset) : undefined });
    const jsOurs = await ours('ai-audit (JS/TS)', js);
    // ESLint and secretlint run from the corpus folder: both leave out (ESLint silently, with --no-warn-ignored)
    // files outside the folder they run in. A probe checks that ESLint lints what it is given.
    const eslintArgs = ['--config', join(peersDir, 'eslint.config.mjs'), '--no-config-lookup', '--no-warn-ignored', '--format', 'json'];
    const probe = js.length ? await measure(bin('eslint'), [...eslintArgs, js[0].path], { cwd: corpusDir }) : undefined;
    // A rule that throws stops ESLint on the whole batch (@microsoft/sdl/no-insecure-random on `require(name)`).
    const crashedOn = (stderr) => /Occurred while linting (.+?)(?::\d+)?\n/.exec(stderr)?.[1];
    const eslint = await timed('ESLint + security plugins', bin('eslint'), [...eslintArgs, '--output-file', '/dev/null'], js, { cwd: corpusDir, crashedOn });
    if (probe && !/"filePath"/.test(probe.stdout)) Object.assign(eslint, { failed: eslint.failed + 1, error: `ESLint linted none of the files it was given: ${probe.stdout.slice(0, 200)} ${probe.stderr.trim().slice(-200)}` });
    comparisons.push([eslint, jsOurs]);
    if (cores > 1) comparisons.push([await timed('ESLint + security plugins, --concurrency auto', bin('eslint'), [...eslintArgs, '--concurrency', 'auto', '--output-file', '/dev/null'], js, { cwd: corpusDir, crashedOn }), jsOurs]);
    comparisons.push([await timed('ast-grep (8 patterns, all cores)', bin('ast-grep'), ['scan', '--rule', join(peersDir, 'ast-grep.yml'), '--json=compact'], js, { cwd: peersDir }), jsOurs]);
    const allOurs = await ours('ai-audit (all files)', files);
    comparisons.push([await timed('secretlint (recommended)', bin('secretlint'), ['--secretlintrc', join(peersDir, '.secretlintrc.json'), '--format', 'json', '--no-color'], files, { cwd: corpusDir }), allOurs]);
    // Debian's bandit, installed the way the corpus installs Go's sources (as root, where apt-get is at hand).
    if (!existsSync('/usr/bin/bandit') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      console.log('peers: installing bandit with apt-get');
      spawnSync('apt-get', ['install', '-y', 'bandit'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
    if (existsSync('/usr/bin/bandit')) comparisons.push([await timed('bandit', '/usr/bin/bandit', ['-q', '-f', 'json', '-o', '/dev/null'], py), await ours('ai-audit (Python)', py)]);
    else console.log('peers: bandit is not installed (apt-get install -y bandit); skipped');
    console.log(`\nPeers on the same files (one process each, batches of up to 1,500 files; ratio = peer time / ai-audit time)`);
    printTable(['peer', 'files', 'MB', 'peer wall s', 'peer RSS MB', 'ai-audit 1 job s', 'ratio, 1 job', `ai-audit ${cores} jobs s`, `ratio, ${cores} jobs`], comparisons.map(([p, o]) => [`${p.label}${p.failed ? ' (errors)' : ''}`, p.files, fmt(mb(p.bytes)), fmt(p.wall, 2), fmt(p.rssMb, 0), fmt(o.one.wall, 2), ratio(p, o.one), o.many ? fmt(o.many.wall, 2) : '–', o.many ? ratio(p, o.many) : '–']));
    for (const [p] of comparisons) if (p.failed) console.log(`peers: ${p.label} failed on ${p.failed} batch(es): ${p.error}`);
    for (const [p] of comparisons) if (p.skipped?.length) console.log(`peers: ${p.label} crashed on ${p.skipped.length} file(s), left out of its time (ai-audit's includes them): ${p.skipped.join(', ')}`);
  }

  let lat;
  if (!flag('--skip-latency')) {
    lat = await latency();
    printLatency(lat);
  }

  console.log('\nSummary');
  const medianNote = auditRuns > 1 ? `, median of ${auditRuns}` : '';
  const rows = [
    [`audit, 1 job${medianNote}`, `${fmt(one.files / one.wall, 0)} files/s, ${fmt(mb(one.bytes) / one.wall, 2)} MB/s, ${fmt(one.rssMb, 0)} MB peak`],
    [`audit, ${cores} jobs${medianNote}`, `${fmt(many.files / many.wall, 0)} files/s, ${fmt(mb(many.bytes) / many.wall, 2)} MB/s, ${fmt(many.rssMb, 0)} MB peak`],
    ['re-audit, nothing changed (--cache)', `${fmt(unchanged.files / unchanged.wall, 0)} files/s, ${fmt(mb(unchanged.bytes) / unchanged.wall, 2)} MB/s, ${fmt(unchanged.rssMb, 0)} MB peak`],
    ...comparisons.map(([p, o]) => [p.label, `${ratio(p, o.one)}× ai-audit's time with 1 job${o.many ? `, ${ratio(p, o.many)}× with ${cores}` : ''}`]),
    ...(lat ? lat.edits.map((e) => [`on-type ${e.language} ${e.lines} lines${e.typing ? `, ${e.typing}` : ""}`, `p50 ${fmt(e.p50)} / p95 ${fmt(e.p95)} / p99 ${fmt(e.p99)} ms`]) : []),
    ...(lat ? [['cold start', `${fmt(lat.coldStartMs, 0)} ms`], ['RSS, 200 open files', `${fmt(lat.rssAfter200Mb, 0)} MB`]] : []),
    ...(lat?.audit ? [
      ['server audit of the corpus', `${fmt(lat.audit.first.seconds, 1)} s, RSS after ${fmt(lat.audit.rssAfterMb, 0)} MB (peak ${fmt(lat.audit.peakMb, 0)} MB)`],
      ['server re-audit, nothing changed', `${fmt(lat.audit.again.seconds, 1)} s`],
    ] : []),
  ];
  printTable(['figure', 'value'], rows);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'last-run.json'), JSON.stringify({ sample, cores, one, many, filling, unchanged, comparisons, latency: lat }, (k, v) => (k === 'stdout' || k === 'stderr' ? undefined : v), 2));
}

await main();
