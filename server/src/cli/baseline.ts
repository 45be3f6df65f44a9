/**
 * Baselines on the command line: `ai-audit baseline [paths] --output FILE` records the findings of a scan, and
 * `ai-audit scan --baseline FILE` moves the recorded ones to the suppressed findings (SARIF: suppressions of kind
 * `external`), so a team adopting the tool sees only new findings. Paths in the file are relative to its folder.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { BASELINE_JUSTIFICATION, BaselineIndex, createBaseline, formatBaseline, parseBaseline } from '../engine/baseline';
import { UsageError } from './args';
import { relativePath, type ReportFinding, type ScanReport } from './report';

/** Writes the report's unsuppressed findings as a baseline file; returns how many were recorded. */
export async function writeBaselineFile(report: ScanReport, file: string, today: string): Promise<number> {
  const folder = dirname(file);
  const byPath = new Map<string, ReportFinding[]>();
  for (const f of report.findings) {
    const path = relativePath(folder, resolve(report.base, f.path));
    byPath.set(path, [...(byPath.get(path) ?? []), f]);
  }
  const baseline = createBaseline([...byPath].map(([path, findings]) => ({ path, findings })), today);
  try {
    await writeFile(file, formatBaseline(baseline));
  } catch (error) {
    throw new UsageError(`Could not write the baseline to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  return baseline.findings.length;
}

/** Moves the findings the baseline file holds to the report's suppressed findings; returns how many moved. */
export async function applyBaselineFile(report: ScanReport, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Could not read the baseline ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const baseline = parseBaseline(text);
  if (typeof baseline === 'string') throw new UsageError(`${file}: ${baseline}`);
  const index = new BaselineIndex(baseline);
  const folder = dirname(file);
  const kept: ReportFinding[] = [];
  let moved = 0;
  for (const f of report.findings) {
    if (index.has(relativePath(folder, resolve(report.base, f.path)), f)) {
      report.suppressed.push({ ...f, suppression: { kind: 'external', justification: BASELINE_JUSTIFICATION } });
      moved++;
    } else kept.push(f);
  }
  report.findings = kept;
  report.suppressed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.startOffset - b.startOffset));
  return moved;
}
