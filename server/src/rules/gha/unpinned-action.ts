/**
 * `uses:` references that are not pinned to a full commit SHA. Tags and branches move: whoever controls the
 * action's repository (or steals its maintainer's token) decides what runs in every workflow that uses it.
 * When the same action is pinned elsewhere in this file with a `# <ref>` comment naming the same tag, the fix
 * reuses that SHA; otherwise there is nothing local to pin to, and no fix is offered.
 */
import { isScalar, type Scalar } from 'yaml';
import type { FixDraft, ModuleRule } from '../../engine/module';
import { actionName, span, workflowsOf } from './workflow';

const FULL_SHA = /^[0-9a-f]{40}$/i;

interface Reference {
  node: Scalar;
  value: string;
}

/** Every `uses:` scalar of the file: steps and reusable-workflow jobs. */
function references(jobs: ReturnType<typeof workflowsOf>[number]['jobs']): Reference[] {
  const out: Reference[] = [];
  for (const job of jobs) {
    if (job.uses) out.push({ node: job.uses, value: String(job.uses.value) });
    for (const step of job.steps) if (step.uses && isScalar(step.uses)) out.push({ node: step.uses, value: String(step.uses.value) });
  }
  return out;
}

/** `owner/repo[/path]` → `<sha>` for refs pinned in this file with a trailing `# <tag>` comment. */
function knownPins(text: string, refs: Reference[]): Map<string, string> {
  const pins = new Map<string, string>();
  for (const ref of refs) {
    const m = /^([^@\s]+)@([0-9a-f]{40})$/i.exec(ref.value);
    if (!m) continue;
    const end = span(ref.node).end;
    const rest = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end));
    const tag = /^\s*#\s*(v?\d[\w.-]*|[\w.-]+)\s*$/.exec(rest)?.[1];
    if (tag) pins.set(`${m[1]!.toLowerCase()}@${tag}`, m[2]!);
  }
  return pins;
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      const refs = references(workflow.jobs);
      const pins = knownPins(ctx.text, refs);
      for (const ref of refs) {
        const value = ref.value.trim();
        if (value.startsWith('./') || value.startsWith('.\\')) continue;
        if (value.includes('${{')) continue; // chosen by an expression; nothing to check statically
        let severity: 'low' | 'medium' = 'medium';
        let shown = value;
        let pin = 'a full commit SHA';
        if (value.startsWith('docker://')) {
          pin = 'an image digest (`@sha256:…`)';
          if (/@sha256:[0-9a-f]{64}$/i.test(value)) continue;
        } else {
          const at = value.lastIndexOf('@');
          const ref = at < 0 ? '' : value.slice(at + 1);
          if (FULL_SHA.test(ref)) continue;
          const owner = (actionName(value) ?? '').split('/')[0];
          if (owner === 'actions' || owner === 'github') severity = 'low';
          shown = at < 0 ? `${value} (no ref at all)` : value;
        }
        const { start, end } = span(ref.node);
        const at = value.lastIndexOf('@');
        const sha = at > 0 ? pins.get(`${value.slice(0, at).toLowerCase()}@${value.slice(at + 1)}`) : undefined;
        let fixes: FixDraft[] | undefined;
        if (sha && ref.node.type === 'PLAIN') {
          const source = ctx.text.slice(start, end);
          const refStart = start + source.lastIndexOf('@') + 1;
          fixes = [{ title: `Pin to ${sha.slice(0, 12)}… (the SHA this file already uses for ${value.slice(at + 1)}) (unsafe)`, safety: 'unsafe', edits: [{ start: refStart, end, newText: `${sha} # ${value.slice(at + 1)}` }] }];
        }
        ctx.report({ start, end, names: { action: shown, pin }, severity, ...(fixes ? { fixes } : {}) });
      }
    }
  },
};
