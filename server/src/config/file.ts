/**
 * The repository's configuration file, `ai-audit.json`: rules, thresholds, excludes and team policy, read the same
 * way by the CLI (`--config FILE` or the file at the repository root) and by the language server (trusted
 * workspaces only). One schema definition yields the type, the validator and schemas/ai-audit.schema.json.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { type AuditConfig, type RuleSetting } from '../engine/config';
import { array, check, type Infer, literal, object, optional, record, string } from '../engine/schema';

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

/** A configuration file that cannot be read or does not validate: one sentence naming the file and the key. */
export class ConfigFileError extends Error {}

/** Parses and validates the text of a configuration file (JSON with comments). */
export function parseConfigFile(text: string, name: string): ConfigFile {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new ConfigFileError(`${name} is not valid JSON (at offset ${errors[0]!.offset}).`);
  const problems = check(CONFIG_FILE_SCHEMA, value);
  if (problems.length) throw new ConfigFileError(`${name}: ${problems[0]!.path || 'the file'}: ${problems[0]!.message}.`);
  return value as ConfigFile;
}

/** Reads a configuration file; undefined when it does not exist. */
export function readConfigFile(path: string): ConfigFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigFileError(`Could not read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
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
