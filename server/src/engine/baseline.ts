/**
 * A baseline records today's findings by fingerprint so that a team adopting the tool sees only new ones. It keys
 * each entry by the file's path (relative to the baseline's folder, `/` separators), the rule and the finding's
 * fingerprint, which hashes the matched text and its occurrence index but no line number: code added or removed
 * above a finding leaves it in the baseline, while a change to the finding's own text makes it new again.
 */
import type { Finding } from './finding';

/** The file format version written by {@link createBaseline}; readers reject any other. */
export const BASELINE_VERSION = 1;

/** The default file name of a baseline, at the root of the repository. */
export const BASELINE_FILE = '.ai-audit-baseline.json';

/** One recorded finding. `line` (1-based) and `message` are for people reading the file; matching ignores them. */
export interface BaselineEntry {
  path: string;
  ruleId: string;
  fingerprint: string;
  line: number;
  message: string;
}

/** The content of a baseline file. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** ISO date (YYYY-MM-DD) the baseline was recorded. */
  created: string;
  findings: BaselineEntry[];
}

/** The findings of one file, its path as the baseline should record it. */
export interface FileFindings {
  path: string;
  findings: readonly Finding[];
}

/** The justification put on findings hidden by a baseline (SARIF `suppressions[].justification`). */
export const BASELINE_JUSTIFICATION = 'Recorded in the baseline file: present before ai-audit was adopted.';

/** Builds a baseline from the unsuppressed findings of some files, in a stable order so that diffs stay small. */
export function createBaseline(files: readonly FileFindings[], created: string): Baseline {
  const findings: BaselineEntry[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      if (f.suppression) continue;
      findings.push({ path: normalisePath(file.path), ruleId: f.ruleId, fingerprint: f.fingerprint, line: f.range.start.line + 1, message: f.message });
    }
  }
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: BASELINE_VERSION, created, findings };
}

/** The baseline as the text of its file (two-space JSON with a final newline). */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses and checks the text of a baseline file; returns a sentence saying what is wrong instead of throwing. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `The baseline file is not valid JSON (${(error as Error).message}).`;
  }
  if (!isRecord(data)) return 'The baseline file must hold a JSON object.';
  if (data['version'] !== BASELINE_VERSION) return `The baseline file has version ${JSON.stringify(data['version'])}; this version of ai-audit reads version ${BASELINE_VERSION}.`;
  if (!Array.isArray(data['findings'])) return 'The baseline file has no "findings" list.';
  const findings: BaselineEntry[] = [];
  for (const [i, entry] of (data['findings'] as unknown[]).entries()) {
    if (!isRecord(entry) || typeof entry['path'] !== 'string' || typeof entry['ruleId'] !== 'string' || typeof entry['fingerprint'] !== 'string') {
      return `Entry ${i + 1} of the baseline file needs "path", "ruleId" and "fingerprint" strings.`;
    }
    findings.push({
      path: normalisePath(entry['path']),
      ruleId: entry['ruleId'],
      fingerprint: entry['fingerprint'],
      line: typeof entry['line'] === 'number' ? entry['line'] : 0,
      message: typeof entry['message'] === 'string' ? entry['message'] : '',
    });
  }
  return { version: BASELINE_VERSION, created: typeof data['created'] === 'string' ? data['created'] : '', findings };
}

/** Answers "is this finding of this file in the baseline?" for many files; build once per run. */
export class BaselineIndex {
  private readonly keys = new Set<string>();

  constructor(baseline: Baseline) {
    for (const e of baseline.findings) this.keys.add(key(e.path, e.ruleId, e.fingerprint));
  }

  /** How many entries the baseline holds. */
  get size(): number {
    return this.keys.size;
  }

  /** Whether the baseline holds this finding of the file at `path` (relative to the baseline's folder). */
  has(path: string, finding: Finding): boolean {
    return this.keys.has(key(normalisePath(path), finding.ruleId, finding.fingerprint));
  }

  /**
   * Marks the findings of one file that the baseline holds as suppressed (kind `external`) and returns them all
   * when `keepSuppressed` (SARIF shows them as suppressed), or only the new ones otherwise. Findings already
   * suppressed in the source keep their own suppression.
   */
  apply(path: string, findings: readonly Finding[], keepSuppressed: boolean): Finding[] {
    const out: Finding[] = [];
    for (const f of findings) {
      if (!f.suppression && this.has(path, f)) {
        if (keepSuppressed) out.push({ ...f, suppression: { kind: 'external', justification: BASELINE_JUSTIFICATION } });
        continue;
      }
      out.push(f);
    }
    return out;
  }
}

function key(path: string, ruleId: string, fingerprint: string): string {
  return `${path}\u0000${ruleId}\u0000${fingerprint}`;
}

/** `/` separators and no leading `./`, so a baseline written on Windows matches on Linux and back. */
function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
