/**
 * Database and cache services whose ports are published on every host interface (`"5432:5432"`), which puts
 * them on the network — and, because Docker writes its own firewall rules, past host firewalls such as ufw.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { FixDraft, ModuleRule } from '../../engine/module';
import { composeServices, get, pairOf, span } from './compose';
import { isBlockMap, unsafeFix } from './fixes';

const DATABASE = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|elasticsearch|opensearch|cassandra|couchdb|couchbase|neo4j|influxdb|clickhouse(-server)?|rabbitmq|etcd|minio|cockroach|mssql\/server|azure-sql-edge|timescaledb|qdrant|weaviate|milvus|chroma)(:|@|$)/i;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

const TITLE = 'Publish the port on 127.0.0.1 only (unsafe)';

/**
 * Binds a published port to loopback: `"5432:5432"` → `"127.0.0.1:5432:5432"`, `"0.0.0.0:5432:5432"` →
 * `"127.0.0.1:5432:5432"`, `5432` → `"127.0.0.1::5432"`; the long form gets `host_ip: 127.0.0.1` (an existing
 * `host_ip` is replaced). Declined for IPv6 addresses and flow-style maps.
 */
function fixOf(text: string, port: unknown): FixDraft[] {
  if (isScalar(port)) {
    const written = String(port.value);
    const parts = written.split(':');
    if (written.includes('[') || (parts.length === 2 && parts[0]!.includes('.'))) return [];
    const rest = parts.length === 3 ? parts.slice(1).join(':') : parts.length === 2 ? written : `:${written}`;
    return unsafeFix(TITLE, { ...span(port), newText: `"127.0.0.1:${rest}"` });
  }
  const hostIp = pairOf(port, 'host_ip');
  if (hostIp && isScalar(hostIp.value)) return unsafeFix(TITLE, { ...span(hostIp.value), newText: '127.0.0.1' });
  if (!isBlockMap(port) || !port.items.length) return [];
  const { start } = span(port.items[0]!.key as never);
  // Below `- target: 9200` (or a first key on its own line), at the same column.
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  return unsafeFix(TITLE, { start, end: start, newText: `host_ip: 127.0.0.1\n${' '.repeat(column)}` });
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const service of composeServices(ctx)) {
      if (!service.image || !DATABASE.test(service.image)) continue;
      const ports = get(service.node, 'ports');
      if (!isSeq(ports)) continue;
      for (const port of ports.items) {
        let hostIp: string | undefined;
        if (isScalar(port)) {
          const text = String(port.value);
          // `[ip:]host:container[/proto]`; a bare container port is published on a random host port.
          const m = /^(?:(\[[^\]]+\]|[^:]+):)?([\d-]*):?([\d-]+)(\/\w+)?$/.exec(text);
          if (!m) continue;
          const parts = text.replace(/\/\w+$/, '').split(':');
          hostIp = parts.length === 3 ? parts[0] : parts.length === 2 && parts[0]!.includes('.') ? parts[0] : undefined;
        } else if (isMap(port)) {
          const ip = get(port, 'host_ip');
          hostIp = isScalar(ip) ? String(ip.value) : undefined;
        } else continue;
        if (hostIp && LOOPBACK.test(hostIp)) continue;
        ctx.report({ ...span(port as { range?: [number, number, number] }), names: { service: service.name, image: service.image, port: isScalar(port) ? String(port.value) : `port ${String(get(port, 'published') ?? get(port, 'target') ?? '')}`.trim() }, fixes: fixOf(ctx.text, port) });
      }
    }
  },
};
