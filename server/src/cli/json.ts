/**
 * The JSON report (`--format json`). Its shape is a contract for scripts, documented in `server/src/cli/README.md`
 * and versioned by `version`: fields are only ever added within a version.
 */
import type { Finding, Notice, Severity } from '../engine/finding';
import { type ReportFinding, type ScanReport, countBySeverity } from './report';

/** The report format's version; bumped only when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;

/** A finding as the JSON report writes it: every `Finding` field plus its file and a 1-based location. */
export interface JsonFinding extends Finding {
  /** Relative to the folder the scan ran in, `/` separators. */
  path: string;
  /** 1-based line and column (UTF-16 code units) of the start and end, as editors and SARIF show them. */
  location: { line: number; column: number; endLine: number; endColumn: number };
}

export interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  summary: {
    filesScanned: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    suppressed: number;
    skipped: number;
    fixed: number;
  };
  findings: JsonFinding[];
  suppressed: JsonFinding[];
  skipped: { path: string; reason: string }[];
  notices: (Notice & { path: string })[];
  fixed: { path: string; ruleId: string; title: string; line: number }[];
}

function toJsonFinding(f: ReportFinding): JsonFinding {
  const { path, ...rest } = f;
  return {
    path,
    location: { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
    ...rest,
  };
}

/** Builds the JSON report object. */
export function toJsonReport(report: ScanReport): JsonReport {
  return {
    version: JSON_REPORT_VERSION,
    tool: report.tool,
    summary: {
      filesScanned: report.filesScanned,
      findings: report.findings.length,
      bySeverity: countBySeverity(report.findings),
      suppressed: report.suppressed.length,
      skipped: report.skipped.length,
      fixed: report.fixed.length,
    },
    findings: report.findings.map(toJsonFinding),
    suppressed: report.suppressed.map(toJsonFinding),
    skipped: report.skipped,
    notices: report.notices,
    fixed: report.fixed,
  };
}

/** Renders the JSON report, pretty-printed, ending with a newline. */
export function formatJson(report: ScanReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
