/** `curl … | sh` and its variants in workflow `run:` scripts and GitLab CI scripts. */
import type { ModuleRule } from '../../engine/module';
import { span, workflowsOf } from './workflow';
import { gitlabScripts } from './gitlab';
import { downloadAndExecute } from './shell-text';

export const rule: ModuleRule = {
  check(ctx) {
    const scripts: { start: number; end: number }[] = [];
    if (ctx.formats.has('gha-workflow')) {
      for (const workflow of workflowsOf(ctx)) for (const job of workflow.jobs) for (const step of job.steps) if (step.script) scripts.push(step.script);
    }
    if (ctx.formats.has('gitlab-ci')) for (const { line } of gitlabScripts(ctx)) scripts.push(span(line));
    for (const { start, end } of scripts) {
      for (const hit of downloadAndExecute(ctx.text.slice(start, end))) {
        ctx.report({ start: start + hit.start, end: start + hit.end, names: { command: hit.command.length > 120 ? `${hit.command.slice(0, 120)}…` : hit.command } });
      }
    }
  },
};
