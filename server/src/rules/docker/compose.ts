/** The services of a docker-compose file, read from the parsed YAML with source ranges. */
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { ModuleContext } from '../../engine/module';
import { get } from '../gha/workflow';

export interface Service {
  name: string;
  node: YAMLMap;
  /** The `image:` value, if any. */
  image?: string;
}

/** Every service of every document of the file. */
export function composeServices(ctx: ModuleContext): Service[] {
  const out: Service[] = [];
  for (const doc of ctx.yaml()) {
    const services = isMap(doc.contents) ? get(doc.contents, 'services') : undefined;
    if (!isMap(services)) continue;
    for (const pair of services.items as Pair<unknown, unknown>[]) {
      if (!isScalar(pair.key) || !isMap(pair.value)) continue;
      const image = get(pair.value, 'image');
      out.push({ name: String(pair.key.value), node: pair.value, ...(isScalar(image) ? { image: String(image.value) } : {}) });
    }
  }
  return out;
}

export { get, pairOf, span, wholeLines } from '../gha/workflow';
