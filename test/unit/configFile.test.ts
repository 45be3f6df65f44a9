/** `ai-audit.json`: parsing, validation messages, precedence over flags, and the committed JSON Schema. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyConfigFile, ConfigFileError, findConfigFile, parseConfigFile } from '../../server/src/config/file';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
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
    assert.throws(() => parseConfigFile('{"rules": ', 'ai-audit.json'), /is not valid JSON/);
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
