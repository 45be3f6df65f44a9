/**
 * The result of a scan in the shape every output format reads: findings with paths relative to the folder the
 * scan ran in (`/` separators), sorted by path and position, with suppressed findings, skipped files, notices and
 * applied fixes kept apart.
 */
import { relative, sep } from 'node:path';
import { type Finding, type Notice, type Severity, SEVERITIES, compareFindings } from '../engine/finding';
import type { FileAudit, SkipReason } from '../audit/run';
import type { SkippedFile } from '../audit/walk';

/** A finding with the path of its file, relative to the scan's base folder. */
export interface ReportFinding extends Finding {
  path: string;
}

export interface ScanReport {
  tool: { name: string; version: string };
  /** Absolute folder the relative paths start from (SARIF's %SRCROOT%). */
  base: string;
  /** Files analysed (not skipped). */
  filesScanned: number;
  findings: ReportFinding[];
  /** Findings hidden by ignore directives, with their justification. */
  suppressed: ReportFinding[];
  skipped: { path: string; reason: SkipReason }[];
  notices: (Notice & { path: string })[];
  fixed: { path: string; ruleId: string; title: string; line: number }[];
}

/** Which findings a report keeps, beyond what the engine's config already decided. */
export interface ReportFilter {
  minSeverity: Severity;
  /** Undefined: keep every confidence. */
  minConfidence?: 'low' | 'medium' | 'high';
}

/** A path relative to `base` with `/` separators (absolute paths outside `base` stay relative with `..`). */
export function relativePath(base: string, path: string): string {
  const rel = relative(base, path);
  return (rel || '.').split(sep).join('/');
}

/** Builds the report from the walk's skipped files and the audited files. */
export function buildReport(tool: ScanReport['tool'], base: string, walkSkipped: SkippedFile[], audits: FileAudit[], filter: ReportFilter): ScanReport {
  const keep = (f: Finding) =>
    SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(filter.minSeverity) &&
    (!filter.minConfidence || ['low', 'medium', 'high'].indexOf(f.confidence) >= ['low', 'medium', 'high'].indexOf(filter.minConfidence));
  const report: ScanReport = { tool, base, filesScanned: 0, findings: [], suppressed: [], skipped: [], notices: [], fixed: [] };
  for (const s of walkSkipped) report.skipped.push({ path: relativePath(base, s.path), reason: s.reason });
  for (const audit of audits) {
    const path = relativePath(base, audit.path);
    if (audit.skipped) {
      report.skipped.push({ path, reason: audit.skipped });
      continue;
    }
    report.filesScanned++;
    for (const f of audit.findings.filter(keep)) (f.suppression ? report.suppressed : report.findings).push({ path, ...f });
    for (const n of audit.notices) report.notices.push({ path, ...n });
    for (const x of audit.fixed) report.fixed.push({ path, ...x });
  }
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const byLocation = (a: ReportFinding, b: ReportFinding) => byPath(a, b) || compareFindings(a, b);
  report.findings.sort(byLocation);
  report.suppressed.sort(byLocation);
  report.skipped.sort(byPath);
  return report;
}

/** Counts findings per severity (every severity present, possibly 0). */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 } as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Counts skipped files per reason. */
export function countSkipped(report: ScanReport): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of report.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
