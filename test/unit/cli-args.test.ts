/** The CLI's pieces that need no child process: argument parsing, text escaping and SARIF text helpers. */
import assert from 'node:assert/strict';
import { parseArgs, UsageError, type ScanOptions } from '../../server/src/cli/args';
import { printable } from '../../server/src/cli/text';
import { docSection, markdownToText, pascalName, SEVERITY_TABLE } from '../../server/src/cli/sarif';

function scan(...argv: string[]): ScanOptions {
  const parsed = parseArgs(['scan', ...argv]);
  assert.equal(parsed.command, 'scan');
  return parsed as ScanOptions;
}

function usageError(argv: string[], pattern: RegExp): void {
  assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && pattern.test(error.message));
}

describe('unit/cli-args', () => {
  it('has defaults for every scan option', () => {
    assert.deepEqual(scan(), {
      command: 'scan', paths: ['.'], format: 'text', failOn: 'high', minSeverity: 'low', all: false,
      checkRegistry: false, exclude: [], rules: [],
      jobs: 'auto', fix: false, unsafeFixes: false, color: true, quiet: false, cache: false,
    });
  });

  it('reads --flag value, --flag=value, short flags, repeatable and comma-separated lists, and --', () => {
    const options = scan('src', '--format=json', '-o', 'out.json', '--rule', 'python/yaml-load,js/*', '--rule=go/sql-injection', '--exclude', 'a,b/**', '--exclude=c', '-j', '4', '--', '--weird-name');
    assert.deepEqual(options.paths, ['src', '--weird-name']);
    assert.equal(options.format, 'json');
    assert.equal(options.output, 'out.json');
    assert.deepEqual(options.rules, ['python/yaml-load', 'js/*', 'go/sql-injection']);
    assert.deepEqual(options.exclude, ['a,b/**', 'c'], 'a glob may contain a comma');
    assert.equal(options.jobs, 4);
    assert.equal(scan('--jobs', 'auto').jobs, 'auto');
    assert.equal(scan('--fail-on', 'none').failOn, 'none');
    assert.equal(scan('--no-color', '-q').color, false);
    assert.equal(scan('--min-confidence', 'low').minConfidence, 'low');
  });

  it('rejects what it does not know, in one sentence', () => {
    usageError(['scan', '--colour'], /^Unknown option --colour for "ai-audit scan"/);
    usageError(['scan', '--format'], /^Option --format needs a value\.$/);
    usageError(['scan', '--format', 'json', '--format', 'sarif'], /given twice/);
    usageError(['scan', '--all=yes'], /takes no value/);
    usageError(['scan', '--min-severity', 'severe'], /expected one of low, medium, high, critical\.$/);
    usageError(['scan', '--jobs', '0'], /expected auto or a whole number from 1 to 64\.$/);
    usageError(['scan', '--rule', 'Python/YAML'], /Invalid rule id/);
    usageError(['rules', 'extra'], /takes no arguments/);
    usageError(['--frobnicate'], /put options after a command/);
    usageError(['help', 'deploy'], /Unknown command "deploy"/);
  });

  it('routes help and version', () => {
    assert.deepEqual(parseArgs([]), { command: 'help' });
    assert.deepEqual(parseArgs(['--version']), { command: 'version' });
    assert.deepEqual(parseArgs(['scan', 'x', '--help']), { command: 'help', topic: 'scan' });
    assert.deepEqual(parseArgs(['rules', '--stats', '--format', 'json']), { command: 'rules', stats: true, format: 'json', all: false });
  });

  it('escapes characters that would hide or move text on a terminal', () => {
    assert.equal(printable('a\u202Eb\u0007c\nd'), 'a\\u{202e}b\\u{7}c\\u{a}d');
    assert.equal(printable('x\u{E0041}y'), 'x\\u{e0041}y');
    assert.equal(printable('café — ok\ttab'), 'café — ok\ttab');
  });

  it('turns a documentation page into SARIF text', () => {
    const page = '# python/x\n\n## What it does\nFlags `eval`.\n\n## Example\n```python\n# a comment\neval(x)\n```\n\n## References\n- https://example.com\n';
    assert.equal(docSection(page, 'What it does'), 'Flags `eval`.');
    assert.equal(docSection(page, 'Use instead'), undefined);
    assert.equal(markdownToText(page), 'python/x\n\nWhat it does\nFlags eval.\n\nExample\n    # a comment\n    eval(x)\n\nReferences\n- https://example.com');
    assert.equal(pascalName('ai-audit/ignore-unused'), 'AiAuditIgnoreUnused');
  });

  it('maps every severity to a SARIF level and a security-severity in its CVSS band', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(SEVERITY_TABLE).map(([s, row]) => [s, [row.sarifLevel, row.securitySeverity]])), {
      critical: ['error', '9.5'], high: ['error', '8.0'], medium: ['warning', '5.5'], low: ['note', '3.0'],
    });
  });
});
