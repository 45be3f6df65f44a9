/**
 * Database and cache services whose ports are published on every host interface (`"5432:5432"`), which puts
 * them on the network — and, because Docker writes its own firewall rules, past host firewalls such as ufw.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { composeServices, get, span } from './compose';

const DATABASE = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|elasticsearch|opensearch|cassandra|couchdb|couchbase|neo4j|influxdb|clickhouse(-server)?|rabbitmq|etcd|minio|cockroach|mssql\/server|azure-sql-edge|timescaledb|qdrant|weaviate|milvus|chroma)(:|@|$)/i;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;

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
        ctx.report({ ...span(port as { range?: [number, number, number] }), names: { service: service.name, image: service.image, port: isScalar(port) ? String(port.value) : `port ${String(get(port, 'published') ?? get(port, 'target') ?? '')}`.trim() } });
      }
    }
  },
};
