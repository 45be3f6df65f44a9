/** `ai-audit.json`: parsing, validation messages, precedence over flags, and the committed JSON Schema. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type ScanOptions, UsageError } from '../../server/src/cli/args';
import { loadScanConfigFile } from '../../server/src/cli/scan';
import { applyConfigFile, ConfigFileError, findConfigFile, parseConfigFile } from '../../server/src/config/file';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { pathSegments } from '../../server/src/engine/schema';
import { policyFindings } from '../../server/src/config/policy';
import { configSchemaText } from '../../scripts/config-schema';

describe('config/file', () => {
  it('parses JSON with comments and trailing commas', () => {
    const file = parseConfigFile('{\n  // team policy\n  "rules": { "python/*": "off", },\n  "minimumSeverity": "high",\n}', 'ai-audit.json');
    assert.deepEqual(file, { rules: { 'python/*': 'off' }, minimumSeverity: 'high' });
  });

  it('names the key of the first problem', () => {
    assert.throws(() => parseConfigFile('{"rules": {"python/yaml-load": "loud"}}', 'ai-audit.json'), (error: Error) => error instanceof ConfigFileError && /rules\["python\/yaml-load"\]: expected one of off, on/.test(error.message));
    assert.throws(() => parseConfigFile('{"policy": {"bannedModel": []}}', 'ai-audit.json'), /unknown key "bannedModel" \(did you mean "bannedModels"\?\)/);
    assert.throws(() => parseConfigFile('{"rules": ', 'ai-audit.json'), /ai-audit\.json: not valid JSON: a value is expected\./);
  });

  it('says where the problem is: the syntax error, the offending value, or the unknown key', () => {
    const at = (text: string): [number, number, string] => {
      try {
        parseConfigFile(text, 'ai-audit.json');
      } catch (error) {
        assert.ok(error instanceof ConfigFileError);
        const { range, offset, length } = error.location!;
        assert.equal(offset + length <= text.length, true);
        return [range.start.line, range.start.character, text.slice(offset, offset + length)];
      }
      assert.fail('the text was accepted');
    };
    assert.deepEqual(at('{\n  "minimumSeverity": "high"\n  "exclude": []\n}'), [2, 2, '"exclude"']);
    assert.deepEqual(at('{\n  // comment\n  "minimumSeverity": "urgent"\n}'), [2, 21, '"urgent"']);
    assert.deepEqual(at('{ "rules": { "python/yaml-load": "on", "Bad Key": "off" } }'), [0, 39, '"Bad Key"']);
    assert.deepEqual(at('{ "policy": {\n "bannedModel": ["x"] } }'), [1, 1, '"bannedModel"']);
    assert.deepEqual(at('{ "exclude": ["a", ""] }'), [0, 19, '""']);
    assert.deepEqual(at('[]'), [0, 0, '[]']);
    assert.deepEqual(pathSegments('policy.bannedPackages.npm[2]'), ['policy', 'bannedPackages', 'npm', 2]);
    assert.deepEqual(pathSegments('rules["a/b \\"c\\""].x'), ['rules', 'a/b "c"', 'x']);
  });

  it('prints file:line:column for the CLI, one-based', () => {
    const error = (() => {
      try {
        parseConfigFile('{\n  "minimumSeverity": "urgent"\n}', '/repo/ai-audit.json');
      } catch (caught) {
        return caught as ConfigFileError;
      }
      return assert.fail('the text was accepted');
    })();
    assert.equal(error.withPosition(), '/repo/ai-audit.json:2:22: minimumSeverity: expected one of low, medium, high, critical, found string "urgent".');
    assert.equal(new ConfigFileError('/repo/ai-audit.json', 'could not be read (EACCES).').withPosition(), '/repo/ai-audit.json: could not be read (EACCES).');
  });

  it('the CLI rejects a broken file with file:line:column of the problem', () => {
    const repo = mkdtempSync(join(tmpdir(), 'ai-audit-cli-config-'));
    try {
      mkdirSync(join(repo, '.git'));
      writeFileSync(join(repo, 'ai-audit.json'), '{\n  "rules": {\n    "python/*": "off",\n  }\n  "exclude": []\n}\n');
      const options = parseArgs(['scan']) as ScanOptions;
      const expected = `${join(repo, 'ai-audit.json')}:5:3: not valid JSON: a comma is expected.`;
      assert.throws(() => loadScanConfigFile(options, repo), (error: unknown) => error instanceof UsageError && error.message === expected);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('lets the caller\'s own settings win over the file', () => {
    const file = parseConfigFile('{"rules": {"python/yaml-load": "off", "js/*": "low"}, "minimumSeverity": "high"}', 'x');
    const merged = applyConfigFile({ ...DEFAULT_CONFIG, rules: { 'js/*': 'off' } }, file, { rules: { 'js/*': 'off' } });
    assert.deepEqual(merged.rules, { 'python/yaml-load': 'off', 'js/*': 'off' });
    assert.equal(merged.minimumSeverity, 'high');
    assert.equal(applyConfigFile(DEFAULT_CONFIG, file, { minimumSeverity: true }).minimumSeverity, 'low');
  });

  it('finds the file in the folder or above it, stopping at the repository root', () => {
    const present = new Set(['/repo/.git', '/repo/ai-audit.json']);
    assert.equal(findConfigFile('/repo/src/app', (p) => present.has(p)), join('/repo', 'ai-audit.json'));
    assert.equal(findConfigFile('/repo/src', (p) => p === '/repo/src/.git' || p === '/repo/ai-audit.json'), undefined);
  });

  it('schemas/ai-audit.schema.json is what the definition generates (npm run schema rewrites it)', () => {
    assert.equal(readFileSync(join(__dirname, '../../../schemas/ai-audit.schema.json'), 'utf8'), configSchemaText());
  });
});

describe('config/policy', () => {
  it('leaves comment lines, strings and allowed servers alone', () => {
    const policy = { bannedPackages: { pypi: ['Pickle5'] }, bannedModels: ['org/model'], allowedMcpServers: ['mcp-server-git', 'https://mcp.example.com/sse'] };
    assert.deepEqual(policyFindings('a.py', '# import pickle5\ns = "import pickle5"\nx = f("org/model")\n', policy), []);
    const found = policyFindings('a.py', 'import pickle5\nfrom_pretrained = 1\nm = AutoModel.from_pretrained("org/model", revision="abc")\n', policy);
    assert.deepEqual(found.map((f) => [f.ruleId, f.range.start.line, f.range.start.character]), [['policy/banned-package', 0, 7], ['policy/banned-model', 2, 31]]);
    const mcp = '{ "mcpServers": { "git": { "command": "uvx", "args": ["mcp-server-git"] }, "remote": { "url": "https://mcp.example.com/sse" }, "shell": { "command": "/usr/bin/shell-mcp" } } }';
    assert.deepEqual(policyFindings('/p/.mcp.json', mcp, policy).map((f) => f.message), ['The MCP server "shell" (/usr/bin/shell-mcp) is not in the allowedMcpServers list of this repository\'s ai-audit.json.']);
    assert.deepEqual(policyFindings('/p/other.json', mcp, policy), []);
  });
});
