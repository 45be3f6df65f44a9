/**
 * Literal credentials in a docker-compose service's `environment:` (map or `KEY=value` list form). Compose
 * files are committed and shared; the value should come from `.env`, the shell, or `secrets:`.
 */
import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { composeServices, get, span } from './compose';
import { unsafeFix } from './fixes';
import { isLiteralSecret, isSecretName } from './secret-names';

/** Values that only make sense on a developer's machine. */
const WEAK = /^(postgres|mysql|root|admin|example|test|dev|local|pass(word)?\d*|secret\d*|123456\d*|guest)$/i;

export const rule: ModuleRule = {
  check(ctx) {
    for (const service of composeServices(ctx)) {
      const environment = get(service.node, 'environment');
      // `replace`: the edit of the fix, a `${NAME:?}` reference (quoted as the original entry was).
      const entries: { name: string; value: string | undefined; start: number; end: number; replace: { start: number; end: number; newText: string } }[] = [];
      if (isMap(environment)) {
        for (const pair of environment.items as Pair<unknown, unknown>[]) {
          if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
          const name = String(pair.key.value);
          entries.push({ name, value: pair.value.value === null ? undefined : String(pair.value.value), start: span(pair.key).start, end: span(pair.value).end, replace: { ...span(pair.value), newText: `\${${name}:?}` } });
        }
      } else if (isSeq(environment)) {
        for (const item of environment.items) {
          if (!isScalar(item)) continue;
          const text = String(item.value);
          const eq = text.indexOf('=');
          if (eq <= 0) continue;
          const name = text.slice(0, eq);
          const quote = /^["']/.exec(ctx.text.slice(span(item).start))?.[0] ?? '';
          entries.push({ name, value: text.slice(eq + 1), ...span(item), replace: { ...span(item), newText: `${quote}${name}=\${${name}:?}${quote}` } });
        }
      }
      for (const entry of entries) {
        if (!isSecretName(entry.name) || !isLiteralSecret(entry.value)) continue;
        const weak = WEAK.test(entry.value!.trim());
        const fixes = /^[A-Za-z_]\w*$/.test(entry.name) ? unsafeFix(`Read ${entry.name} from the environment or .env (unsafe)`, entry.replace) : [];
        ctx.report({ start: entry.start, end: entry.end, names: { service: service.name, name: entry.name }, ...(weak ? { confidence: 'low' as const } : {}), fixes });
      }
    }
  },
};
