/**
 * SARIF 2.1.0 output, shaped the way GitHub code scanning reads CodeQL's: rules with help from the rule's
 * documentation page, CWE tags, `security-severity` and `precision`; results with relative locations under
 * %SRCROOT%, a stable partial fingerprint, fixes, and in-source suppressions with their justification.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Fix, type Severity, fixLabel } from '../engine/finding';
import type { CompiledRule, RuleSet } from '../engine/ruleset';
import type { ReportFinding, ScanReport } from './report';

/**
 * The one table from a finding's severity to how other tools show it: SARIF `level`, GitHub's
 * `security-severity` score (CVSS-like: critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low below) and LSP's
 * DiagnosticSeverity (1 error, 2 warning, 3 information).
 */
export const SEVERITY_TABLE: Record<Severity, { sarifLevel: 'error' | 'warning' | 'note'; securitySeverity: string; lspSeverity: 1 | 2 | 3 }> = {
  critical: { sarifLevel: 'error', securitySeverity: '9.5', lspSeverity: 1 },
  high: { sarifLevel: 'error', securitySeverity: '8.0', lspSeverity: 1 },
  medium: { sarifLevel: 'warning', securitySeverity: '5.5', lspSeverity: 2 },
  low: { sarifLevel: 'note', securitySeverity: '3.0', lspSeverity: 3 },
};

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partial fingerprint's name; the value is the engine's fingerprint (rule, matched text, occurrence). */
export const FINGERPRINT_KEY = 'aiAuditFingerprint/v1';
const SRCROOT = '%SRCROOT%';

/* The subset of the SARIF object model this writer produces. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type SarifObject = { [key: string]: Json | undefined };

export interface SarifOptions {
  ruleSet: RuleSet;
  /** The documentation link of a rule (kept as helpUri only when it is http or https). */
  docUrl: (rule: CompiledRule) => string;
}

/** A rule's documentation page, read once per rule; undefined when it has none. */
function readDocPage(ruleSet: RuleSet, id: string): string | undefined {
  try {
    return readFileSync(join(ruleSet.docsDir, `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The text of one `## Heading` section of a page, as one paragraph. */
export function docSection(page: string, heading: string): string | undefined {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start === -1) return undefined;
  const body = page.slice(start + heading.length + 5);
  const end = body.search(/\n## /);
  const text = (end === -1 ? body : body.slice(0, end)).trim();
  return text || undefined;
}

/** Markdown to plain text for `help.text`: headings and fences lose their markers, inline code its backticks. */
export function markdownToText(markdown: string): string {
  let inFence = false;
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    // Code keeps its text (a `#` there is a comment, not a heading).
    lines.push(inFence ? `    ${line}` : line.replace(/^#{1,6}\s+/, '').replace(/`([^`]*)`/g, '$1'));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** `python/yaml-load` → `PythonYamlLoad`: SARIF wants a readable name that differs from the opaque id. */
export function pascalName(id: string): string {
  return id.split(/[/-]/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function sarifRule(rule: CompiledRule, options: SarifOptions): SarifObject {
  const page = readDocPage(options.ruleSet, rule.id);
  const body = page?.replace(/^# [^\n]*\n+/, '').trim();
  const what = page ? docSection(page, 'What it does') : undefined;
  const severity = SEVERITY_TABLE[rule.severity];
  const helpUri = options.docUrl(rule);
  const tags = ['security', rule.category, ...rule.cwe.map((c) => `external/cwe/${c.toLowerCase()}`), ...(rule.owasp ?? []).map((o) => `external/owasp/${o.toLowerCase()}`)];
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: markdownToText(what ?? rule.title) },
    defaultConfiguration: { level: severity.sarifLevel },
    help: { text: markdownToText(body ?? rule.message), markdown: body ?? rule.message },
    ...(/^https?:\/\//.test(helpUri) ? { helpUri } : {}),
    properties: {
      tags,
      precision: rule.confidence,
      'security-severity': severity.securitySeverity,
      ...(rule.status ? { status: rule.status } : {}),
    },
  };
}

/** A relative location under %SRCROOT%; each path segment percent-encoded (`#`, `?`, spaces, non-ASCII). */
function artifact(path: string): SarifObject {
  return { uri: path.split('/').map((segment) => (segment === '..' ? segment : encodeURIComponent(segment))).join('/'), uriBaseId: SRCROOT };
}

function region(range: ReportFinding['range']): SarifObject {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function sarifFix(f: ReportFinding, fix: Fix): SarifObject {
  return {
    description: { text: fixLabel(fix) },
    artifactChanges: [
      {
        artifactLocation: artifact(f.path),
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  };
}

function sarifResult(f: ReportFinding, ruleIndex: number): SarifObject {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SEVERITY_TABLE[f.severity].sarifLevel,
    message: { text: f.revealed ? `${f.message} Hidden text: ${JSON.stringify(f.revealed)}` : f.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(f.path), region: region(f.range) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.fixes.length ? { fixes: f.fixes.map((fix) => sarifFix(f, fix)) } : {}),
    ...(f.suppression ? { suppressions: [{ kind: f.suppression.kind, justification: f.suppression.justification }] } : {}),
    properties: { severity: f.severity, confidence: f.confidence },
  };
}

/** A rule descriptor drawn from one of its findings, for rules that are not in the rule set. */
function findingRule(f: ReportFinding): SarifObject {
  const severity = SEVERITY_TABLE[f.severity];
  return {
    id: f.ruleId,
    name: pascalName(f.ruleId),
    shortDescription: { text: f.title },
    fullDescription: { text: f.title },
    defaultConfiguration: { level: severity.sarifLevel },
    help: { text: f.message, markdown: f.message },
    properties: { tags: ['security', f.category, ...f.cwe.map((c) => `external/cwe/${c.toLowerCase()}`)], precision: f.confidence, 'security-severity': severity.securitySeverity },
  };
}

/** Builds the SARIF log of a scan: one run, the rules its results refer to, results in report order. */
export function toSarif(report: ScanReport, options: SarifOptions): SarifObject {
  const all = [...report.findings, ...report.suppressed];
  const ruleIds = [...new Set(all.map((f) => f.ruleId))].sort();
  const rules = ruleIds.map((id) => options.ruleSet.byId.get(id)).filter((r): r is CompiledRule => !!r);
  const descriptors = rules.map((r) => sarifRule(r, options));
  // Findings of rules outside the rule set (team policy from ai-audit.json) describe their rule themselves.
  for (const id of ruleIds) {
    if (options.ruleSet.byId.has(id)) continue;
    const first = all.find((f) => f.ruleId === id)!;
    rules.push({ id } as CompiledRule);
    descriptors.push(findingRule(first));
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = all.filter((f) => index.has(f.ruleId)).map((f) => sarifResult(f, index.get(f.ruleId)!));
  const notifications = [
    ...report.skipped.map((s) => ({ level: 'note', message: { text: `Skipped (${s.reason}).` }, locations: [{ physicalLocation: { artifactLocation: artifact(s.path) } }] })),
    ...report.notices.map((n) => ({ level: n.kind === 'error' ? 'error' : n.kind === 'timeout' ? 'warning' : 'note', message: { text: n.message }, locations: [{ physicalLocation: { artifactLocation: artifact(n.path) } }] })),
  ];
  const base = pathToFileURL(report.base).toString();
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules: descriptors } },
        invocations: [{ executionSuccessful: !report.notices.some((n) => n.kind === 'error'), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: base.endsWith('/') ? base : `${base}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Renders the SARIF log, pretty-printed, ending with a newline. */
export function formatSarif(report: ScanReport, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}
