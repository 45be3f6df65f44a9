/** docker-compose services that mount the Docker (or Podman/containerd) API socket. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { composeServices, get, span } from './compose';

const SOCKET = /^(\/var)?\/run\/(docker|podman\/podman|containerd\/containerd|user\/\d+\/(docker|podman\/podman))\.sock$|^\/\/\.\/pipe\/docker_engine$/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const service of composeServices(ctx)) {
      const volumes = get(service.node, 'volumes');
      if (!isSeq(volumes)) continue;
      for (const volume of volumes.items) {
        let source: string | undefined;
        let readOnly = false;
        if (isScalar(volume)) {
          const parts = String(volume.value).split(':');
          source = parts[0];
          readOnly = /(^|,)ro(,|$)/.test(parts[2] ?? '');
        } else if (isMap(volume)) {
          const value = get(volume, 'source');
          if (isScalar(value)) source = String(value.value);
          readOnly = String(get(volume, 'read_only') ?? '') === 'true';
        }
        if (!source || !SOCKET.test(source)) continue;
        ctx.report({ ...span(volume as { range?: [number, number, number] }), names: { service: service.name, socket: source, readOnly: readOnly ? ' Mounting it read-only (`:ro`) does not help: the API is still fully usable through the socket.' : '' } });
      }
    }
  },
};
