/**
 * The human-readable report: one line per finding, `path:line:col: severity rule-id message`, grouped by file,
 * then notices, applied fixes and one summary line. Colour only when the caller asks for it.
 */
import { SEVERITIES, type Severity } from '../engine/finding';
import { type ScanReport, countBySeverity, countSkipped } from './report';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', magenta: '\u001b[35m' };

const SEVERITY_COLOUR: Record<Severity, string> = { critical: ANSI.magenta, high: ANSI.red, medium: ANSI.yellow, low: ANSI.blue };

export interface TextOptions {
  color: boolean;
  /** Findings only: no notices, fixes or summary. */
  quiet: boolean;
}

/**
 * Escapes control, bidirectional and invisible characters before they reach a terminal: a finding about hidden
 * text must not hide text itself, and a file name must not move the cursor.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** Renders the text report (ending with a newline when not empty). */
export function formatText(report: ScanReport, options: TextOptions): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const lines: string[] = [];
  let previous: string | undefined;
  for (const f of report.findings) {
    if (previous !== undefined && previous !== f.path && !options.quiet) lines.push('');
    previous = f.path;
    const where = `${f.path}:${f.range.start.line + 1}:${f.range.start.character + 1}:`;
    lines.push(`${paint(ANSI.bold, printable(where))} ${paint(SEVERITY_COLOUR[f.severity], f.severity)} ${paint(ANSI.dim, f.ruleId)} ${printable(f.message)}`);
  }
  if (options.quiet) return lines.length ? `${lines.join('\n')}\n` : '';
  if (report.fixed.length) {
    if (lines.length) lines.push('');
    for (const x of report.fixed) lines.push(`fixed ${printable(x.path)}:${x.line}: ${x.ruleId} ${x.title}`);
  }
  if (report.notices.length) {
    if (lines.length) lines.push('');
    for (const n of report.notices) lines.push(`${printable(n.path)}: ${n.kind === 'error' ? 'error' : 'note'}: ${printable(n.message)}`);
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** `Scanned 12 files: 1 critical, 2 high, 0 medium, 0 low (1 suppressed). Skipped 3 files: 2 binary, 1 generated.` */
export function summaryLine(report: ScanReport): string {
  const counts = countBySeverity(report.findings);
  const bySeverity = [...SEVERITIES].reverse().map((s) => `${counts[s]} ${s}`).join(', ');
  const fixable = report.findings.filter((f) => f.fixes.some((x) => x.safety === 'safe')).length;
  const parts = [`Scanned ${plural(report.filesScanned, 'file')}: ${report.findings.length === 0 ? 'no findings' : `${plural(report.findings.length, 'finding')} (${bySeverity})`}`];
  const extras: string[] = [];
  if (report.suppressed.length) extras.push(`${report.suppressed.length} suppressed`);
  if (fixable) extras.push(`${fixable} fixable with --fix`);
  if (report.fixed.length) extras.push(`${plural(report.fixed.length, 'fix', 'fixes')} applied`);
  let line = `${parts.join('')}${extras.length ? `; ${extras.join(', ')}` : ''}.`;
  const skipped = countSkipped(report);
  if (skipped.length) line += ` Skipped ${plural(report.skipped.length, 'file')}: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}.`;
  return line;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
