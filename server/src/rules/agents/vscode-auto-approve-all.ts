/** VS Code's global tool auto-approval ("YOLO mode"): every tool call and terminal command of the agent runs unasked. */
import type { ModuleRule } from '../../engine/module';
import { propertyOf, rangeOf } from '../mcp/json';
import { isTrue, vscodeSettings } from './settings';

const KEYS = ['chat.tools.autoApprove', 'chat.tools.global.autoApprove'];

export const rule: ModuleRule = {
  check(ctx) {
    const settings = vscodeSettings(ctx);
    for (const key of KEYS) {
      const value = propertyOf(settings, key);
      if (!isTrue(value)) continue;
      ctx.report({
        ...rangeOf(value),
        names: { key },
        fixes: [{ title: `Ask before tool calls: set ${key} to false (unsafe)`, safety: 'unsafe', edits: [{ ...rangeOf(value), newText: 'false' }] }],
      });
    }
  },
};
