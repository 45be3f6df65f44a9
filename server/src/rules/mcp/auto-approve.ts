/**
 * MCP servers whose tool calls run without the user's approval: `autoApprove`/`alwaysAllow` lists (Cline, Roo Code)
 * with wildcards or tools that write, run or send, `autoApprove: true`, and `"trust": true` (Gemini CLI).
 */
import type { ModuleRule } from '../../engine/module';
import { propertyOf, rangeOf, stringItems } from './json';
import { mcpConfig } from './servers';

/** Tool names that change things or reach out: approving them blindly is what prompt injection needs. */
const ACTING_TOOL = /(exec|run|shell|command|terminal|bash|powershell|script|eval|write|edit|delete|remove|create|update|insert|drop|push|merge|commit|deploy|publish|send|post|upload|move|rename|kill|install|fetch_url|navigate|click|fill|transfer|pay)/i;

export const rule: ModuleRule = {
  check(ctx) {
    for (const server of mcpConfig(ctx)?.servers ?? []) {
      for (const key of ['autoApprove', 'alwaysAllow']) {
        const list = propertyOf(server.node, key);
        if (list?.type === 'boolean' && list.value === true) {
          ctx.report({ ...rangeOf(list), names: { server: server.name, what: `\`${key}: true\` approves every tool` }, severity: 'high', confidence: 'high' });
          continue;
        }
        for (const item of stringItems(list)) {
          if (item.value.includes('*')) {
            ctx.report({ ...rangeOf(item.node), names: { server: server.name, what: `\`${key}\` entry "${item.value}" approves every matching tool` }, severity: 'high', confidence: 'high' });
          } else if (ACTING_TOOL.test(item.value)) {
            ctx.report({ ...rangeOf(item.node), names: { server: server.name, what: `\`${key}\` approves the tool "${item.value}", which acts rather than reads` } });
          }
        }
      }
      const trust = propertyOf(server.node, 'trust');
      if (trust?.type === 'boolean' && trust.value === true) {
        ctx.report({
          ...rangeOf(trust),
          names: { server: server.name, what: '`"trust": true` skips the confirmation of every tool call' },
          severity: 'high',
          confidence: 'high',
          fixes: [{ title: 'Ask before each tool call: set "trust" to false (unsafe)', safety: 'unsafe', edits: [{ ...rangeOf(trust), newText: 'false' }] }],
        });
      }
    }
  },
};
