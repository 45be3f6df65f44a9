/** `ai-audit rules [--stats] [--format json] [--all]`: lists the bundled rules, or counts them. */
import { SEVERITIES } from '../engine/finding';
import type { CompiledRule, RuleSet } from '../engine/ruleset';
import type { RulesOptions } from './args';

/** Whether a rule runs without `--all`: stable (or unmarked) and not low-confidence. */
export function onByDefault(rule: CompiledRule): boolean {
  return rule.status !== 'preview' && rule.status !== 'deprecated' && rule.confidence !== 'low';
}

function visibleRules(ruleSet: RuleSet, all: boolean): CompiledRule[] {
  return ruleSet.rules.filter((r) => r.status !== 'deprecated' || all).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export interface RuleStats {
  total: number;
  onByDefault: number;
  byLanguage: Record<string, number>;
  byPack: Record<string, number>;
  bySeverity: Record<string, number>;
  byStatus: Record<string, number>;
  withFix: { safe: number; unsafe: number };
}

function tally(out: Record<string, number>, key: string): void {
  out[key] = (out[key] ?? 0) + 1;
}

function sortedRecord(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** Counts rules per language or format, pack, severity and status, and those with fixes. */
export function ruleStats(rules: CompiledRule[]): RuleStats {
  const stats: RuleStats = { total: rules.length, onByDefault: 0, byLanguage: {}, byPack: {}, bySeverity: {}, byStatus: {}, withFix: { safe: 0, unsafe: 0 } };
  for (const s of [...SEVERITIES].reverse()) stats.bySeverity[s] = 0;
  for (const rule of rules) {
    if (onByDefault(rule)) stats.onByDefault++;
    for (const language of rule.languages) tally(stats.byLanguage, language);
    tally(stats.byPack, rule.id.slice(0, rule.id.indexOf('/')));
    tally(stats.bySeverity, rule.severity);
    tally(stats.byStatus, rule.status ?? 'stable');
    if (rule.fix) stats.withFix[rule.fix.safety]++;
  }
  return { ...stats, byLanguage: sortedRecord(stats.byLanguage), byPack: sortedRecord(stats.byPack), byStatus: sortedRecord(stats.byStatus) };
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

function statsText(stats: RuleStats): string {
  const section = (title: string, record: Record<string, number>) => [`${title}:`, ...table(Object.entries(record).map(([k, v]) => [`  ${k}`, String(v)]))];
  return [
    `${stats.total} rules, ${stats.onByDefault} on by default (the others run with --all).`,
    `With a fix: ${stats.withFix.safe + stats.withFix.unsafe} (${stats.withFix.safe} safe, ${stats.withFix.unsafe} unsafe).`,
    '',
    ...section('By severity', stats.bySeverity),
    '',
    ...section('By status', stats.byStatus),
    '',
    ...section('By pack', stats.byPack),
    '',
    ...section('By language or format', stats.byLanguage),
  ].join('\n');
}

function ruleJson(rule: CompiledRule) {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    confidence: rule.confidence,
    status: rule.status ?? 'stable',
    onByDefault: onByDefault(rule),
    languages: rule.languages,
    category: rule.category,
    cwe: rule.cwe,
    owasp: rule.owasp ?? [],
    ...(rule.fix ? { fix: { title: rule.fix.title, safety: rule.fix.safety } } : {}),
    references: rule.references ?? [],
  };
}

/** Renders the output of `ai-audit rules`. */
export function rulesCommand(ruleSet: RuleSet, options: RulesOptions): string {
  const rules = visibleRules(ruleSet, options.all);
  if (options.stats) {
    const stats = ruleStats(rules);
    return options.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : `${statsText(stats)}\n`;
  }
  if (options.format === 'json') return `${JSON.stringify(rules.map(ruleJson), null, 2)}\n`;
  const rows = [['ID', 'SEVERITY', 'CONFIDENCE', 'STATUS', 'FIX', 'TITLE']];
  for (const r of rules) rows.push([r.id, r.severity, r.confidence, r.status ?? 'stable', r.fix ? r.fix.safety : '-', r.title]);
  return `${table(rows).join('\n')}\n\n${rules.length} rules; ${rules.filter(onByDefault).length} on by default.\n`;
}
