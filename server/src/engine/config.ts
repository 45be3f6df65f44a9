/**
 * The settings that decide which findings a run reports. The LSP server builds one per document from
 * `workspace/configuration`; the CLI builds one from its flags and the repository's `ai-audit.json`.
 */
import { type Confidence, type Severity, confidenceRank, severityRank } from './finding';

export type RuleSetting = 'off' | 'on' | Severity;

export interface AuditConfig {
  minimumSeverity: Severity;
  minimumConfidence: Confidence;
  /** Rule id or `pack/*` → off / on / a severity override. */
  rules: Record<string, RuleSetting>;
  /** Include preview and low-confidence rules (`--all`). */
  all: boolean;
  maxFileSizeKb: number;
  timeBudgetMs: number;
  /** Base URL of the rule documentation; empty: the bundled pages. */
  docsBaseUrl: string;
}

export const DEFAULT_CONFIG: AuditConfig = {
  minimumSeverity: 'low',
  minimumConfidence: 'medium',
  rules: {},
  all: false,
  maxFileSizeKb: 1024,
  timeBudgetMs: 2000,
  docsBaseUrl: '',
};

/** The setting that applies to a rule: its own entry, else its pack's `pack/*`, else undefined. */
export function ruleSetting(config: AuditConfig, ruleId: string): RuleSetting | undefined {
  return config.rules[ruleId] ?? config.rules[`${ruleId.slice(0, ruleId.indexOf('/'))}/*`] ?? config.rules['*'];
}

/** Whether a finding of this severity and confidence passes the thresholds. */
export function passesThresholds(config: AuditConfig, severity: Severity, confidence: Confidence): boolean {
  if (config.all) return true;
  return severityRank(severity) >= severityRank(config.minimumSeverity) && confidenceRank(confidence) >= confidenceRank(config.minimumConfidence);
}
