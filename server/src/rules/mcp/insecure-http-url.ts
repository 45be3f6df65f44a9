/** Remote MCP servers reached over plain `http://` (loopback addresses excepted). */
import type { ModuleRule } from '../../engine/module';
import { propertiesOf, rangeOf } from './json';
import { mcpConfig } from './servers';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|[\w-]+\.localhost|host\.docker\.internal)$/i;

/** The host of an `http://` URL that is not loopback, or undefined. */
export function plainHttpHost(url: string): string | undefined {
  const m = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url.trim());
  if (!m) return undefined;
  return LOOPBACK.test(m[1]!) ? undefined : m[1]!;
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const server of mcpConfig(ctx)?.servers ?? []) {
      if (!server.url) continue;
      const host = plainHttpHost(server.url.value);
      if (!host) continue;
      // Credentials sent over the wire make it worse than tampering alone.
      const sendsCredentials = propertiesOf(server.headers).length > 0 || /[?&][\w-]*(key|token|auth)/i.test(server.url.value);
      const fix = { title: 'Use https:// (unsafe)', safety: 'unsafe' as const, edits: [{ start: server.url.node.offset + 1, end: server.url.node.offset + 1 + 'http'.length, newText: 'https' }] };
      ctx.report({
        ...rangeOf(server.url.node),
        names: { server: server.name, host },
        ...(sendsCredentials ? { severity: 'high' as const } : {}),
        fixes: [fix],
      });
    }
  },
};
