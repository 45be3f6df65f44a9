/**
 * Untrusted event text interpolated into the prompt of an AI agent action (Claude Code, Codex, Gemini CLI,
 * Copilot, …). The text becomes the agent's instructions, and the agent holds the job's token and tools.
 */
import type { ModuleRule } from '../../engine/module';
import { PRIVILEGED_TRIGGERS, span, workflowsOf } from './workflow';
import { describeSource, taintedEnv, untrustedExpressions } from './expressions';
import { promptInputs } from './agents';

/** A job condition that only lets maintainers trigger it. */
const TRUSTED_AUTHOR = /author_association\b[^&|]*\b(OWNER|MEMBER|COLLABORATOR)\b|github\.actor\s*==|github\.triggering_actor\s*==/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      const privileged = [...workflow.triggers].filter((t) => PRIVILEGED_TRIGGERS.includes(t) || t.startsWith('discussion'));
      for (const job of workflow.jobs) {
        const gated = TRUSTED_AUTHOR.test(job.condition ?? '');
        for (const step of job.steps) {
          const inputs = promptInputs(step);
          if (!inputs.length) continue;
          const tainted = taintedEnv(workflow, job, step);
          const stepGated = gated || TRUSTED_AUTHOR.test(String(step.node.get('if') ?? ''));
          for (const input of inputs) {
            const { start, end } = span(input.value);
            for (const hit of untrustedExpressions(ctx.text, start, end, tainted)) {
              ctx.report({
                start: hit.start,
                end: hit.end,
                names: {
                  source: describeSource(hit.source),
                  input: input.name,
                  action: String(step.uses!.value).replace(/@.*$/, ''),
                  trigger: privileged.length ? ` on \`${privileged.join('`, `')}\`` : '',
                },
                ...(!privileged.length || stepGated ? { severity: 'high' as const } : {}),
                ...(stepGated ? { confidence: 'medium' as const } : {}),
              });
            }
          }
        }
      }
    }
  },
};
