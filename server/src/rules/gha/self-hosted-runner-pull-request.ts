/**
 * Jobs on self-hosted runners in workflows that pull requests trigger. On a public repository a fork's pull
 * request runs its own code on that machine, which usually persists between jobs and sits inside the network.
 */
import { isScalar, isSeq } from 'yaml';
import type { FixDraft, ModuleRule } from '../../engine/module';
import { type Job, get, lineIndent, pairOf, span, workflowsOf } from './workflow';

/** Runs the job for pushes and other events, and for pull requests only from branches of this repository. */
const SAME_REPOSITORY = "${{ !github.event.pull_request || github.event.pull_request.head.repo.full_name == github.repository }}";

/**
 * Adds `if:` above the job's `runs-on:` so pull requests from forks skip it; declined for a job that already has
 * an `if:` (combining conditions is left for a person) or is written in flow style.
 */
function fixOf(text: string, job: Job): FixDraft[] {
  const runsOn = pairOf(job.node, 'runs-on');
  if (job.condition !== undefined || job.node.flow || !runsOn) return [];
  const { lineStart, indent } = lineIndent(text, span(runsOn.key).start);
  if (text.slice(lineStart, span(runsOn.key).start) !== indent) return [];
  return [{ title: 'Skip the job for pull requests from forks (unsafe)', safety: 'unsafe', edits: [{ start: lineStart, end: lineStart, newText: `${indent}if: ${SAME_REPOSITORY}\n` }] }];
}

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
        ctx.report({ ...span(selfHosted), names: { job: job.id, trigger: triggers.join('` / `') }, fixes: fixOf(ctx.text, job) });
      }
    }
  },
};
