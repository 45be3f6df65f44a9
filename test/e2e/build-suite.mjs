// Transpiles the extension-host suite (test/e2e/suite, which `esbuild.config.mjs --tests` leaves out because mocha
// must not load it outside VS Code) and the @vscode/test-electron entry point into out/test/e2e/.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const suite = join(root, 'test/e2e/suite');
await esbuild.build({
  entryPoints: [...readdirSync(suite).filter((n) => n.endsWith('.ts')).map((n) => join(suite, n)), join(root, 'test/e2e/runTestElectron.ts')],
  outdir: join(root, 'out'),
  outbase: root,
  bundle: false,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
