/** `enableAllProjectMcpServers: true`: every server in the project's `.mcp.json` starts without being approved. */
import type { ModuleRule } from '../../engine/module';
import { propertyOf, rangeOf } from '../mcp/json';
import { claudeSettings, isTrue } from './settings';

export const rule: ModuleRule = {
  check(ctx) {
    const value = propertyOf(claudeSettings(ctx), 'enableAllProjectMcpServers');
    if (isTrue(value)) {
      ctx.report({
        ...rangeOf(value),
        fixes: [{ title: 'Approve project MCP servers one by one: set enableAllProjectMcpServers to false (unsafe)', safety: 'unsafe', edits: [{ ...rangeOf(value), newText: 'false' }] }],
      });
    }
  },
};
