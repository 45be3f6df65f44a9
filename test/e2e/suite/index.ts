/**
 * The entry point VS Code's extension host calls with `extensionTestsPath` (under @vscode/test-electron, or in
 * code-server through the smoke-test driver's payload): runs the mocha suites next to this file and ends with one
 * plain line, `e2e suite: N passed, M failed`, that the drivers read (and one `e2e test passed|failed: …` line per
 * test).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// mocha 12 ships ES modules with a CommonJS build beside them; the extension host loads CommonJS.
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

/** Runs every `*.test.js` of this folder; rejects when a test failed. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const name of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, name));
  const stats = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
    // One line per test in a fixed form, for the drivers' own count.
    runner.on('pass', (test) => console.log(`e2e test passed: ${test.fullTitle()}`));
    runner.on('fail', (test, error: unknown) => console.log(`e2e test failed: ${test.fullTitle()} -- ${firstLine(error)}`));
  });
  console.log(`e2e suite: ${stats.passes} passed, ${stats.failures} failed`);
  if (stats.failures > 0 || stats.passes === 0) throw new Error(`${stats.failures} of ${stats.passes + stats.failures} end-to-end tests failed`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
