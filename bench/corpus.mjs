// Assembles the benchmark corpus in bench/corpus/ (gitignored) from real code nobody here wrote: the published
// sources of large npm packages (fetched with `npm pack`), the installed Python's standard library and Go's source
// tree from Debian's golang-*-src package, plus the workflow and config files those trees carry. Idempotent and
// cached: a package or tree already in place is kept. Prints the size and file count per language, both of the
// whole corpus and of the part an audit reads (the CLI's walk leaves out dist/, vendor/, build/ and the like).
//   node bench/corpus.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditedFiles, byBucket, corpusDir, cacheDir, fmt, mb, printTable } from './lib.mjs';

/** Large npm packages, in the order they are added until the audited JS/TS part reaches the target. */
const NPM_PACKAGES = [
  'typescript', '@angular/core', 'rxjs', 'lodash', 'three', 'webpack', 'eslint', 'react-dom', 'next', '@babel/core',
  'prettier', 'monaco-editor', '@angular/compiler', '@angular/common', '@babel/parser', '@babel/traverse', 'vue',
  'svelte', 'rollup', 'vite', 'terser', 'jest-circus', 'mongoose', 'sequelize', 'typeorm', 'aws-cdk-lib',
  '@mui/material', 'antd', 'echarts', 'moment', 'date-fns', 'ajv', 'express', 'koa', 'fastify', 'pdfjs-dist',
];
/** The JS/TS part an audit reads must reach this many bytes. */
const JS_TARGET = 60e6;
/** The whole corpus must reach this many bytes. */
const TOTAL_TARGET = 150e6;

const npmDir = join(corpusDir, 'npm');
const tarballs = join(cacheDir, 'tarballs');

/** Bytes of audited JavaScript and TypeScript below a folder. */
async function jsBytes(dir) {
  if (!existsSync(dir)) return 0;
  const { files } = await auditedFiles(dir);
  let total = 0;
  for (const [bucket, row] of byBucket(files)) if (bucket === 'JavaScript' || bucket === 'TypeScript') total += row.bytes;
  return total;
}

/** Fetches and unpacks one npm package into corpus/npm/<name>; false when it cannot be fetched. */
function fetchPackage(name) {
  const target = join(npmDir, name.replace('/', '__'));
  if (existsSync(join(target, 'package.json'))) return true;
  mkdirSync(tarballs, { recursive: true });
  // A registry hiccup must not change which packages make up the corpus: three tries before giving up.
  let packed;
  for (let attempt = 1; attempt <= 3; attempt++) {
    // The JSON lists every file of the package (next's runs past a megabyte, spawnSync's default buffer).
    packed = spawnSync('npm', ['pack', name, '--json', '--pack-destination', tarballs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (packed.status === 0) break;
  }
  if (packed.status !== 0) {
    console.log(`corpus: npm pack ${name} failed; skipped (${packed.error?.message ?? packed.stderr.trim().split('\n').pop()})`);
    return false;
  }
  const [{ filename, version }] = JSON.parse(packed.stdout);
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync('tar', ['xzf', join(tarballs, filename.replace('@', '').replace('/', '-')), '-C', staging, '--strip-components=1', '--no-same-owner']);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  console.log(`corpus: ${name}@${version}`);
  return true;
}

/** Copies a source tree once (regular files and folders only; symbolic links and caches are left out). */
function copyTree(source, target, skip) {
  if (existsSync(join(target, '.complete'))) return true;
  if (!source || !existsSync(source)) return false;
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (path) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (skip.has(name)) return false;
      const info = statSync(path, { throwIfNoEntry: false });
      return !!info && (info.isDirectory() || info.isFile());
    },
  });
  writeFileSync(join(target, '.complete'), `${source}\n`);
  console.log(`corpus: copied ${source}`);
  return true;
}

function pythonStdlib() {
  const result = spawnSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Go's source tree from Debian: golang-src (or golang-1.xx-src), installed with apt-get when missing. */
function goSource() {
  const find = () => {
    // Debian puts the tree in /usr/share/go-1.xx/src (golang-1.xx-src), with /usr/lib/go-1.xx linking to it.
    const candidates = [];
    for (const base of ['/usr/share', '/usr/lib']) {
      if (!existsSync(base)) continue;
      for (const n of readdirSync(base)) if (/^go-1\.\d+$/.test(n) && existsSync(join(base, n, 'src'))) candidates.push({ dir: join(base, n, 'src'), minor: Number(n.split('.')[1]) });
    }
    candidates.sort((a, b) => b.minor - a.minor);
    return candidates[0]?.dir ?? (existsSync('/usr/share/go/src') ? '/usr/share/go/src' : undefined);
  };
  let found = find();
  if (!found) {
    console.log('corpus: installing golang-src with apt-get');
    spawnSync('apt-get', ['install', '-y', 'golang-src'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    found = find();
  }
  return found;
}

async function main() {
  mkdirSync(npmDir, { recursive: true });
  if (!copyTree(pythonStdlib(), join(corpusDir, 'python-stdlib'), new Set(['site-packages', '__pycache__', 'lib-dynload', 'config-3.11-x86_64-linux-gnu']))) console.log('corpus: no python3 standard library found; the Python part is missing');
  if (!copyTree(goSource(), join(corpusDir, 'go-src'), new Set())) console.log('corpus: no Go source tree (apt-get install golang-src); the Go part is missing');

  let js = await jsBytes(npmDir);
  for (const name of NPM_PACKAGES) {
    if (js >= JS_TARGET && existsSync(join(npmDir, name.replace('/', '__')))) continue;
    if (js >= JS_TARGET) break;
    if (fetchPackage(name)) js = await jsBytes(npmDir);
  }

  const everything = (await auditedFiles(corpusDir)).files;
  const all = [];
  const listAll = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.name === '.cache') continue;
      if (entry.isDirectory()) listAll(full);
      else if (entry.isFile()) all.push({ path: full, size: statSync(full).size });
    }
  };
  listAll(corpusDir);
  const whole = byBucket(all);
  const audited = byBucket(everything);
  const rows = [...new Set([...whole.keys(), ...audited.keys()])].sort().map((bucket) => {
    const w = whole.get(bucket) ?? { files: 0, bytes: 0 };
    const a = audited.get(bucket) ?? { files: 0, bytes: 0 };
    return [bucket, w.files, fmt(mb(w.bytes)), a.files, fmt(mb(a.bytes))];
  });
  const sum = (t) => [...t.values()].reduce((s, r) => ({ files: s.files + r.files, bytes: s.bytes + r.bytes }), { files: 0, bytes: 0 });
  const totalAll = sum(whole);
  const totalAudited = sum(audited);
  rows.push(['total', totalAll.files, fmt(mb(totalAll.bytes)), totalAudited.files, fmt(mb(totalAudited.bytes))]);
  console.log(`\nCorpus in ${corpusDir}`);
  printTable(['language', 'files', 'MB', 'audited files', 'audited MB'], rows);
  if (totalAll.bytes < TOTAL_TARGET) console.log(`corpus: only ${fmt(mb(totalAll.bytes))} MB in all, under the ${mb(TOTAL_TARGET)} MB target`);
  if (js < JS_TARGET) console.log(`corpus: the audited JS/TS part is ${fmt(mb(js))} MB, under the ${mb(JS_TARGET)} MB target`);
  return { whole, audited, totalAll, totalAudited };
}

export const assembleCorpus = main;

if (import.meta.url === `file://${process.argv[1]}`) await main();
