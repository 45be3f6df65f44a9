/**
 * `${{ … }}` expressions whose value an outsider writes: issue and comment text, pull request titles and branch
 * names, commit messages. GitHub substitutes them into scripts and inputs before anything runs, so they are
 * code, not data. An `env` variable set from one of them (`${{ env.TITLE }}`) is just as untrusted.
 */
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { Job, Step, Workflow } from './workflow';
import { get } from './workflow';

/** Context paths of the GitHub event payload that anyone who can open an issue or a fork can set. */
const UNTRUSTED_PATH = new RegExp(
  String.raw`\bgithub\s*\.\s*(?:head_ref\b|event\s*\.\s*(?:` +
    [
      String.raw`issue\.(?:title|body)`,
      String.raw`pull_request\.(?:title|body|head\.(?:ref|label|repo\.default_branch))`,
      String.raw`(?:comment|review|review_comment)\.body`,
      String.raw`discussion\.(?:title|body)`,
      String.raw`pages(?:\[\d+\]|\.\*)\.page_name`,
      String.raw`(?:commits(?:\[\d+\]|\.\*)|head_commit)\.(?:message|author\.(?:email|name))`,
      String.raw`workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name))|pull_requests(?:\[\d+\]|\.\*)\.head\.ref)`,
    ].join('|') +
    String.raw`)\b)`,
);

/** Whole event objects passed through `toJSON` carry the same text. */
const UNTRUSTED_OBJECT = /\btoJSON\s*\(\s*github\s*\.\s*event(?:\s*\.\s*(?:issue|pull_request|comment|review|review_comment|discussion|head_commit|commits|workflow_run))?\s*\)/;

export interface ExpressionHit {
  /** Offsets of the whole `${{ … }}` in the source. */
  start: number;
  end: number;
  /** The text between the braces, trimmed. */
  inner: string;
  /** The untrusted context path it reads, e.g. `github.event.issue.title`. */
  source: string;
}

/** The untrusted context path an expression reads, or undefined. `tainted` maps env names to their sources. */
export function untrustedSource(inner: string, tainted: ReadonlyMap<string, string> = new Map()): string | undefined {
  const direct = UNTRUSTED_PATH.exec(inner) ?? UNTRUSTED_OBJECT.exec(inner);
  if (direct) return direct[0].replace(/\s+/g, '');
  for (const m of inner.matchAll(/\benv\s*\.\s*([A-Za-z_][\w-]*)/g)) {
    const from = tainted.get(m[1]!);
    if (from) return `env.${m[1]} <- ${from}`;
  }
  return undefined;
}

/** A source for a message: `` `github.event.issue.title` `` or `` `env.TITLE` (set from `github.event.issue.title`) ``. */
export function describeSource(source: string): string {
  const chain = source.split(' <- ');
  return chain.length > 1 ? `\`${chain[0]}\` (set from \`${chain[chain.length - 1]}\`)` : `\`${source}\``;
}

/** Untrusted `${{ … }}` expressions between two offsets of the source text. */
export function untrustedExpressions(text: string, start: number, end: number, tainted?: ReadonlyMap<string, string>): ExpressionHit[] {
  const hits: ExpressionHit[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const inner = m[1]!.trim();
    const source = untrustedSource(inner, tainted);
    if (source) hits.push({ start: start + m.index, end: start + m.index + m[0].length, inner, source });
  }
  return hits;
}

function collectEnv(map: unknown, into: Map<string, string>): void {
  if (!isMap(map)) return;
  for (const pair of (map as YAMLMap).items as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const source = untrustedSource(String(pair.value.value ?? ''), into);
    if (source) into.set(String(pair.key.value), source);
  }
}

/**
 * Environment variables set from untrusted expressions that a step can see: workflow, job and step `env:`.
 * They are safe as `"$VAR"` in a script; they are not safe as `${{ env.VAR }}`, which GitHub substitutes first.
 */
export function taintedEnv(workflow: Workflow, job: Job, step?: Step): Map<string, string> {
  const tainted = new Map<string, string>();
  collectEnv(get(workflow.root, 'env'), tainted);
  collectEnv(get(job.node, 'env'), tainted);
  if (step) collectEnv(step.env, tainted);
  return tainted;
}
