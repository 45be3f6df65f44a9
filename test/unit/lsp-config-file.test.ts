/** The repository's ai-audit.json in the editor: found upward, laid under the editor's own settings. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFileFor, ConfigFileError, settingsWithConfigFile } from '../../server/src/lsp/configFile';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

describe('lsp/config-file', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'ai-audit-config-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'src/app'), { recursive: true });
    writeFileSync(join(root, 'src/app/main.py'), 'print(1)\n');
    writeFileSync(join(root, 'ai-audit.json'), JSON.stringify({ rules: { 'python/*': 'off', 'js/eval-injection': 'critical' }, minimumSeverity: 'high', exclude: ['generated/**'], policy: { bannedModels: ['evil/*'] } }));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds the file from a document or a folder below it, up to the repository root', () => {
    assert.equal(configFileFor(join(root, 'src/app/main.py'))?.minimumSeverity, 'high');
    assert.equal(configFileFor(join(root, 'src'))?.minimumSeverity, 'high');
    assert.equal(configFileFor(tmpdir()), undefined);
  });

  it('lays the file under the editor settings: the editor wins where the user set something', () => {
    const file = configFileFor(join(root, 'src'))!;
    const merged = settingsWithConfigFile({ ...DEFAULT_SETTINGS, rules: { 'js/eval-injection': 'off' }, exclude: ['dist/**'] }, file);
    assert.deepEqual(merged.rules, { 'python/*': 'off', 'js/eval-injection': 'off' });
    assert.equal(merged.minimumSeverity, 'high');
    assert.deepEqual(merged.exclude, ['dist/**', 'generated/**']);
    assert.deepEqual(merged.policy, { bannedModels: ['evil/*'] });
    assert.equal(settingsWithConfigFile({ ...DEFAULT_SETTINGS, minimumSeverity: 'medium' }, file).minimumSeverity, 'medium');
  });

  it('says which file and key are wrong instead of using a broken file', () => {
    const broken = mkdtempSync(join(tmpdir(), 'ai-audit-config-'));
    mkdirSync(join(broken, '.git'));
    writeFileSync(join(broken, 'ai-audit.json'), '{ "minimumSeverity": "severe" }');
    assert.throws(() => configFileFor(broken), (error: unknown) => error instanceof ConfigFileError && /minimumSeverity/.test((error as Error).message));
    rmSync(broken, { recursive: true, force: true });
  });
});
