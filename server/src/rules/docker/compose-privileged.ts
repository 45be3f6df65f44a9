/** docker-compose services with `privileged: true` or the capabilities that amount to it (`ALL`, `SYS_ADMIN`). */
import { isScalar, isSeq } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { composeServices, get, pairOf, span } from './compose';
import { removeItem, removePair, unsafeFix } from './fixes';

export const rule: ModuleRule = {
  check(ctx) {
    for (const service of composeServices(ctx)) {
      const privileged = pairOf(service.node, 'privileged');
      if (privileged && isScalar(privileged.value) && String(privileged.value.value) === 'true') {
        // The fix removes the setting; the service then runs with Docker's default capabilities.
        const removal = removePair(ctx.text, service.node, privileged);
        ctx.report({ start: span(privileged.key).start, end: span(privileged.value).end, names: { service: service.name, what: '`privileged: true`' }, fixes: removal ? unsafeFix('Remove privileged: true (unsafe)', removal) : [] });
      }
      const caps = get(service.node, 'cap_add');
      if (!isSeq(caps)) continue;
      for (const cap of caps.items) {
        if (!isScalar(cap) || !/^(CAP_)?(ALL|SYS_ADMIN|SYS_MODULE|SYS_PTRACE|SYS_RAWIO|DAC_READ_SEARCH)$/i.test(String(cap.value))) continue;
        // The fix removes the capability from a block list that keeps other entries.
        const removal = removeItem(ctx.text, caps, cap);
        ctx.report({ ...span(cap), names: { service: service.name, what: `\`cap_add: ${String(cap.value)}\`` }, fixes: removal ? unsafeFix(`Remove the ${String(cap.value)} capability (unsafe)`, removal) : [] });
      }
    }
  },
};
