/** What separates secrets from look-alikes (validators, placeholders), and the engine paths secret rules rely on. */
import assert from 'node:assert/strict';
import { Engine } from '../../server/src/engine/engine';
import { buildRuleSet } from '../../server/src/engine/ruleset';
import { applyFixes } from '../../server/src/engine/apply';
import { VALIDATORS, base62, crc32, isPlaceholder, jwtPayload } from '../../server/src/engine/secrets';
import '../../server/src/rules/secrets/fixes';
import { ALL, TODAY } from '../helpers';

/** A token in GitHub's format: prefix + 30 characters + base62 CRC32 of those 30. */
function crcToken(prefix: string, body: string): string {
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

function jwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJlLW9mLWZvcnR5LXRocmVlLWNoYXJz`;
}

const base = { severity: 'high', confidence: 'high', category: 'hardcoded-secret', cwe: ['CWE-798'], languages: ['text'] };
const rules = [
  { ...base, id: 't/prefixed', title: 'prefixed key', message: 'Key {{redacted}}.', keywords: ['tk_'], text: { regex: '\\btk_[A-Za-z0-9]{20}\\b' } },
  {
    ...base, id: 't/fixable', title: 'fixable key', message: 'Key {{redacted}}.', keywords: ['qk_'], text: { regex: '\\bqk_[A-Za-z0-9]{20}\\b' },
    fix: { title: 'Read QK_API_KEY from the environment', safety: 'unsafe', module: 'secret-from-environment' },
  },
].map((rule) => JSON.parse(JSON.stringify(rule)));
const engine = new Engine(buildRuleSet(rules.map((rule) => ({ path: `${rule.id}.yaml`, rule })), '/docs'));

async function analyse(path: string, text: string) {
  return (await engine.analyse({ path, text }, { config: ALL, today: TODAY })).findings;
}

describe('unit/secrets', () => {
  it('GitHub and npm tokens must carry the CRC32 of their random part', () => {
    const good = crcToken('ghp_', 'R8fK2mQ9vX4tL7pW3nZ6yB1cD5hJ0a');
    assert.equal(VALIDATORS['github-crc32']!(good), true);
    assert.equal(VALIDATORS['github-crc32']!(`${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`), false);
    assert.equal(VALIDATORS['npm-crc32']!(crcToken('npm_', 'R8fK2mQ9vX4tL7pW3nZ6yB1cD5hJ0a')), true);
    assert.equal(VALIDATORS['npm-crc32']!('npm_short'), false);
  });

  it('Supabase keys count only with the service role', () => {
    assert.equal(VALIDATORS['supabase-service-role']!(jwt({ iss: 'supabase', role: 'service_role' })), true);
    assert.equal(VALIDATORS['supabase-service-role']!(jwt({ iss: 'supabase', role: 'anon' })), false);
    assert.equal(VALIDATORS['supabase-service-role']!('sb_secret_N7vQ2xL9pK4mT8wR3zY6cB1'), true);
    assert.equal(jwtPayload('not.a-token.at-all'), undefined);
  });

  it('password-like values mix kinds of characters and are not names, paths or env var names', () => {
    const like = VALIDATORS['password-like']!;
    for (const value of ['Tr0ub4dor&3xq', 'Vq7rT2m9LxP4sK8w', 'django-insecure-7c#t!q9w@z2m']) assert.equal(like(value), true, value);
    for (const value of ['password_input', 'SMTP_PASSWORD', '/accounts/password/reset/', 'https://vault.acme.io/v1', 'Enter your password', 'abcdefgh']) assert.equal(like(value), false, value);
  });

  it('placeholders are recognised, real-looking keys are not', () => {
    for (const value of ['YOUR_API_KEY', 'sk-proj-xxxxxxxxxxxxxxxx', '<token>', '${OPENAI_API_KEY}', 'changeme', '{{ vault_token }}']) assert.equal(isPlaceholder(value), true, value);
    assert.equal(isPlaceholder('sk-proj-R8fK2mQ9vX4tL7pW3nZ6yB1cD5hJ0a'), false);
  });

  it('keywords of text rules are substrings, not whole words', async () => {
    const findings = await analyse('settings.py', 'API_KEY = "tk_R8fK2mQ9vX4tL7pW3nZ6"\n');
    assert.deepEqual(findings.map((f) => f.ruleId), ['t/prefixed']);
  });

  it('a text rule with a code fix replaces the literal by an environment lookup in the file language', async () => {
    const python = 'import requests\n\nclient = Client(api_key="qk_R8fK2mQ9vX4tL7pW3nZ6")\n';
    const fixedPython = applyFixes(python, await analyse('app.py', python), () => true).text;
    assert.equal(fixedPython, 'import os\nimport requests\n\nclient = Client(api_key=os.environ["QK_API_KEY"])\n');
    const javascript = 'const client = new Client({ apiKey: "qk_R8fK2mQ9vX4tL7pW3nZ6" });\n';
    const fixedJavascript = applyFixes(javascript, await analyse('app.js', javascript), () => true).text;
    assert.equal(fixedJavascript, 'const client = new Client({ apiKey: process.env.QK_API_KEY });\n');
  });

  it('the environment lookup follows the idiom of Go, Ruby, Java and PHP', async () => {
    const cases: [string, string, string][] = [
      ['main.go', 'package main\n\nimport "os"\n\nvar key = "qk_R8fK2mQ9vX4tL7pW3nZ6"\n', 'package main\n\nimport "os"\n\nvar key = os.Getenv("QK_API_KEY")\n'],
      ['client.rb', 'client = Client.new(api_key: "qk_R8fK2mQ9vX4tL7pW3nZ6")\n', 'client = Client.new(api_key: ENV.fetch("QK_API_KEY"))\n'],
      ['Client.java', 'class C { String key = "qk_R8fK2mQ9vX4tL7pW3nZ6"; }\n', 'class C { String key = System.getenv("QK_API_KEY"); }\n'],
      ['client.php', '<?php\n$client = new Client("qk_R8fK2mQ9vX4tL7pW3nZ6");\n', "<?php\n$client = new Client(getenv('QK_API_KEY'));\n"],
    ];
    for (const [path, text, expected] of cases) assert.equal(applyFixes(text, await analyse(path, text), () => true).text, expected, path);
    // Go without `import "os"`: no fix rather than code that does not compile.
    const bare = 'package main\n\nvar key = "qk_R8fK2mQ9vX4tL7pW3nZ6"\n';
    assert.deepEqual((await analyse('bare.go', bare))[0]!.fixes, []);
  });

  it('no fix when the key is only part of a string, or outside code', async () => {
    const partial = 'headers = {"Authorization": "Bearer qk_R8fK2mQ9vX4tL7pW3nZ6"}\n';
    const inString = await analyse('app.py', partial);
    assert.equal(inString.length, 1);
    assert.deepEqual(inString[0]!.fixes, []);
    const env = await analyse('.env', 'QK_API_KEY=qk_R8fK2mQ9vX4tL7pW3nZ6\n');
    assert.equal(env.length, 1);
    assert.deepEqual(env[0]!.fixes, []);
  });
});
