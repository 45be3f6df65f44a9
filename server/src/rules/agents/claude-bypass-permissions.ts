/** Claude Code settings that switch its permission prompts off: `defaultMode: "bypassPermissions"` and friends. */
import type { ModuleRule } from '../../engine/module';
import { jsonString, propertyOf, rangeOf } from '../mcp/json';
import { claudeSettings, isTrue } from './settings';

export const rule: ModuleRule = {
  check(ctx) {
    const settings = claudeSettings(ctx);
    const mode = propertyOf(propertyOf(settings, 'permissions'), 'defaultMode');
    if (mode?.type === 'string' && mode.value === 'bypassPermissions') {
      ctx.report({
        ...rangeOf(mode),
        names: { setting: 'permissions.defaultMode: "bypassPermissions"' },
        fixes: [{ title: 'Ask for permission again: use "default" mode (unsafe)', safety: 'unsafe', edits: [{ ...rangeOf(mode), newText: jsonString('default') }] }],
      });
    }
    for (const key of ['dangerouslySkipPermissions', 'skipDangerousModePermissionPrompt']) {
      const value = propertyOf(settings, key) ?? propertyOf(propertyOf(settings, 'permissions'), key);
      if (isTrue(value)) ctx.report({ ...rangeOf(value), names: { setting: `${key}: true` } });
    }
  },
};
