/**
 * Command-line parsing without a library: a table of flags per command, `--flag value` and `--flag=value`, repeatable
 * flags, and one clear sentence (a `UsageError`) for anything the table does not allow.
 */
import { BASELINE_FILE } from '../engine/baseline';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../engine/finding';

/** A mistake in the command line: printed as one sentence, exit code 2. */
export class UsageError extends Error {}

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** `--fail-on`: a severity, or `none` (never fail because of findings). */
export type FailOn = Severity | 'none';

export interface ScanOptions {
  command: 'scan';
  paths: string[];
  format: Format;
  output?: string;
  failOn: FailOn;
  minSeverity: Severity;
  /** Undefined: the default (medium, or low with `--all`). */
  minConfidence?: Confidence;
  all: boolean;
  exclude: string[];
  /** Only these rules (ids or `pack/*`) run; empty: every rule. */
  rules: string[];
  /** Files analysed at once; `auto`: one per core (up to 4) when there is enough to analyse. */
  jobs: number | 'auto';
  fix: boolean;
  unsafeFixes: boolean;
  /** Ask the npm/PyPI registry whether suspicious package names exist (the only network use; off by default). */
  checkRegistry: boolean;
  color: boolean;
  quiet: boolean;
  maxFileSizeKb?: number;
  timeBudgetMs?: number;
  /** Only findings on lines changed since this git ref (`--diff`). */
  diff?: string;
  /** The configuration file (`--config`); undefined: `ai-audit.json` found from the working folder up. */
  config?: string;
  /** `--baseline FILE`: findings recorded in FILE are reported as suppressed. */
  baseline?: string;
  /** Set by `ai-audit baseline`: write the findings to this file instead of reporting them. */
  writeBaseline?: string;
  /** `--cache`: reuse the results of the last cached scan for files that have not changed. */
  cache: boolean;
  /** `--cache-location`: the cache file, or a folder for it; default: a file under ~/.cache/ai-audit. */
  cacheLocation?: string;
}

export interface RulesOptions {
  command: 'rules';
  stats: boolean;
  format: 'text' | 'json';
  all: boolean;
}

export type ParsedCommand = ScanOptions | RulesOptions | { command: 'help'; topic?: 'scan' | 'rules' | 'baseline' } | { command: 'version' };

type FlagKind = 'boolean' | 'value' | 'list';

interface FlagSpec {
  kind: FlagKind;
  /** The option's property, when it differs from the camel-cased flag name. */
  key?: string;
}

const SCAN_FLAGS: Record<string, FlagSpec> = {
  format: { kind: 'value' },
  output: { kind: 'value' },
  'fail-on': { kind: 'value' },
  'min-severity': { kind: 'value' },
  'min-confidence': { kind: 'value' },
  all: { kind: 'boolean' },
  exclude: { kind: 'list' },
  rule: { kind: 'list', key: 'rules' },
  rules: { kind: 'list' },
  jobs: { kind: 'value' },
  fix: { kind: 'boolean' },
  'unsafe-fixes': { kind: 'boolean' },
  'check-registry': { kind: 'boolean' },
  'no-color': { kind: 'boolean' },
  quiet: { kind: 'boolean' },
  'max-file-size-kb': { kind: 'value' },
  'time-budget-ms': { kind: 'value' },
  diff: { kind: 'value' },
  config: { kind: 'value' },
  baseline: { kind: 'value' },
  cache: { kind: 'boolean' },
  'cache-location': { kind: 'value' },
};

/** `ai-audit baseline` takes the scan flags that decide which findings exist; `--output` names the file. */
const BASELINE_FLAGS: Record<string, FlagSpec> = Object.fromEntries(
  ['output', 'min-severity', 'min-confidence', 'all', 'exclude', 'rule', 'rules', 'jobs', 'quiet', 'max-file-size-kb', 'time-budget-ms', 'config', 'cache', 'cache-location'].map((name) => [name, SCAN_FLAGS[name]!]),
);

const RULES_FLAGS: Record<string, FlagSpec> = {
  stats: { kind: 'boolean' },
  format: { kind: 'value' },
  all: { kind: 'boolean' },
};

const SHORT: Record<string, string> = { f: 'format', o: 'output', q: 'quiet', j: 'jobs' };

/** Parses `argv` (without `node` and the script). Throws `UsageError` for anything unknown or invalid. */
export function parseArgs(argv: string[]): ParsedCommand {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-V' || argv[0] === 'version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (topic === 'scan' || topic === 'rules' || topic === 'baseline') return { command: 'help', topic };
    throw new UsageError(`Unknown command "${topic}"; the commands are scan, baseline and rules.`);
  }
  if (command === 'scan') {
    if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: 'scan' };
    return scanOptions(readFlags(rest, SCAN_FLAGS, 'scan'));
  }
  if (command === 'baseline') {
    if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: 'baseline' };
    const options = scanOptions(readFlags(rest, BASELINE_FLAGS, 'baseline'));
    options.writeBaseline = options.output ?? BASELINE_FILE;
    delete options.output;
    return options;
  }
  if (command === 'rules') {
    if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: 'rules' };
    return rulesOptions(readFlags(rest, RULES_FLAGS, 'rules'));
  }
  if (command!.startsWith('-')) throw new UsageError(`Unknown option ${command}; put options after a command such as "ai-audit scan".`);
  throw new UsageError(`Unknown command "${command}"; the commands are scan, baseline and rules (see ai-audit --help).`);
}

interface RawFlags {
  positional: string[];
  values: Map<string, string | true | string[]>;
}

function readFlags(args: string[], table: Record<string, FlagSpec>, command: string): RawFlags {
  const positional: string[] = [];
  const values = new Map<string, string | true | string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1, eq === -1 ? undefined : eq);
    if (!arg.startsWith('--')) name = SHORT[name] ?? `-${name}`;
    const spec = table[name];
    if (!spec) throw new UsageError(`Unknown option ${arg.slice(0, eq === -1 ? undefined : eq)} for "ai-audit ${command}" (see ai-audit ${command} --help).`);
    if (spec.kind === 'boolean') {
      if (eq !== -1) throw new UsageError(`Option --${name} takes no value.`);
      values.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`Option --${name} needs a value.`);
      i++;
    }
    if (spec.kind === 'list') {
      const key = spec.key ?? name;
      const list = (values.get(key) as string[] | undefined) ?? [];
      list.push(...(name === 'exclude' ? [value] : value.split(',').map((v) => v.trim()).filter(Boolean)));
      values.set(key, list);
    } else {
      if (values.has(name)) throw new UsageError(`Option --${name} is given twice.`);
      values.set(name, value);
    }
  }
  return { positional, values };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Invalid value "${value}" for --${flag}; expected one of ${allowed.join(', ')}.`);
}

function positiveInteger(flag: string, value: string, max: number, or = ''): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UsageError(`Invalid value "${value}" for --${flag}; expected ${or}a whole number from 1 to ${max}.`);
  return n;
}

function scanOptions({ positional, values }: RawFlags): ScanOptions {
  const str = (name: string) => values.get(name) as string | undefined;
  const flag = (name: string) => values.get(name) === true;
  const options: ScanOptions = {
    command: 'scan',
    paths: positional.length ? positional : ['.'],
    format: oneOf('format', str('format') ?? 'text', FORMATS),
    failOn: oneOf<FailOn>('fail-on', str('fail-on') ?? 'high', [...SEVERITIES, 'none']),
    minSeverity: oneOf('min-severity', str('min-severity') ?? 'low', SEVERITIES),
    all: flag('all'),
    exclude: (values.get('exclude') as string[] | undefined) ?? [],
    rules: (values.get('rules') as string[] | undefined) ?? [],
    jobs: str('jobs') === undefined || str('jobs') === 'auto' ? 'auto' : positiveInteger('jobs', str('jobs')!, 64, 'auto or '),
    fix: flag('fix'),
    unsafeFixes: flag('unsafe-fixes'),
    checkRegistry: flag('check-registry'),
    color: !flag('no-color'),
    quiet: flag('quiet'),
    cache: flag('cache'),
  };
  const confidence = str('min-confidence');
  if (confidence !== undefined) options.minConfidence = oneOf('min-confidence', confidence, CONFIDENCES);
  const output = str('output');
  if (output !== undefined) {
    if (!output) throw new UsageError('Option --output needs a file name.');
    options.output = output;
  }
  const size = str('max-file-size-kb');
  if (size !== undefined) options.maxFileSizeKb = positiveInteger('max-file-size-kb', size, 65536);
  const budget = str('time-budget-ms');
  if (budget !== undefined) options.timeBudgetMs = positiveInteger('time-budget-ms', budget, 600000);
  const diff = str('diff');
  if (diff !== undefined) {
    if (!diff) throw new UsageError('Option --diff needs a git ref.');
    options.diff = diff;
  }
  const cacheLocation = str('cache-location');
  if (cacheLocation !== undefined) {
    if (!cacheLocation) throw new UsageError('Option --cache-location needs a file or folder name.');
    if (!options.cache) throw new UsageError('Option --cache-location goes with --cache.');
    options.cacheLocation = cacheLocation;
  }
  if (options.cache && options.fix) throw new UsageError('Options --cache and --fix cannot be combined: a fix run analyses every file again.');
  const config = str('config');
  if (config !== undefined) {
    if (!config) throw new UsageError('Option --config needs a file name.');
    options.config = config;
  }
  const baseline = str('baseline');
  if (baseline !== undefined) {
    if (!baseline) throw new UsageError('Option --baseline needs a file name.');
    options.baseline = baseline;
  }
  if (options.unsafeFixes && !options.fix) throw new UsageError('--unsafe-fixes only applies together with --fix.');
  for (const id of options.rules) {
    if (!/^([a-z0-9]+(-[a-z0-9]+)*\/(\*|[a-z0-9]+(-[a-z0-9]+)*)|\*)$/.test(id)) throw new UsageError(`Invalid rule id "${id}" for --rule; expected <pack>/<rule> or <pack>/*.`);
  }
  return options;
}

function rulesOptions({ positional, values }: RawFlags): RulesOptions {
  if (positional.length) throw new UsageError(`"ai-audit rules" takes no arguments (got "${positional[0]}").`);
  return {
    command: 'rules',
    stats: values.get('stats') === true,
    format: oneOf('format', (values.get('format') as string | undefined) ?? 'text', ['text', 'json'] as const),
    all: values.get('all') === true,
  };
}
