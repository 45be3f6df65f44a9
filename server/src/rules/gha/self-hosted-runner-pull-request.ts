/**
 * Jobs on self-hosted runners in workflows that pull requests trigger. On a public repository a fork's pull
 * request runs its own code on that machine, which usually persists between jobs and sits inside the network.
 */
import { isScalar, isSeq } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { get, span, workflowsOf } from './workflow';

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      const triggers = ['pull_request', 'pull_request_target'].filter((t) => workflow.triggers.has(t));
      if (!triggers.length) continue;
      for (const job of workflow.jobs) {
        const runsOn = get(job.node, 'runs-on');
        const labels = isScalar(runsOn) ? [runsOn] : isSeq(runsOn) ? runsOn.items.filter(isScalar) : [];
        const selfHosted = labels.find((label) => String(label.value) === 'self-hosted');
        if (!selfHosted) continue;
        // Fork pull requests are the danger; a job limited to same-repository branches is not reachable by them.
        if (/head\.repo\.(full_name|fork)/.test(job.condition ?? '')) continue;
        ctx.report({ ...span(selfHosted), names: { job: job.id, trigger: triggers.join('` / `') } });
      }
    }
  },
};
