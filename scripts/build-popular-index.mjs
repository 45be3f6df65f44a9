#!/usr/bin/env node
// Builds the bundled index of popular package names that the deps rules compare dependencies and imports against.
//   node scripts/build-popular-index.mjs <npm.tsv> <pypi.tsv>
//   (or POPULAR_NPM_TSV / POPULAR_PYPI_TSV; POPULAR_NPM_COUNT / POPULAR_PYPI_COUNT set how many names to keep,
//   POPULAR_OUT_DIR where to write them instead of server/src/data)
// Inputs are public download statistics as tab-separated values with a header line:
//   npm.tsv:  name, version, downloads_a_month, summary
//   pypi.tsv: name, version, month, rank_among_15000_most_downloaded, summary
// Outputs (names only, one per line, most downloaded first, so the files stay small and diff well):
//   server/src/data/popular-npm.txt, server/src/data/popular-pypi.txt (PyPI names normalised as in PEP 503)
import { createReadStream, writeFileSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [npmArg, pypiArg] = process.argv.slice(2);
const npmPath = npmArg ?? process.env.POPULAR_NPM_TSV;
const pypiPath = pypiArg ?? process.env.POPULAR_PYPI_TSV;
const npmCount = Number(process.env.POPULAR_NPM_COUNT ?? 50000);
const pypiCount = Number(process.env.POPULAR_PYPI_COUNT ?? 15000);

if (!npmPath || !pypiPath) {
  console.error('usage: node scripts/build-popular-index.mjs <npm.tsv> <pypi.tsv>  (or POPULAR_NPM_TSV and POPULAR_PYPI_TSV)');
  process.exit(2);
}

/** PEP 503: lower case, runs of `-`, `_` and `.` become one `-`. */
function normalisePypi(name) {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A plausible registry name (drops header noise and malformed rows). */
const NPM_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;
const PYPI_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Reads a TSV file row by row (the header is skipped). */
async function* rows(path) {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first) {
      first = false;
      continue;
    }
    if (line) yield line.split('\t');
  }
}

async function npmNames() {
  const scored = [];
  for await (const [name, , downloads] of rows(npmPath)) {
    const count = Number(downloads);
    if (!name || !NPM_NAME.test(name) || !Number.isFinite(count) || count <= 0) continue;
    scored.push([name, count]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [...new Set(scored.map(([name]) => name))].slice(0, npmCount);
}

async function pypiNames() {
  const ranked = [];
  for await (const [name, , , rank] of rows(pypiPath)) {
    const position = Number(rank);
    if (!name || !rank || !Number.isFinite(position) || position <= 0) continue;
    const normalised = normalisePypi(name);
    if (PYPI_NAME.test(normalised)) ranked.push([normalised, position]);
  }
  ranked.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return [...new Set(ranked.map(([name]) => name))].slice(0, pypiCount);
}

const out = process.env.POPULAR_OUT_DIR ?? join(root, 'server/src/data');
mkdirSync(out, { recursive: true });
const npm = await npmNames();
const pypi = await pypiNames();
writeFileSync(join(out, 'popular-npm.txt'), `${npm.join('\n')}\n`);
writeFileSync(join(out, 'popular-pypi.txt'), `${pypi.join('\n')}\n`);
console.log(`popular-npm.txt: ${npm.length} names; popular-pypi.txt: ${pypi.length} names`);
