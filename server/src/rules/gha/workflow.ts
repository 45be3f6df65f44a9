/**
 * A GitHub Actions workflow (or composite action) read from the parsed YAML with source ranges: its triggers,
 * jobs and steps, so each rule of the pack asks about the parts it cares about instead of walking the tree.
 */
import { isMap, isScalar, isSeq, type Document as YamlDocument, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { ModuleContext } from '../../engine/module';

/** One step: a map with `uses:` or `run:` (and `with:`, `env:`, …). */
export interface Step {
  node: YAMLMap;
  uses?: Scalar;
  run?: Scalar;
  /**
   * Source range of the `run:` value. It is set even when the value is not a scalar: an unquoted `echo "a: b"`
   * is a YAML error that parses as a map, and the script text is still worth checking.
   */
  script?: { start: number; end: number };
  with?: YAMLMap;
  env?: YAMLMap;
  shell?: string;
}

/** One job, or the steps of a composite action. */
export interface Job {
  id: string;
  node: YAMLMap;
  steps: Step[];
  /** `uses:` of a job that calls a reusable workflow. */
  uses?: Scalar;
  /** `if:` of the job, as source text. */
  condition?: string;
}

export interface Workflow {
  root: YAMLMap;
  /** Event names of `on:` (string, list or map form). */
  triggers: Set<string>;
  /** The `on` key, for findings about the workflow as a whole. */
  onKey?: Scalar;
  jobs: Job[];
  /** An `action.yml` rather than a workflow. */
  isAction: boolean;
}

/** Events whose workflows run with the base repository's token and secrets on input that outsiders write. */
export const PRIVILEGED_TRIGGERS = ['pull_request_target', 'issues', 'issue_comment', 'discussion', 'discussion_comment', 'pull_request_review_comment', 'pull_request_review', 'workflow_run'];

/** The value of `key` in a map (string keys only). */
export function get(map: unknown, key: string): YamlNode | undefined {
  const pair = pairOf(map, key);
  return (pair?.value ?? undefined) as YamlNode | undefined;
}

/** The pair of `key` in a map. */
export function pairOf(map: unknown, key: string): Pair<Scalar, YamlNode> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items as Pair<unknown, unknown>[]) {
    if (isScalar(item.key) && String(item.key.value) === key) return item as Pair<Scalar, YamlNode>;
  }
  return undefined;
}

/** A scalar's value as a string, or undefined for other nodes. */
export function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

function readSteps(node: unknown): Step[] {
  if (!isSeq(node)) return [];
  const steps: Step[] = [];
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const uses = get(item, 'uses');
    const run = get(item, 'run');
    const withMap = asMap(get(item, 'with'));
    const env = asMap(get(item, 'env'));
    const shell = scalarText(get(item, 'shell'));
    steps.push({
      node: item,
      ...(isScalar(uses) ? { uses } : {}),
      ...(isScalar(run) ? { run } : {}),
      ...(run?.range ? { script: { start: run.range[0], end: run.range[1] } } : {}),
      ...(withMap ? { with: withMap } : {}),
      ...(env ? { env } : {}),
      ...(shell ? { shell } : {}),
    });
  }
  return steps;
}

function readTriggers(on: unknown): Set<string> {
  const triggers = new Set<string>();
  if (isScalar(on)) {
    triggers.add(String(on.value));
  } else if (isSeq(on)) {
    for (const item of on.items) if (isScalar(item)) triggers.add(String(item.value));
  } else if (isMap(on)) {
    for (const pair of on.items) if (isScalar(pair.key)) triggers.add(String(pair.key.value));
  }
  return triggers;
}

/** Reads the workflow of a file, or undefined when it is neither a workflow nor a composite action. */
export function readWorkflow(doc: YamlDocument.Parsed, path: string): Workflow | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const isAction = /(^|\/)action\.ya?ml$/i.test(path);
  // `on` is a string key in YAML 1.2; a YAML 1.1 reader would make it `true`.
  const onPair = pairOf(root, 'on') ?? pairOf(root, 'true');
  const jobs: Job[] = [];
  const jobsMap = asMap(get(root, 'jobs'));
  for (const pair of (jobsMap?.items ?? []) as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const node = pair.value;
    const uses = get(node, 'uses');
    const condition = get(node, 'if');
    jobs.push({
      id: String(pair.key.value),
      node,
      steps: readSteps(get(node, 'steps')),
      ...(isScalar(uses) ? { uses } : {}),
      ...(condition ? { condition: String(condition) } : {}),
    });
  }
  if (isAction) {
    const runs = asMap(get(root, 'runs'));
    if (runs) jobs.push({ id: '(composite)', node: runs, steps: readSteps(get(runs, 'steps')) });
  }
  if (!isAction && !onPair && jobs.length === 0) return undefined;
  return { root, triggers: readTriggers(onPair?.value), ...(onPair ? { onKey: onPair.key } : {}), jobs, isAction };
}

/** Every workflow of the file (one per YAML document). */
export function workflowsOf(ctx: ModuleContext): Workflow[] {
  const out: Workflow[] = [];
  for (const doc of ctx.yaml()) {
    const workflow = readWorkflow(doc, ctx.path);
    if (workflow) out.push(workflow);
  }
  return out;
}

/** The start and end offsets of a node in the source. */
export function span(node: { range?: [number, number, number] | null | undefined }): { start: number; end: number } {
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** The `owner/repo` of a `uses:` reference (lower case), e.g. `actions/checkout`, or undefined for local and docker. */
export function actionName(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const at = uses.indexOf('@');
  const path = (at < 0 ? uses : uses.slice(0, at)).toLowerCase();
  const parts = path.split('/');
  return parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined;
}

/** The start of the line holding `offset`, and that line's indentation. */
export function lineIndent(text: string, offset: number): { lineStart: number; indent: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { lineStart, indent: /^[ \t]*/.exec(text.slice(lineStart))![0] };
}

/** The whole lines from `start` to `end`, with the final line break: the range that removes a YAML entry. */
export function wholeLines(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  return { start: lineStart, end: newline < 0 ? text.length : newline + 1 };
}
