/**
 * `permissions: write-all` anywhere, and workflows on privileged triggers (run by outsiders with the base
 * repository's token) that never narrow the token's permissions, so they get the repository default.
 */
import { isMap, isScalar } from 'yaml';
import type { ModuleRule } from '../../engine/module';
import { PRIVILEGED_TRIGGERS, get, pairOf, span, workflowsOf } from './workflow';

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      if (workflow.isAction) continue;
      const top = pairOf(workflow.root, 'permissions');
      const scopes = [{ pair: top, where: 'the whole workflow' }, ...workflow.jobs.map((job) => ({ pair: pairOf(job.node, 'permissions'), where: `job \`${job.id}\`` }))];
      for (const { pair, where } of scopes) {
        if (pair && isScalar(pair.value) && String(pair.value.value) === 'write-all') {
          const { start, end } = span(pair.value);
          ctx.report({
            start,
            end,
            message: '`permissions: write-all` gives {{where}} a token that can push code, publish packages and rewrite releases: any injected or compromised step inherits all of it. List only the scopes the job needs (`contents: read`, `pull-requests: write`) or use `permissions: {}`.',
            names: { where },
            fixes: [{ title: 'Replace write-all with read-only contents (unsafe)', safety: 'unsafe', edits: [{ start, end, newText: '{ contents: read }' }] }],
          });
        }
      }
      const privileged = [...workflow.triggers].filter((t) => PRIVILEGED_TRIGGERS.includes(t));
      if (!privileged.length || top || !workflow.onKey) continue;
      const unscoped = workflow.jobs.filter((job) => !job.uses && !isMap(get(job.node, 'permissions')) && !isScalar(get(job.node, 'permissions')));
      if (!unscoped.length) continue;
      const { start, end } = span(workflow.onKey);
      ctx.report({
        start,
        end,
        names: { trigger: privileged.join('`, `'), jobs: unscoped.map((j) => j.id).join('`, `') },
        confidence: 'medium',
      });
    }
  },
};
