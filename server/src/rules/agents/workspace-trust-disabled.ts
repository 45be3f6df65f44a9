/** `security.workspace.trust.enabled: false`: every folder opens trusted, with tasks, debuggers and extensions live. */
import type { ModuleRule } from '../../engine/module';
import { propertyOf, rangeOf } from '../mcp/json';
import { vscodeSettings } from './settings';

export const rule: ModuleRule = {
  check(ctx) {
    const settings = vscodeSettings(ctx);
    for (const key of ['security.workspace.trust.enabled', 'security.workspace.trust.untrustedFiles']) {
      const value = propertyOf(settings, key);
      if (!value) continue;
      const off = key.endsWith('enabled') ? value.type === 'boolean' && value.value === false : value.type === 'string' && value.value === 'open';
      if (off) ctx.report({ ...rangeOf(value), names: { key, value: String(value.value) } });
    }
  },
};
