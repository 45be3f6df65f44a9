/**
 * `ai-audit scan`: walks the paths, audits every file with the bundled rules, optionally fixes, renders the report
 * and decides the exit code (0 clean, 1 findings at or above --fail-on).
 */
import { existsSync, statSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Engine, globMatch } from '../engine/engine';
import { type AuditConfig, type RuleSetting, DEFAULT_CONFIG } from '../engine/config';
import { SEVERITIES } from '../engine/finding';
import { loadBundledRules } from '../engine/ruleset';
import { directiveCovers } from '../engine/suppress';
import { collectFiles, type SkippedFile } from '../audit/walk';
import { autoJobs, auditFilesInParallel, EarlyWorkers } from '../audit/pool';
import type { AuditOptions } from '../audit/run';
import { confirmFindings, RegistryClient } from '../deps-online/registry';
import { changedLines, GitError, onChangedLine, type ChangedLines } from '../audit/git';
import { applyConfigFile, type ConfigFile, ConfigFileError, findConfigFile, readConfigFile } from '../config/file';
import { type ScanOptions, UsageError } from './args';
import { buildReport, relativePath, type ReportFinding, type ScanReport } from './report';
import { formatText, printable, summaryLine } from './text';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { toolVersion } from './help';
import { applyBaselineFile, writeBaselineFile } from './baseline';
import { AuditCache, auditContext, cacheFileName, cacheKey, defaultCacheDir } from '../audit/cache';

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

/**
 * Collects the files of every path (deduplicated, in order) and what the walk set aside. The paths are looked up on
 * this thread: CI passes thousands of changed files, and a look-up through the I/O threads costs more than the
 * look-up itself (1,500 files with nothing else running: 35-60 ms, against 9-18 ms; more while workers start).
 */
async function collect(paths: string[], options: ScanOptions, config: AuditConfig, cwd: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files = new Set<string>();
  const skipped = new Map<string, SkippedFile>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) throw new UsageError(`No such file or folder: ${path}`);
    const walked = await collectFiles(absolute, { exclude: options.exclude, maxFileSizeKb: config.maxFileSizeKb, blocking: true });
    for (const f of walked.files) files.add(f);
    for (const s of walked.skipped) skipped.set(s.path, s);
  }
  return { files: [...files], skipped: [...skipped.values()] };
}

/** The configuration file of a scan: `--config FILE` (which must exist), else `ai-audit.json` found from `cwd` up. */
export function loadScanConfigFile(options: ScanOptions, cwd: string): { path: string; file: ConfigFile } | undefined {
  try {
    if (options.config !== undefined) {
      const path = resolve(cwd, options.config);
      const file = readConfigFile(path);
      if (!file) throw new UsageError(`No such configuration file: ${options.config}`);
      return { path, file };
    }
    const path = findConfigFile(cwd, existsSync);
    const file = path ? readConfigFile(path) : undefined;
    return path && file ? { path, file } : undefined;
  } catch (error) {
    if (error instanceof ConfigFileError) throw new UsageError(error.withPosition());
    throw error;
  }
}

/** Drops files matched by the configuration file's `exclude` globs, which are relative to the file's folder. */
function excludedByConfigFile(path: string, configPath: string, globs: string[]): boolean {
  const rel = relative(dirname(configPath), path);
  if (rel.startsWith('..')) return false;
  const posix = rel.split(sep).join('/');
  // A folder glob (`generated/**`, `generated`) excludes everything below the folders it matches.
  const folders = posix.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  return globs.some((g) => globMatch(g, posix) || folders.some((folder) => globMatch(g.replace(/\/\*\*$/, ''), folder)));
}

/**
 * The cache of a scan (`--cache`): `--cache-location` (a file, or a folder to hold one), else a file per set of
 * scanned paths and excludes in the user's cache folder, signed with the key kept there. It is valid for this
 * ai-audit, configuration and policy.
 */
function openCache(options: ScanOptions, io: CliIO, config: AuditConfig, configFile: { path: string; file: ConfigFile } | undefined): AuditCache {
  const scope = JSON.stringify({ paths: options.paths.map((p) => resolve(io.cwd, p)), exclude: options.exclude, configExclude: configFile?.file.exclude ?? [] });
  const home = defaultCacheDir(io.env);
  let file = join(home, cacheFileName(scope));
  if (options.cacheLocation !== undefined) {
    const location = resolve(io.cwd, options.cacheLocation);
    const folder = /[\\/]$/.test(options.cacheLocation) || (existsSync(location) && statSync(location).isDirectory());
    file = folder ? join(location, cacheFileName(scope)) : location;
  }
  const today = new Date().toISOString().slice(0, 10);
  return AuditCache.open(file, cacheKey(home), auditContext({ config, policy: configFile?.file.policy ?? null }), today);
}

/** Whether `path` is the cache file, or one being written in its place. */
function isCacheFile(path: string, cacheFile: string | undefined): boolean {
  return cacheFile !== undefined && (path === cacheFile || (path.startsWith(`${cacheFile}.`) && path.endsWith('.tmp')));
}

/** Keeps the findings on lines changed since the `--diff` ref. */
function onlyChanged(report: ScanReport, lines: ChangedLines): void {
  const keep = (f: ReportFinding) => onChangedLine(lines, resolve(report.base, f.path), f.range.start.line + 1);
  report.findings = report.findings.filter(keep);
  report.suppressed = report.suppressed.filter(keep);
}

/** Whether the report has a finding at or above the `--fail-on` threshold. */
export function failsThreshold(report: ScanReport, failOn: ScanOptions['failOn']): boolean {
  if (failOn === 'none') return false;
  const threshold = SEVERITIES.indexOf(failOn);
  return report.findings.some((f) => SEVERITIES.indexOf(f.severity) >= threshold);
}

/**
 * Workers to start before the files are looked up: as many as the audit will run besides this thread when `--jobs`
 * gives a number; with `auto` and a folder to walk, as many as a large audit runs (the ones not needed are stopped).
 * None with the cache: a scan with nothing changed starts no worker.
 */
function earlyWorkerCount(options: ScanOptions, cwd: string): number {
  if (options.cache) return 0;
  if (options.jobs !== 'auto') return options.jobs - 1;
  const folder = options.paths.some((path) => {
    try {
      return statSync(resolve(cwd, path)).isDirectory();
    } catch {
      return false;
    }
  });
  return folder ? autoJobs(Infinity) - 1 : 0;
}

/** Runs a scan; returns the exit code (0 or 1). Throws `UsageError` for bad paths or rule ids. */
export async function scanCommand(options: ScanOptions, io: CliIO): Promise<number> {
  const engine = new Engine(loadBundledRules());
  const configFile = loadScanConfigFile(options, io.cwd);
  const own = scanConfig(options, engine);
  // Flags win over the file: a threshold counts as given when it differs from the flag's default.
  const config = configFile
    ? applyConfigFile(own, configFile.file, { rules: own.rules, minimumSeverity: options.minSeverity !== 'low', minimumConfidence: options.minConfidence !== undefined || options.all })
    : own;
  const auditOptions: AuditOptions = {
    config,
    ...(configFile?.file.policy ? { policy: configFile.file.policy } : {}),
    ...(options.fix ? { fix: options.unsafeFixes ? 'unsafe' : 'safe' } : {}),
  };
  // The workers start loading while the files are looked up.
  const early = new EarlyWorkers(earlyWorkerCount(options, io.cwd), auditOptions);
  try {
    const collected = await collect(options.paths, options, config, io.cwd);
    const skipped = collected.skipped;
    let files = collected.files;
    const excludes = configFile?.file.exclude ?? [];
    if (configFile && excludes.length) files = files.filter((f) => !excludedByConfigFile(f, configFile.path, excludes));
    let changed: ChangedLines | undefined;
    if (options.diff !== undefined) {
      try {
        // git runs in the first scanned folder, so `ai-audit scan ../other-repo --diff main` asks the right repository.
        const first = resolve(io.cwd, options.paths[0]!);
        const gitCwd = (await stat(first)).isDirectory() ? first : dirname(first);
        changed = (await changedLines(gitCwd, options.diff)).lines;
      } catch (error) {
        if (error instanceof GitError) throw new UsageError(`--diff: ${error.message}`);
        throw error;
      }
      files = files.filter((f) => changed!.has(f));
    }

    const progress = io.stderrIsTTY && !io.env.CI && !options.quiet;
    const cache = options.cache ? openCache(options, io, config, configFile) : undefined;
    if (cache?.problem && !options.quiet) io.stderr(`note: ${printable(cache.problem)}\n`);
    if (cache) {
      // A cache file inside a scanned folder is not the user's code; a scan of changed lines leaves the rest stored.
      files = files.filter((f) => !isCacheFile(f, cache.file));
      cache.partial = changed !== undefined;
    }
    const audits = await auditFilesInParallel(engine, files, {
      ...auditOptions,
      ...(cache ? { cache } : {}),
      ...(progress ? { onFile: (i: number, path: string) => io.stderr(`\r\u001b[2K[${i + 1}/${files.length}] ${printable(relativePath(io.cwd, path))}`) } : {}),
    }, options.jobs, false, early);
    early.release();
    if (progress && files.length) io.stderr('\r\u001b[2K');
    if (cache) {
      const problem = await cache.save();
      if (problem && !options.quiet) io.stderr(`note: ${printable(problem)}\n`);
      if (!options.quiet) io.stderr(`cache: ${cache.reused} of ${cache.reused + cache.analysed} files unchanged since the cached scan, ${cache.analysed} analysed\n`);
    }
    if (options.checkRegistry) {
      // Opt-in: the only network use of the CLI. Each suspicious name is asked about once, with a timeout.
      const client = new RegistryClient({
        // Private mirrors (and the tests' local fake registry) are named by environment variables.
        ...(io.env.AI_AUDIT_NPM_REGISTRY ? { npmRegistry: io.env.AI_AUDIT_NPM_REGISTRY } : {}),
        ...(io.env.AI_AUDIT_PYPI_REGISTRY ? { pypiRegistry: io.env.AI_AUDIT_PYPI_REGISTRY } : {}),
      });
      for (const audit of audits) audit.findings = await confirmFindings(audit.path, audit.findings, client);
    }

    const report = buildReport({ name: 'ai-audit', version: toolVersion() }, io.cwd, skipped, audits, {
      minSeverity: config.minimumSeverity,
      // Confidence is filtered unless --all or --rule asked for the rules whatever their confidence.
      ...(options.minConfidence || configFile?.file.minimumConfidence || (!options.all && !options.rules.length) ? { minConfidence: config.minimumConfidence } : {}),
    });
    if (changed) onlyChanged(report, changed);
    if (options.writeBaseline !== undefined) {
      const file = resolve(io.cwd, options.writeBaseline);
      const recorded = await writeBaselineFile(report, file, new Date().toISOString().slice(0, 10));
      if (!options.quiet) io.stderr(`Recorded ${recorded} finding${recorded === 1 ? '' : 's'} of ${report.filesScanned} scanned file${report.filesScanned === 1 ? '' : 's'} in ${printable(relativePath(io.cwd, file))}.\n`);
      return 0;
    }
    if (options.baseline !== undefined) await applyBaselineFile(report, resolve(io.cwd, options.baseline));

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
  } finally {
    early.release();
  }
}
