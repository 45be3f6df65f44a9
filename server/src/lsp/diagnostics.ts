/**
 * Findings and notices as LSP diagnostics: one output table maps severities, every diagnostic links to its rule's
 * page, and `data` carries what code actions need so they never re-run the analysis.
 */
import { basename } from 'node:path';
import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { ConfigFileError } from '../config/file';
import type { Finding, Notice, Severity } from '../engine/finding';
import { CONFIG_INVALID_CODE, DIAGNOSTIC_SOURCE, type DiagnosticData, NOTICE_CODE } from '../protocol';

/** Severity of a finding → LSP severity: critical and high are errors, medium warnings, low information. */
export const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
};

/** Ids of the rules that report ignore directives that do nothing: shown faded, like unused code. */
const UNNECESSARY = new Set(['ai-audit/ignore-unused']);

/** The diagnostic of one finding of a document at `version`. */
export function findingToDiagnostic(finding: Finding, version: number): Diagnostic {
  const data: DiagnosticData = {
    version,
    fingerprint: finding.fingerprint,
    ruleId: finding.ruleId,
    docUrl: finding.docUrl,
    fixes: finding.fixes.map((fix) => ({
      title: fix.title,
      safety: fix.safety,
      edits: fix.edits.map((e) => ({ range: e.range, newText: e.newText })),
    })),
  };
  return {
    range: finding.range,
    severity: LSP_SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: finding.docUrl },
    message: finding.message,
    ...(UNNECESSARY.has(finding.ruleId) ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}

/** One information diagnostic at the top of the file for everything the engine skipped or cut off; none without notices. */
export function noticeDiagnostic(notices: readonly Notice[]): Diagnostic | undefined {
  if (!notices.length) return undefined;
  const messages = [...new Set(notices.map((n) => n.message))];
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: NOTICE_CODE,
    message: messages.join(' '),
  };
}

/** The one error on a broken configuration file, where the problem is (the top of the file when that is unknown). */
export function configFileDiagnostic(error: ConfigFileError): Diagnostic {
  return {
    range: error.location?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: CONFIG_INVALID_CODE,
    message: `${basename(error.file)}: ${error.problem} The file is ignored until it is fixed.`,
  };
}

/** Reads the `data` of a diagnostic this server published; undefined for anything else. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.ruleId !== 'string' || typeof data.version !== 'number' || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}
