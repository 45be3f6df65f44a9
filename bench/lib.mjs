// Helpers shared by the benchmarks: paths, the audit's own file walk (bundled from the sources on demand, so the
// peers read exactly the files ai-audit reads), language buckets, formatting and child processes with timings.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const benchDir = join(root, 'bench');
export const corpusDir = join(benchDir, 'corpus');
export const cacheDir = join(corpusDir, '.cache');
export const peersDir = join(benchDir, 'peers');

/** The language bucket of a file, by name: what the figures are broken down by. */
export function bucketOf(path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const ext = extname(name).toLowerCase();
  if (['.js', '.mjs', '.cjs', '.jsx'].includes(ext)) return 'JavaScript';
  if (['.ts', '.mts', '.cts', '.tsx'].includes(ext)) return 'TypeScript';
  if (ext === '.py') return 'Python';
  if (ext === '.go') return 'Go';
  if (['.yml', '.yaml', '.json', '.toml', '.cfg', '.ini'].includes(ext) || /^(Dockerfile|Containerfile)/.test(name)) return 'Config';
  return 'Other';
}

let walkModule;
/** ai-audit's own walk (server/src/audit/walk.ts), bundled once into the corpus cache. */
export async function auditWalk() {
  if (walkModule) return walkModule;
  const out = join(cacheDir, 'walk.cjs');
  mkdirSync(cacheDir, { recursive: true });
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [join(root, 'server/src/audit/walk.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'warning',
    alias: { 'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js'), 'web-tree-sitter': join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs') }, external: ['fs/promises', 'module'] });
  walkModule = createRequire(import.meta.url)(out);
  return walkModule;
}

/** The files an audit of `dir` reads (the CLI's walk with its defaults), with their sizes. */
export async function auditedFiles(dir) {
  const { collectFiles } = await auditWalk();
  const { files, skipped } = await collectFiles(dir, {});
  return { files: files.map((path) => ({ path, size: statSync(path).size })), skipped };
}

/** Sums files per language bucket. */
export function byBucket(files) {
  const table = new Map();
  for (const f of files) {
    const b = bucketOf(f.path);
    const row = table.get(b) ?? { files: 0, bytes: 0 };
    row.files++;
    row.bytes += f.size;
    table.set(b, row);
  }
  return table;
}

export const mb = (bytes) => bytes / 1e6;
export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** Prints rows as an aligned table. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const HAVE_TIME = existsSync('/usr/bin/time');

/**
 * Runs a program and measures it: wall time, CPU time (user + system of the child and its children) and peak
 * resident memory, from GNU time when installed. Never throws: a failed run is returned with its status.
 */
export function measure(command, args, options = {}) {
  return new Promise((resolve) => {
    const report = join(cacheDir, `time-${process.pid}-${Date.now()}.txt`);
    mkdirSync(cacheDir, { recursive: true });
    const [program, argv] = HAVE_TIME ? ['/usr/bin/time', ['-v', '-o', report, command, ...args]] : [command, args];
    const started = performance.now();
    const child = spawn(program, argv, { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { if (stdout.length < 4e6) stdout += d; });
    child.stderr.on('data', (d) => { if (stderr.length < 1e5) stderr += d; });
    child.on('close', (status) => {
      const wall = (performance.now() - started) / 1000;
      let cpu = NaN;
      let rssMb = NaN;
      if (HAVE_TIME && existsSync(report)) {
        const text = readFileSync(report, 'utf8');
        const num = (re) => Number(re.exec(text)?.[1]);
        cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
        rssMb = num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024;
        rmSync(report, { force: true });
      }
      resolve({ status, wall, cpu, rssMb, stdout, stderr });
    });
  });
}

/** Runs a command synchronously with inherited output; returns whether it succeeded. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

export { pathToFileURL };
