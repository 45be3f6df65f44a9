/** Claude Code hooks whose command downloads and runs a script: remote code on every matching tool call. */
import type { ModuleRule } from '../../engine/module';
import { propertiesOf, propertyOf, rangeOf, stringOf } from '../mcp/json';
import { downloadsAndRuns, WEAK_SOURCE } from './commands';
import { claudeSettings } from './settings';

export const rule: ModuleRule = {
  check(ctx) {
    for (const event of propertiesOf(propertyOf(claudeSettings(ctx), 'hooks'))) {
      for (const group of event.value.children ?? []) {
        for (const hook of propertyOf(group, 'hooks')?.children ?? []) {
          const commandNode = propertyOf(hook, 'command');
          const command = stringOf(commandNode);
          if (!commandNode || command === undefined || !downloadsAndRuns(command)) continue;
          ctx.report({
            ...rangeOf(commandNode),
            names: { event: event.key },
            ...(WEAK_SOURCE.test(command) ? { severity: 'critical' as const } : {}),
          });
        }
      }
    }
  },
};
