/**
 * The deps pack's building blocks: name normalisation and near misses, manifest readers, version specs, the bundled
 * data files and the script that builds the popular-name index.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deprecatedPackages, popularIndex, pythonStdlib } from '../../server/src/rules/deps/data';
import { nearMiss, normalisePypi, oneEditApart } from '../../server/src/rules/deps/names';
import { npmSource, pyprojectDependencies, requirementsDependencies } from '../../server/src/rules/deps/manifests';
import { npmPackageOf } from '../../server/src/rules/deps/imports';
import { exactVersion, npmFloating, pypiFloating, versionAffected } from '../../server/src/rules/deps/versions';

describe('deps-data', () => {
  it('normalises PyPI names as PEP 503 does', () => {
    assert.equal(normalisePypi('Flask_Cors'), 'flask-cors');
    assert.equal(normalisePypi('zope.interface'), 'zope-interface');
    assert.equal(normalisePypi('a--_.b'), 'a-b');
  });

  it('finds one edit, one swap, and nothing further', () => {
    assert.ok(oneEditApart('lodash', 'lodahs'));
    assert.ok(oneEditApart('express', 'expresss'));
    assert.ok(oneEditApart('colorama', 'colourama'));
    assert.ok(oneEditApart('numpy', 'nunpy'));
    assert.ok(!oneEditApart('numpy', 'numpy'));
    assert.ok(!oneEditApart('requests', 'reqests2'));
    assert.ok(!oneEditApart('abcdef', 'badcef'));
  });

  it('names the popular package a near miss imitates', () => {
    assert.equal(nearMiss('npm', 'crossenv')?.popular, 'cross-env');
    assert.equal(nearMiss('npm', 'axois')?.kind, 'swapped characters');
    assert.equal(nearMiss('pypi', 'reqeusts')?.popular, 'requests');
    assert.equal(nearMiss('pypi', 'python-numpy')?.popular, 'numpy');
    assert.equal(nearMiss('npm', 'express'), undefined, 'a popular name is never a near miss');
    assert.equal(nearMiss('npm', 'zzq'), undefined, 'short names say nothing');
    assert.equal(nearMiss('pypi', 'completely-original-invoice-toolkit'), undefined);
  });

  it('ships indexes of at least 10,000 names each, plus the standard library and deprecated packages', () => {
    assert.ok(popularIndex('npm').names.size >= 10000);
    assert.ok(popularIndex('pypi').names.size >= 10000);
    for (const name of popularIndex('pypi').names) assert.equal(name, normalisePypi(name));
    assert.ok(pythonStdlib().has('os') && pythonStdlib().has('json') && !pythonStdlib().has('requests'));
    for (const [name, entry] of [...deprecatedPackages('npm'), ...deprecatedPackages('pypi')]) {
      assert.match(entry.reference, /^https:\/\//, name);
      assert.ok(entry.reason && entry.replacement, name);
    }
  });

  it('reads requirements lines: specs, markers, URLs, editables, continuations and options', () => {
    const text = 'flask==3.1.0  # web\nnumpy[extra] >= 1.26 ; python_version >= "3.10"\n-r base.txt\n--extra-index-url https://x.example/simple\n-e git+https://github.com/a/b.git#egg=b-lib\nrequests \\\n  ==2.32.3\n';
    const deps = requirementsDependencies(text);
    assert.deepEqual(deps.map((d) => [d.name, d.spec, d.source]), [
      ['flask', '==3.1.0', 'registry'],
      ['numpy', '>= 1.26', 'registry'],
      ['b-lib', 'git+https://github.com/a/b.git#egg=b-lib', 'git'],
      ['requests', '==2.32.3', 'registry'],
    ]);
    for (const d of deps) assert.equal(text.slice(d.nameStart, d.nameEnd), d.name);
  });

  it('reads pyproject dependencies (PEP 621 and Poetry)', () => {
    const text = '[project]\nname = "x"\ndependencies = [\n  "httpx>=0.27",\n  \'rich\',\n]\n[project.optional-dependencies]\ndev = ["pytest==8.3.3"]\n[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "^0.115"\ncharts = { git = "https://github.com/a/charts.git", rev = "0123456789abcdef0123456789abcdef01234567" }\n';
    const deps = pyprojectDependencies(text);
    assert.deepEqual(deps.map((d) => [d.name, d.spec, d.source]), [
      ['httpx', '>=0.27', 'registry'],
      ['rich', '', 'registry'],
      ['pytest', '==8.3.3', 'registry'],
      ['fastapi', '^0.115', 'registry'],
      ['charts', 'https://github.com/a/charts.git#0123456789abcdef0123456789abcdef01234567', 'git'],
    ]);
    for (const d of deps) assert.equal(text.slice(d.nameStart, d.nameEnd), d.name);
  });

  it('classifies npm sources and import specifiers', () => {
    assert.equal(npmSource('^1.2.3'), 'registry');
    assert.equal(npmSource('github:a/b'), 'git');
    assert.equal(npmSource('a/b#main'), 'git');
    assert.equal(npmSource('https://x.example/a.tgz'), 'url');
    assert.equal(npmSource('file:../a'), 'path');
    assert.equal(npmPackageOf('@scope/pkg/sub/path'), '@scope/pkg');
    assert.equal(npmPackageOf('lodash/merge'), 'lodash');
    assert.equal(npmPackageOf('fs/promises'), undefined);
    assert.equal(npmPackageOf('./local'), undefined);
    assert.equal(npmPackageOf('@/components/Button'), undefined);
    assert.equal(npmPackageOf('virtual:pwa-register'), undefined);
  });

  it('reads version specs', () => {
    assert.equal(exactVersion('==5.3.1'), '5.3.1');
    assert.equal(exactVersion('3.3.6'), '3.3.6');
    assert.equal(exactVersion('^3.3.6'), undefined);
    assert.ok(versionAffected('5.3.1', ['<5.4']));
    assert.ok(!versionAffected('5.4', ['<5.4']));
    assert.ok(versionAffected('3.3.6', ['3.3.6']) && !versionAffected('3.3.5', ['3.3.6']));
    assert.ok(npmFloating('*') && npmFloating('latest') && npmFloating('>=1.0.0'));
    assert.equal(npmFloating('^1.0.0'), undefined);
    assert.equal(npmFloating('>=1.0.0 <2'), undefined);
    assert.ok(pypiFloating('') && pypiFloating('>=2'));
    assert.equal(pypiFloating('>=2,<3'), undefined);
    assert.equal(pypiFloating('~=2.1'), undefined);
  });

  it('build-popular-index keeps the most downloaded names and normalises PyPI names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deps-index-'));
    try {
      writeFileSync(join(dir, 'npm.tsv'), 'name\tversion\tdownloads_a_month\tsummary\nsmall\t1.0.0\t10\ts\nbig\t2.0.0\t9000\tb\nBad Name\t1\t99999\tx\nmid\t1.0.0\t500\tm\n');
      writeFileSync(join(dir, 'pypi.tsv'), 'name\tversion\tmonth\trank_among_15000_most_downloaded\tsummary\nZope.Interface\t7\t2026-01\t2\tz\nunranked\t1\t2026-01\t\tu\nBoto3\t1\t2026-01\t1\tb\n');
      execFileSync(process.execPath, ['scripts/build-popular-index.mjs', join(dir, 'npm.tsv'), join(dir, 'pypi.tsv')], { env: { ...process.env, POPULAR_OUT_DIR: dir, POPULAR_NPM_COUNT: '2' }, stdio: 'pipe' });
      assert.equal(readFileSync(join(dir, 'popular-npm.txt'), 'utf8'), 'big\nmid\n');
      assert.equal(readFileSync(join(dir, 'popular-pypi.txt'), 'utf8'), 'boto3\nzope-interface\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
