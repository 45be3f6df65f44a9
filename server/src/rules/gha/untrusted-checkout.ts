/**
 * "Pwn request": a `pull_request_target` or `workflow_run` workflow — which runs with the base repository's
 * write token and secrets — checks out the pull request's code, so the next build, install or test step runs
 * what the fork author wrote.
 */
import type { ModuleRule } from '../../engine/module';
import { actionName, get, scalarText, span, workflowsOf } from './workflow';

/** Expressions that name the pull request head (fork) commit or branch. */
const PR_HEAD = /\$\{\{\s*[^}]*\b(github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|github\.event\.pull_request\.number|github\.event\.number|github\.event\.pull_request\.merge_commit_sha|github\.event\.workflow_run\.pull_requests(\[\d+\]|\.\*)\.(head\.(sha|ref)|number))\b[^}]*\}\}/;
/** The same in a `run:` script that fetches or checks out the head itself. */
const SCRIPT_CHECKOUT = /\b(git\s+(fetch|checkout|switch|pull)\b[^\n]*(\$\{\{[^}]*\b(head\.(sha|ref)|head_ref|head_sha|head_branch|pull_request\.number|event\.number)\b[^}]*\}\}|refs\/pull\/)|gh\s+pr\s+checkout\b)/;
/** A job condition that only lets maintainers (or a maintainer's label) through. */
const GATED = /author_association|github\.actor\s*==|labels\.\*\.name|github\.event\.label\.name/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      const triggers = ['pull_request_target', 'workflow_run'].filter((t) => workflow.triggers.has(t));
      if (!triggers.length) continue;
      for (const job of workflow.jobs) {
        job.steps.forEach((step, index) => {
          let at: { start: number; end: number } | undefined;
          let scriptRunsMore = false;
          if (step.uses && actionName(String(step.uses.value)) === 'actions/checkout') {
            for (const key of ['ref', 'repository']) {
              const value = get(step.with, key);
              const text = scalarText(value);
              if (text && (PR_HEAD.test(text) || (key === 'repository' && /pull_request\.head\.repo|workflow_run\.head_repository/.test(text)))) at ??= span(value as never);
            }
          } else if (step.script) {
            const { start, end } = step.script;
            const source = ctx.text.slice(start, end);
            const m = SCRIPT_CHECKOUT.exec(source);
            if (m) {
              // Anything after the checkout in the same script (`&& make test`, more lines) runs the fetched code.
              scriptRunsMore = /\S/.test(source.slice(m.index + m[0].length).replace(/^\s*#.*$/gm, ''));
              at = { start: start + m.index, end: start + m.index + m[0].length };
            }
          }
          if (!at) return;
          const gated = GATED.test(`${job.condition ?? ''} ${String(step.node.get('if') ?? '')}`);
          const runsCode = scriptRunsMore || job.steps.slice(index + 1).some((s) => s.script || (s.uses && !/^actions\/(upload-artifact|cache|github-script)$/.test(actionName(String(s.uses.value)) ?? '')));
          ctx.report({
            ...at,
            names: { trigger: triggers.join('` / `') },
            ...(gated || !runsCode ? { confidence: 'medium' as const } : {}),
            ...(gated ? { severity: 'high' as const } : {}),
          });
        });
      }
    }
  },
};
