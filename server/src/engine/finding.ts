/**
 * The vocabulary every front end shares: positions, severities, fixes and findings. Pure data, no behaviour
 * beyond ordering helpers, so the LSP server, the CLI and the workspace audit all speak about findings alike.
 */

/** A zero-based line and UTF-16 column, as LSP and SARIF (utf16CodeUnits) count them. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Orders severities from low (0) to critical (3). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Orders confidences from low (0) to high (2). */
export function confidenceRank(confidence: Confidence): number {
  return CONFIDENCES.indexOf(confidence);
}

/** One replacement of the text between two offsets of the analysed document. */
export interface TextEdit {
  range: Range;
  /** UTF-16 offsets of the range in the analysed text; what the CLI uses to apply fixes. */
  startOffset: number;
  endOffset: number;
  newText: string;
}

/** `safe` fixes keep behaviour and are applied by fix-all; `unsafe` fixes may change it and are only offered. */
export type FixSafety = 'safe' | 'unsafe';

/** A fix the user may choose: one or more non-overlapping edits of the same document. */
export interface Fix {
  title: string;
  safety: FixSafety;
  edits: TextEdit[];
}

/** Why a finding is not shown: an ignore directive (with its reason) or an entry of the baseline. */
export interface Suppression {
  kind: 'inSource' | 'external';
  justification: string;
}

/** One problem found in one document. */
export interface Finding {
  ruleId: string;
  title: string;
  message: string;
  severity: Severity;
  confidence: Confidence;
  /** e.g. `CWE-78`. */
  cwe: string[];
  /** e.g. `A03:2021` or `LLM05:2025`. */
  owasp: string[];
  category: string;
  range: Range;
  startOffset: number;
  endOffset: number;
  /** Stable across edits elsewhere in the file: rule, normalised matched text and its occurrence index. */
  fingerprint: string;
  fixes: Fix[];
  /** Link to the rule's documentation page. */
  docUrl: string;
  /** Set when an ignore directive or the baseline hides the finding. */
  suppression?: Suppression;
  /** Text revealed by the rule that the user cannot see in the editor (e.g. decoded Unicode tag characters). */
  revealed?: string;
}

/** Something the user should know about a file that is not a finding: it was skipped or cut off. */
export interface Notice {
  kind: 'skipped' | 'timeout' | 'error' | 'config';
  message: string;
  range?: Range;
}

/** Compares two positions in document order. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Orders findings by position, then rule id, for stable output. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.startOffset - b.startOffset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId);
}

/**
 * A fix's title as people read it: unsafe fixes say so. Titles are stored without the mark (rule authors may write
 * it; {@link plainFixTitle} removes it) so that every front end adds it the same way, once.
 */
export function fixLabel(fix: { title: string; safety: FixSafety }): string {
  return fix.safety === 'unsafe' ? `${fix.title} (unsafe)` : fix.title;
}

/** A fix title without a trailing "(unsafe)". */
export function plainFixTitle(title: string): string {
  return title.replace(/\s*\(unsafe\)\s*$/, '');
}
