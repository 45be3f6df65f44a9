/** docker-compose services with `privileged: true` or the capabilities that amount to it (`ALL`, `SYS_ADMIN`). */
import { isScalar, isSeq } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { composeServices, get, pairOf, span } from './compose';

export const rule: ModuleRule = {
  check(ctx) {
    for (const service of composeServices(ctx)) {
      const privileged = pairOf(service.node, 'privileged');
      if (privileged && isScalar(privileged.value) && String(privileged.value.value) === 'true') {
        ctx.report({ start: span(privileged.key).start, end: span(privileged.value).end, names: { service: service.name, what: '`privileged: true`' } });
      }
      const caps = get(service.node, 'cap_add');
      if (!isSeq(caps)) continue;
      for (const cap of caps.items) {
        if (!isScalar(cap) || !/^(CAP_)?(ALL|SYS_ADMIN|SYS_MODULE|SYS_PTRACE|SYS_RAWIO|DAC_READ_SEARCH)$/i.test(String(cap.value))) continue;
        ctx.report({ ...span(cap), names: { service: service.name, what: `\`cap_add: ${String(cap.value)}\`` } });
      }
    }
  },
};
