/**
 * Reports switches that silence a check (linter and type-checker suppressions, our own ignore directives, turned
 * off TLS verification, CI steps allowed to fail) when they arrive inside a block the editor marked as unreviewed
 * AI-sized code: one large insertion that nobody has read yet. Outside such blocks the same switch is a decision a
 * person made, and the other rules judge it on its own merits.
 */
import type { LineSpan, ModuleContext, ModuleRule } from '../../engine/module';

/** A silencing switch: what it looks like in a line and how the message names it. */
interface Switch {
  pattern: RegExp;
  name: string;
}

const SWITCHES: readonly Switch[] = [
  { pattern: /#\s*nosec\b/, name: '`# nosec` (hides Bandit findings)' },
  { pattern: /\/\/\s*#nosec\b|\/\/\s*nolint\b/, name: 'a Go linter suppression (`#nosec` / `nolint`)' },
  { pattern: /\beslint-disable(?:-next-line|-line)?\b/, name: 'an `eslint-disable` comment' },
  { pattern: /@ts-(?:ignore|nocheck|expect-error)\b/, name: 'a TypeScript error suppression (`@ts-ignore`, `@ts-nocheck`)' },
  { pattern: /\bNOSONAR\b/, name: 'a `NOSONAR` comment' },
  { pattern: /#\s*noqa\b/, name: 'a `# noqa` comment' },
  { pattern: /\bai-audit-ignore(?:-next-line|-file)?\b/, name: 'an `ai-audit-ignore` directive' },
  { pattern: /\bverify\s*=\s*False\b/, name: '`verify=False` (turns off TLS certificate checks)' },
  { pattern: /\brejectUnauthorized\s*:\s*false\b/, name: '`rejectUnauthorized: false` (turns off TLS certificate checks)' },
  { pattern: /\bInsecureSkipVerify\s*:\s*true\b/, name: '`InsecureSkipVerify: true` (turns off TLS certificate checks)' },
  { pattern: /\bNODE_TLS_REJECT_UNAUTHORIZED\b\W+0\b/, name: '`NODE_TLS_REJECT_UNAUTHORIZED=0` (turns off TLS certificate checks)' },
  { pattern: /^\s*-?\s*continue-on-error\s*:\s*true\b/, name: '`continue-on-error: true` (a failing CI step no longer fails the job)' },
  { pattern: /^\s*-?\s*allow_failure\s*:\s*true\b/, name: '`allow_failure: true` (a failing CI job no longer fails the pipeline)' },
];

/** Zero-based start offsets of every line of the text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The lines of the document covered by at least one block, clamped to the document, each once. */
function coveredLines(blocks: readonly LineSpan[], lineCount: number): number[] {
  const lines = new Set<number>();
  for (const block of blocks) {
    const from = Math.max(0, Math.floor(block.startLine));
    const to = Math.min(lineCount - 1, Math.floor(block.endLine));
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

function check(ctx: ModuleContext): void {
  if (!ctx.unreviewed.length) return;
  const starts = lineStarts(ctx.text);
  for (const line of coveredLines(ctx.unreviewed, starts.length)) {
    const start = starts[line]!;
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : ctx.text.length;
    const lineText = ctx.text.slice(start, end).replace(/\r$/, '');
    for (const candidate of SWITCHES) {
      const m = candidate.pattern.exec(lineText);
      if (!m) continue;
      const from = start + m.index + (m[0].length - m[0].trimStart().length);
      ctx.report({ start: from, end: start + m.index + m[0].trimEnd().length, names: { switch: candidate.name } });
      break;
    }
  }
}

export const rule: ModuleRule = { check, applies: (_text, unreviewed) => unreviewed.length > 0 };
