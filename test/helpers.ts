/** Shared test helpers: one engine over the source rules, fixture discovery and annotations. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../server/src/engine/engine';
import { loadBundledRules, sourceRulesDir } from '../server/src/engine/ruleset';
import { DEFAULT_CONFIG, type AuditConfig } from '../server/src/engine/config';

let engine: Engine | undefined;

/** One engine over the source rules for the whole test run. */
export function testEngine(): Engine {
  return (engine ??= new Engine(loadBundledRules()));
}

/** Everything on: every rule, every confidence, no size limit worth hitting, a generous budget. */
export const ALL: AuditConfig = { ...DEFAULT_CONFIG, all: true, timeBudgetMs: 20000, maxFileSizeKb: 8192 };

/** A fixed date so `until` directives do not expire under the tests' feet. */
export const TODAY = '2026-06-01';

export function rulesDir(): string {
  return sourceRulesDir()!;
}

/** Files below a folder, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The file extension to use for a fenced code block's language tag. */
export const FENCE_EXTENSIONS: Record<string, string> = {
  python: 'py', py: 'py', javascript: 'js', js: 'js', jsx: 'jsx', typescript: 'ts', ts: 'ts', tsx: 'tsx', go: 'go', java: 'java',
  csharp: 'cs', cs: 'cs', php: 'php', ruby: 'rb', rb: 'rb', bash: 'sh', sh: 'sh', shell: 'sh', c: 'c', cpp: 'cpp', rust: 'rs',
  powershell: 'ps1', yaml: 'yml', yml: 'yml', json: 'json', jsonc: 'jsonc', dockerfile: 'Dockerfile', markdown: 'md', md: 'md', text: 'txt', toml: 'toml',
};
