/**
 * The same end-to-end suite under desktop VS Code, through @vscode/test-electron, for machines that can download
 * VS Code (this one cannot: `npm run test:e2e` runs the suite in code-server instead). Build first:
 *   node esbuild.config.mjs && node esbuild.config.mjs --tests && node test/e2e/build-suite.mjs
 *   node out/test/e2e/runTestElectron.js
 * It tests the working tree (extensionDevelopmentPath is the repository) against a fresh copy of the e2e
 * workspace, with the user settings the code-server run uses.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = resolve(__dirname, '../../..');


async function main(): Promise<number> {
  const run = mkdtempSync(join(tmpdir(), 'ai-audit-e2e-electron-'));
  try {
    const workspace = join(run, 'workspace');
    cpSync(join(root, 'test/fixtures/e2e-workspace'), workspace, { recursive: true });
    const userDataDir = join(run, 'user-data');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    // The settings the code-server run uses (no auto-save, no start-up editor, no telemetry), with trust off.
    const settings = { ...JSON.parse(readFileSync(join(root, 'test/e2e/user-settings.json'), 'utf8')), 'security.workspace.trust.enabled': false };
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out/test/e2e/suite/index'),
      launchArgs: [workspace, '--user-data-dir', userDataDir, '--extensions-dir', join(run, 'extensions'), '--disable-extensions'],
    });
    return 0;
  } catch (error) {
    console.error(`The end-to-end suite failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

void main().then((code) => {
  process.exitCode = code;
});
