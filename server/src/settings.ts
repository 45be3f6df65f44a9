/**
 * The `aiAudit.*` settings as the server sees them: one type, the defaults of package.json's
 * contributes.configuration (the single source of truth), and a parser that turns whatever a client sends into
 * sane values. Nothing read from outside is trusted: a wrong type or an out-of-range number becomes the default.
 */
import type { Policy } from './config/file';
import { type AuditConfig, DEFAULT_CONFIG, type RuleSetting } from './engine/config';
import { CONFIDENCES, type Confidence, SEVERITIES, type Severity } from './engine/finding';

export type RunMode = 'onType' | 'onSave' | 'manual';

export interface Settings {
  enable: boolean;
  run: RunMode;
  minimumSeverity: Severity;
  minimumConfidence: Confidence;
  /** Rule id, `pack/*` or `*` → off / on / a severity. */
  rules: Record<string, RuleSetting>;
  /** Globs relative to the workspace folder. */
  exclude: string[];
  maxFileSizeKb: number;
  timeBudgetMs: number;
  docsBaseUrl: string;
  /** Team policy from the repository's ai-audit.json (trusted workspaces only). */
  policy?: Policy;
  /** The editor's `files.exclude` globs that are on: the workspace audit skips what the explorer hides. */
  filesExclude?: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  run: 'onType',
  minimumSeverity: 'low',
  minimumConfidence: 'medium',
  rules: {},
  exclude: [],
  maxFileSizeKb: 1024,
  timeBudgetMs: 2000,
  docsBaseUrl: '',
});

const RUN_MODES: readonly RunMode[] = ['onType', 'onSave', 'manual'];
const RULE_SETTINGS: readonly string[] = ['off', 'on', ...SEVERITIES];
const RULE_KEY = /^(\*|[a-z0-9-]+\/(\*|[a-z0-9-]+))$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function boundedNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

/** Keeps the entries of `aiAudit.rules` whose key is a rule id or pack prefix and whose value is known. */
export function parseRuleSettings(value: unknown): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  if (!isRecord(value)) return out;
  for (const [key, setting] of Object.entries(value)) {
    if (RULE_KEY.test(key) && typeof setting === 'string' && RULE_SETTINGS.includes(setting)) out[key] = setting as RuleSetting;
  }
  return out;
}

/** Keeps the non-empty string entries of `aiAudit.exclude`. */
export function parseExclude(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((g): g is string => typeof g === 'string' && g.trim() !== '').map((g) => g.trim().replace(/^\.\//, ''));
}

/** Accepts an http(s) URL only; anything else means "the bundled documentation". */
export function parseDocsBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : '';
  } catch {
    return '';
  }
}

/**
 * Parses the `aiAudit` section of a configuration answer. When the workspace is not trusted (Restricted Mode),
 * the settings that could widen what runs or where links point (`rules`, `exclude`, `docsBaseUrl`) are ignored.
 */
export function parseSettings(raw: unknown, trusted = true): Settings {
  const value = isRecord(raw) ? raw : {};
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: oneOf(value.run, RUN_MODES, DEFAULT_SETTINGS.run),
    minimumSeverity: oneOf(value.minimumSeverity, SEVERITIES, DEFAULT_SETTINGS.minimumSeverity),
    minimumConfidence: oneOf(value.minimumConfidence, CONFIDENCES, DEFAULT_SETTINGS.minimumConfidence),
    rules: trusted ? parseRuleSettings(value.rules) : {},
    exclude: trusted ? parseExclude(value.exclude) : [],
    maxFileSizeKb: boundedNumber(value.maxFileSizeKb, 1, 65536, DEFAULT_SETTINGS.maxFileSizeKb),
    timeBudgetMs: boundedNumber(value.timeBudgetMs, 50, 60000, DEFAULT_SETTINGS.timeBudgetMs),
    docsBaseUrl: trusted ? parseDocsBaseUrl(value.docsBaseUrl) : '',
  };
}

/** The engine configuration for these settings (the editor never runs preview or low-confidence rules unasked). */
export function toAuditConfig(settings: Settings): AuditConfig {
  return {
    ...DEFAULT_CONFIG,
    minimumSeverity: settings.minimumSeverity,
    minimumConfidence: settings.minimumConfidence,
    rules: settings.rules,
    maxFileSizeKb: settings.maxFileSizeKb,
    timeBudgetMs: settings.timeBudgetMs,
    docsBaseUrl: settings.docsBaseUrl,
  };
}
