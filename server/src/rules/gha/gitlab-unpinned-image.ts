/** GitLab CI `image:` and `services:` without a tag or with `:latest` (and other moving tags). */
import { isMap, isScalar, isSeq, type Node as YamlNode, type Scalar } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { parseImage, pinning } from '../docker/images';
import { gitlabJobs } from './gitlab';
import { get, span } from './workflow';

/** The image name scalars of an `image:` value (string or `{ name: … }`) or a `services:` list. */
function imageScalars(node: YamlNode | undefined | null): Scalar[] {
  if (!node) return [];
  if (isScalar(node)) return [node];
  if (isMap(node)) {
    const name = get(node, 'name');
    return isScalar(name) ? [name] : [];
  }
  if (isSeq(node)) return node.items.flatMap((item) => imageScalars(item as YamlNode));
  return [];
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const { root, jobs } of gitlabJobs(ctx)) {
      const holders = [root, get(root, 'default'), ...jobs.map((j) => j.node)];
      for (const holder of holders) {
        if (!isMap(holder)) continue;
        for (const key of ['image', 'services']) {
          for (const scalar of imageScalars(get(holder, key))) {
            const image = parseImage(String(scalar.value ?? ''));
            if (!image) continue;
            const pin = pinning(image);
            if (pin === 'digest' || pin === 'version') continue;
            ctx.report({ ...span(scalar), names: { image: String(scalar.value), problem: pin === 'untagged' ? 'has no tag, so it means `:latest`' : `uses the moving tag \`:${image.tag}\`` } });
          }
        }
      }
    }
  },
};
