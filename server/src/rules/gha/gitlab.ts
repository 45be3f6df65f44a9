/**
 * A GitLab CI file read from the parsed YAML: its jobs (top-level maps that are not global keywords), their
 * scripts, images and the `include:` list.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { ModuleContext } from '../../engine/module';
import { get } from './workflow';

/** Top-level keys that configure the pipeline rather than name a job. */
const GLOBAL_KEYS = new Set(['stages', 'variables', 'include', 'default', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'types', 'pages:deploy', 'spec']);

export interface GitlabJob {
  name: string;
  node: YAMLMap;
}

/** The jobs of every document of a `.gitlab-ci.yml` (hidden `.template` jobs included: others extend them). */
export function gitlabJobs(ctx: ModuleContext): { root: YAMLMap; jobs: GitlabJob[] }[] {
  const out: { root: YAMLMap; jobs: GitlabJob[] }[] = [];
  for (const doc of ctx.yaml()) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    const jobs: GitlabJob[] = [];
    for (const pair of root.items as Pair<unknown, unknown>[]) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const name = String(pair.key.value);
      if (GLOBAL_KEYS.has(name)) continue;
      jobs.push({ name, node: pair.value });
    }
    out.push({ root, jobs });
  }
  return out;
}

/** The script lines (scalars) of a `script`-like value: a string or a (nested) list of strings. */
export function scriptLines(node: YamlNode | undefined | null): Scalar[] {
  if (!node) return [];
  if (isScalar(node)) return [node];
  if (isSeq(node)) return node.items.flatMap((item) => scriptLines(item as YamlNode));
  return [];
}

/** Every script line of the file: jobs' `script`, `before_script`, `after_script`, and the global and default ones. */
export function gitlabScripts(ctx: ModuleContext): { job: string; line: Scalar }[] {
  const out: { job: string; line: Scalar }[] = [];
  for (const { root, jobs } of gitlabJobs(ctx)) {
    const holders: { job: string; node: YAMLMap | undefined }[] = [{ job: '(global)', node: root }, { job: 'default', node: isMap(get(root, 'default')) ? (get(root, 'default') as YAMLMap) : undefined }, ...jobs.map((j) => ({ job: j.name, node: j.node }))];
    for (const holder of holders) {
      for (const key of ['before_script', 'script', 'after_script']) {
        for (const line of scriptLines(get(holder.node, key))) out.push({ job: holder.job, line });
      }
    }
  }
  return out;
}
