/** Reusable workflows called with `secrets: inherit`, which hands them every secret the caller can read. */
import { isScalar } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { pairOf, span, workflowsOf } from './workflow';

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      for (const job of workflow.jobs) {
        if (!job.uses) continue;
        const pair = pairOf(job.node, 'secrets');
        if (!pair || !isScalar(pair.value) || String(pair.value.value) !== 'inherit') continue;
        const callee = String(job.uses.value);
        // A workflow of this repository is reviewed with it; another repository's is not.
        const local = callee.startsWith('./');
        ctx.report({
          ...span(pair.value),
          names: { callee, job: job.id },
          ...(local ? { severity: 'low' as const, confidence: 'medium' as const } : {}),
        });
      }
    }
  },
};
