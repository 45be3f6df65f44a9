/**
 * `ai-audit scan`: walks the paths, audits every file with the bundled rules, optionally fixes, renders the report
 * and decides the exit code (0 clean, 1 findings at or above --fail-on).
 */
import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Engine } from '../engine/engine';
import { type AuditConfig, type RuleSetting, DEFAULT_CONFIG } from '../engine/config';
import { SEVERITIES } from '../engine/finding';
import { loadBundledRules } from '../engine/ruleset';
import { directiveCovers } from '../engine/suppress';
import { collectFiles, type SkippedFile } from '../audit/walk';
import { auditFilesInParallel } from '../audit/pool';
import { type ScanOptions, UsageError } from './args';
import { buildReport, relativePath, type ScanReport } from './report';
import { formatText, printable, summaryLine } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { toolVersion } from './help';

/** Where the CLI writes and what it knows about its terminal; tests and the entry point provide it. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * Per-file analysis budget of a scan. Higher than the editor's: CI waits for a complete report rather than a
 * quick one, and shared runners are slow; a file that still runs over is reported, never silently cut short.
 */
export const CLI_TIME_BUDGET_MS = 15000;

/** The engine config for a scan: thresholds, `--all`, and `--rule` pinning every other rule off. */
export function scanConfig(options: ScanOptions, engine: Engine): AuditConfig {
  const rules: Record<string, RuleSetting> = {};
  if (options.rules.length && !options.rules.includes('*')) {
    rules['*'] = 'off';
    for (const id of options.rules) {
      const known = id.endsWith('/*') ? engine.ruleSet.rules.some((r) => directiveCovers(id, r.id)) : engine.ruleSet.byId.has(id);
      if (!known) throw new UsageError(`Unknown rule "${id}" for --rule; "ai-audit rules" lists them.`);
      rules[id] = 'on';
    }
  }
  return {
    ...DEFAULT_CONFIG,
    all: options.all,
    minimumSeverity: options.minSeverity,
    minimumConfidence: options.minConfidence ?? (options.all ? 'low' : 'medium'),
    rules,
    timeBudgetMs: options.timeBudgetMs ?? CLI_TIME_BUDGET_MS,
    ...(options.maxFileSizeKb ? { maxFileSizeKb: options.maxFileSizeKb } : {}),
  };
}

/** Collects the files of every path (deduplicated, in order) and what the walk set aside. */
async function collect(paths: string[], options: ScanOptions, config: AuditConfig, cwd: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files = new Set<string>();
  const skipped = new Map<string, SkippedFile>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`No such file or folder: ${path}`);
    const walked = await collectFiles(absolute, { exclude: options.exclude, maxFileSizeKb: config.maxFileSizeKb });
    for (const f of walked.files) files.add(f);
    for (const s of walked.skipped) skipped.set(s.path, s);
  }
  return { files: [...files], skipped: [...skipped.values()] };
}

/** Whether the report has a finding at or above the `--fail-on` threshold. */
export function failsThreshold(report: ScanReport, failOn: ScanOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold);
}

/** Runs a scan; returns the exit code (0 or 1). Throws `UsageError` for bad paths or rule ids. */
export async function scanCommand(options: ScanOptions, io: CliIO): Promise<number> {
  const engine = new Engine(loadBundledRules());
  const config = scanConfig(options, engine);
  const { files, skipped } = await collect(options.paths, options, config, io.cwd);

  const progress = io.stderrIsTTY && !io.env.CI && !options.quiet;
  const audits = await auditFilesInParallel(engine, files, {
    config,
    ...(options.fix ? { fix: options.unsafeFixes ? 'unsafe' : 'safe' } : {}),
    ...(progress ? { onFile: (i: number, path: string) => io.stderr(`\r\u001b[2K[${i + 1}/${files.length}] ${printable(relativePath(io.cwd, path))}`) } : {}),
  }, options.jobs);
  if (progress && files.length) io.stderr('\r\u001b[2K');

  const report = buildReport({ name: 'ai-audit', version: toolVersion() }, io.cwd, skipped, audits, {
    minSeverity: options.minSeverity,
    // Confidence is filtered unless --all or --rule asked for the rules whatever their confidence.
    ...(options.minConfidence || (!options.all && !options.rules.length) ? { minConfidence: config.minimumConfidence } : {}),
  });

  const toFile = options.output !== undefined && options.output !== '-';
  const color = options.color && !toFile && io.stdoutIsTTY && !io.env.NO_COLOR && options.format === 'text';
  const rendered =
    options.format === 'json'
      ? formatJson(report)
      : options.format === 'sarif'
        ? formatSarif(report, { ruleSet: engine.ruleSet, docUrl: (rule) => engine.docUrl(rule, config) })
        : formatText(report, { color, quiet: options.quiet });

  if (toFile) {
    try {
      await writeFile(resolve(io.cwd, options.output!), rendered);
    } catch (error) {
      throw new UsageError(`Could not write the report to ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
  } else io.stdout(rendered);

  // Machine-readable formats keep standard output clean; the human summary goes to standard error.
  if (!options.quiet && (toFile || options.format !== 'text')) {
    for (const x of report.fixed) io.stderr(`fixed ${printable(x.path)}:${x.line}: ${x.ruleId} ${x.title}\n`);
    io.stderr(`${summaryLine(report)}\n`);
  }
  return failsThreshold(report, options.failOn) ? 1 : 0;
}
