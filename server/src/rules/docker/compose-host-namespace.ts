/** docker-compose services that share the host's network, PID or IPC namespace. */
import { isScalar } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { composeServices, pairOf, span } from './compose';
import { removePair, unsafeFix } from './fixes';

const EFFECTS: Record<string, string> = {
  network_mode: 'it listens on and reaches every host interface, including services bound to localhost such as the Docker API, cloud metadata proxies and databases',
  pid: 'it sees and can signal or trace every process on the host',
  ipc: 'it shares the host\'s shared memory and semaphores',
};

export const rule: ModuleRule = {
  check(ctx) {
    for (const service of composeServices(ctx)) {
      for (const key of Object.keys(EFFECTS)) {
        const pair = pairOf(service.node, key);
        if (!pair || !isScalar(pair.value) || String(pair.value.value) !== 'host') continue;
        // `pid: host` and `ipc: host` are removed; `network_mode: host` is not, the service would lose its ports.
        const removal = key === 'network_mode' ? undefined : removePair(ctx.text, service.node, pair);
        ctx.report({
          start: span(pair.key).start,
          end: span(pair.value).end,
          names: { service: service.name, setting: `${key}: host`, effect: EFFECTS[key]! },
          ...(key === 'ipc' ? { severity: 'low' as const } : {}),
          fixes: removal ? unsafeFix(`Remove ${key}: host (unsafe)`, removal) : [],
        });
      }
    }
  },
};
