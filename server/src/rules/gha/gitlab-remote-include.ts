/**
 * GitLab CI `include:` of configuration that can change under you: `remote:` URLs (over plain HTTP, or over
 * HTTPS without an `integrity:` hash), and `project:` / `component:` includes that follow a branch.
 */
import { isMap, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { gitlabJobs } from './gitlab';
import { get, scalarText, span } from './workflow';

const FULL_SHA = /^[0-9a-f]{40}$/i;
/** A release tag (`v1.2.3`, `1.4`), which a protected-tag setup keeps fixed; anything else is taken as a branch. */
const VERSION_TAG = /^v?\d+(\.\d+)+([-+][\w.]+)?$/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const { root } of gitlabJobs(ctx)) {
      const include = get(root, 'include');
      const entries: YamlNode[] = isSeq(include) ? (include.items as YamlNode[]) : include ? [include as YamlNode] : [];
      for (const entry of entries) {
        let remote: Scalar | undefined;
        if (isScalar(entry) && /^https?:\/\//i.test(String(entry.value))) remote = entry;
        if (isMap(entry)) {
          const value = get(entry, 'remote');
          if (isScalar(value)) remote = value;
        }
        if (remote) {
          const url = String(remote.value);
          if (/^http:\/\//i.test(url)) {
            ctx.report({ ...span(remote), names: { what: `fetches \`${url}\` over plain HTTP`, fix: 'Serve it over HTTPS with an `integrity:` hash, or vendor it into this repository' }, severity: 'high' });
          } else if (!(isMap(entry) && get(entry, 'integrity'))) {
            ctx.report({ ...span(remote), names: { what: `fetches \`${url}\` without an \`integrity:\` hash`, fix: 'Add `integrity: sha256-…` (GitLab 17.9+), or vendor the file into this repository' } });
          }
          continue;
        }
        if (!isMap(entry)) continue;
        const project = get(entry, 'project');
        if (isScalar(project)) {
          const ref = get(entry, 'ref');
          const refText = scalarText(ref);
          if (refText && (FULL_SHA.test(refText) || VERSION_TAG.test(refText) || refText.includes('$'))) continue;
          const at = refText && isScalar(ref) ? span(ref) : span(project);
          ctx.report({ ...at, names: { what: `takes \`${String(project.value)}\` ${refText ? `from the branch \`${refText}\`` : 'from its default branch (no `ref:`)'}`, fix: 'Set `ref:` to a commit SHA or a protected release tag' }, severity: 'medium' });
          continue;
        }
        const component = get(entry, 'component');
        if (isScalar(component)) {
          const version = String(component.value).split('@')[1] ?? '';
          if (FULL_SHA.test(version) || VERSION_TAG.test(version) || /^\d+$/.test(version)) continue;
          ctx.report({ ...span(component), names: { what: `takes the component \`${String(component.value)}\` at ${version ? `\`${version}\`` : 'its default branch'}`, fix: 'Pin the component to a released version or a commit SHA' }, severity: 'medium' });
        }
      }
    }
  },
};
