/**
 * `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns the deprecated `::set-env` and `::add-path` workflow commands
 * back on: anything a step prints (a log line echoing an issue title, a test's output) can then set
 * environment variables such as `LD_PRELOAD` or `NODE_OPTIONS` for the following steps.
 */
import { isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { get, span, wholeLines, workflowsOf } from './workflow';

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      const envMaps: unknown[] = [get(workflow.root, 'env')];
      for (const job of workflow.jobs) {
        envMaps.push(get(job.node, 'env'));
        for (const step of job.steps) envMaps.push(step.env);
      }
      for (const env of envMaps) {
        if (!isMap(env)) continue;
        for (const pair of (env as YAMLMap).items as Pair<unknown, unknown>[]) {
          if (!isScalar(pair.key) || String(pair.key.value) !== 'ACTIONS_ALLOW_UNSECURE_COMMANDS' || !isScalar(pair.value)) continue;
          if (!/^true$/i.test(String(pair.value.value))) continue;
          const { start } = span(pair.key);
          const { end } = span(pair.value);
          const removable = !(env as YAMLMap).flow && (env as YAMLMap).items.length > 1;
          ctx.report({
            start,
            end,
            ...(removable ? { fixes: [{ title: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS (unsafe)', safety: 'unsafe' as const, edits: [{ ...wholeLines(ctx.text, start, end), newText: '' }] }] } : {}),
          });
        }
      }
    }
  },
};
