/** `security.workspace.trust.enabled: false`: every folder opens trusted, with tasks, debuggers and extensions live. */
import type { ModuleRule } from '../../engine/module';
import { jsonString, propertyOf, rangeOf } from '../mcp/json';
import { vscodeSettings } from './settings';

export const rule: ModuleRule = {
  check(ctx) {
    const settings = vscodeSettings(ctx);
    for (const key of ['security.workspace.trust.enabled', 'security.workspace.trust.untrustedFiles']) {
      const value = propertyOf(settings, key);
      if (!value) continue;
      const off = key.endsWith('enabled') ? value.type === 'boolean' && value.value === false : value.type === 'string' && value.value === 'open';
      if (!off) continue;
      // Trust back on; untrusted single files prompt again ("prompt" is VS Code's default).
      const restored = key.endsWith('enabled') ? 'true' : jsonString('prompt');
      ctx.report({ ...rangeOf(value), names: { key, value: String(value.value) }, fixes: [{ title: 'Turn Workspace Trust back on (unsafe)', safety: 'unsafe', edits: [{ ...rangeOf(value), newText: restored }] }] });
    }
  },
};
