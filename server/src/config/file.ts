/**
 * The repository's configuration file, `ai-audit.json`: rules, thresholds, excludes and team policy, read the same
 * way by the CLI (`--config FILE` or the file at the repository root) and by the language server (trusted
 * workspaces only). One schema definition yields the type, the validator and schemas/ai-audit.schema.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findNodeAtLocation, type Node as JsonNode, parse as parseJsonc, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type AuditConfig, type RuleSetting } from '../engine/config';
import type { Range } from '../engine/finding';
import { lineStartsOf, positionAt } from '../engine/position';
import { array, check, type Infer, literal, object, optional, pathSegments, record, string, type ValidationError } from '../engine/schema';

/** The name looked for at the root of a repository or workspace folder. */
export const CONFIG_FILE_NAME = 'ai-audit.json';

const ruleSetting = literal(['off', 'on', 'low', 'medium', 'high', 'critical'] as const, 'off, on, or a severity that replaces the rule\'s own.');
const packageName = string({ minLength: 1, pattern: /^[@A-Za-z0-9][\w.@/-]*$/ });

/** The definition of `ai-audit.json`. */
export const CONFIG_FILE_SCHEMA = object(
  {
    $schema: optional(string({ description: 'The JSON Schema of this file, for editor completion.' })),
    rules: optional(record(ruleSetting, { keyPattern: /^(\*|[a-z0-9]+(-[a-z0-9]+)*\/(\*|[a-z0-9]+(-[a-z0-9]+)*))$/, description: 'Per-rule settings: "<pack>/<rule>" or "<pack>/*" → off, on or a severity.' })),
    minimumSeverity: optional(literal(['low', 'medium', 'high', 'critical'] as const, 'Findings below this severity are not reported.')),
    minimumConfidence: optional(literal(['low', 'medium', 'high'] as const, 'Findings below this confidence are not reported.')),
    exclude: optional(array(string({ minLength: 1 }), { description: 'Glob patterns, relative to the folder of this file, of files never audited.' })),
    policy: optional(
      object(
        {
          bannedPackages: optional(
            object(
              {
                npm: optional(array(packageName, { description: 'npm package names the team does not allow.' })),
                pypi: optional(array(packageName, { description: 'PyPI project names the team does not allow.' })),
              },
              'Packages reported where a manifest declares them or code imports them.',
            ),
          ),
          bannedModels: optional(array(string({ minLength: 1, pattern: /^[\w.-]+(\/([\w.-]+|\*))?$/ }), { description: 'Hugging Face model ids ("org/name" or "org/*") reported where code loads them.' })),
          allowedMcpServers: optional(array(string({ minLength: 1 }), { description: 'Commands, packages or URLs of the MCP servers the team allows; any other server in an MCP configuration is reported.' })),
        },
        'Team policy.',
      ),
    ),
  },
  'Configuration of ai-audit for this repository.',
);

export type ConfigFile = Infer<typeof CONFIG_FILE_SCHEMA>;
export type Policy = NonNullable<ConfigFile['policy']>;

/** Where a problem is in a configuration file: the offset and length of the text, and the same as a range. */
export interface ConfigFileLocation {
  offset: number;
  length: number;
  range: Range;
}

/**
 * A configuration file that cannot be read or does not validate. The message is one sentence naming the file, the
 * key and what is expected; `location` says where (absent when the file could not be read at all).
 */
export class ConfigFileError extends Error {
  constructor(
    readonly file: string,
    /** The sentence without the file name: `minimumSeverity: expected one of …, found "urgent".` */
    readonly problem: string,
    readonly location?: ConfigFileLocation,
  ) {
    super(`${file}: ${problem}`);
  }

  /** `file:line:column: problem` (one-based, the way compilers print it, so terminals link to it). */
  withPosition(): string {
    if (!this.location) return this.message;
    const { line, character } = this.location.range.start;
    return `${this.file}:${line + 1}:${character + 1}: ${this.problem}`;
  }
}

/** What each JSON syntax error of jsonc-parser means, as the end of a sentence. */
const SYNTAX_PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a key in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace is expected',
  CloseBracketExpected: 'a closing bracket is expected',
  EndOfFileExpected: 'nothing may follow the top-level object',
  InvalidCommentToken: 'a malformed comment',
  UnexpectedEndOfComment: 'a comment that is never closed',
  UnexpectedEndOfString: 'a string that is never closed',
  UnexpectedEndOfNumber: 'a number that is cut off',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character in a string',
};

/** The location of `length` characters at `offset` of a text. */
function locate(text: string, offset: number, length: number): ConfigFileLocation {
  const starts = lineStartsOf(text);
  return { offset, length, range: { start: positionAt(starts, offset), end: positionAt(starts, offset + length) } };
}

/**
 * Where a validation problem is: its value (or its key, for a key that is unknown or malformed). A path that
 * names nothing in the file (a required key that is missing) falls back to the nearest enclosing value.
 */
function problemLocation(text: string, problem: ValidationError): ConfigFileLocation {
  const root = parseTree(text, [], { allowTrailingComma: true });
  if (!root) return locate(text, 0, 0);
  const segments = pathSegments(problem.path);
  let node: JsonNode | undefined;
  for (let n = segments.length; !node && n >= 0; n--) node = findNodeAtLocation(root, segments.slice(0, n));
  node ??= root;
  const key = problem.key && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const target = key ?? node;
  return locate(text, target.offset, target.length);
}

/** Parses and validates the text of a configuration file (JSON with comments). */
export function parseConfigFile(text: string, name: string): ConfigFile {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  const syntax = errors[0];
  if (syntax) {
    const problem = SYNTAX_PROBLEMS[printParseErrorCode(syntax.error)] ?? 'a syntax error';
    throw new ConfigFileError(name, `not valid JSON: ${problem}.`, locate(text, syntax.offset, syntax.length));
  }
  const problem = check(CONFIG_FILE_SCHEMA, value)[0];
  if (problem) throw new ConfigFileError(name, `${problem.path || 'the file'}: ${problem.message}.`, problemLocation(text, problem));
  return value as ConfigFile;
}

/** Reads a configuration file; undefined when it does not exist. */
export function readConfigFile(path: string): ConfigFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigFileError(path, `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  return parseConfigFile(text, path);
}

/** Finds `ai-audit.json` in `start` or the nearest folder above it that has one, stopping at a repository root. */
export function findConfigFile(start: string, exists: (path: string) => boolean): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    if (exists(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/**
 * Lays a configuration file over an engine config. The file's rule settings come first and the caller's own
 * (flags, editor settings) win over them, since they are the more specific request.
 */
export function applyConfigFile(config: AuditConfig, file: ConfigFile, own: { rules?: Record<string, RuleSetting>; minimumSeverity?: boolean; minimumConfidence?: boolean } = {}): AuditConfig {
  return {
    ...config,
    rules: { ...(file.rules ?? {}), ...(own.rules ?? config.rules) },
    ...(file.minimumSeverity && !own.minimumSeverity ? { minimumSeverity: file.minimumSeverity } : {}),
    ...(file.minimumConfidence && !own.minimumConfidence ? { minimumConfidence: file.minimumConfidence } : {}),
  };
}

/** The JSON Schema of `ai-audit.json` (what scripts/generate-config-schema writes to schemas/). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ai-audit.json',
    ...CONFIG_FILE_SCHEMA.toJsonSchema(),
  };
}
