/**
 * HTML comments in agent rule files that carry instructions for the model. Markdown previews (GitHub, VS Code)
 * render them as nothing, but the model reads the raw file. Tooling markers (`prettier-ignore`, lint toggles,
 * ai-audit directives and test annotations) and notes addressed to the human editor are left alone.
 */
import type { ModuleRule } from '../../engine/module';
import { isInFence } from './phrases';

const COMMENT = /<!--([\s\S]*?)-->/g;
const LINK_COMMENT = /^\[[^\]\n]*\]:\s*(?:#|<>)\s*(?:\(([^)\n]*)\)|"([^"\n]*)"|'([^'\n]*)')[ \t]*$/gm;
const TOOLING = /^\s*(prettier-ignore|markdownlint|eslint|textlint|cspell|vale|toc|omit\s+in\s+toc|(begin|end)\b|start\b|ai-audit|(todo)?ruleid:|ok:|todook:|#?region|#?endregion|@format|\/?\w+:\s*\S+\s*$)/i;
/** Addresses the model or tells it how to behave. */
const TO_MODEL = /\b(you\s+(must|should|will|are|have\s+to|need\s+to|may)|your\s+(task|instructions|goal|job|role)|(the\s+)?(assistant|ai|model|llm|agent|copilot|claude|cursor|gemini|codex)\b|always|never|do\s+not|don'?t|make\s+sure|ensure|ignore|disregard|pretend|from\s+now\s+on|before\s+(responding|answering|you)|when\s+(the\s+user|asked|generating|writing))/i;
const IMPERATIVE = /(^|[.!:;,\n]\s*|\b(then|and|also|always|never|must|should|please|to)\s+)(add|insert|include|run|execute|install|import|send|post|upload|fetch|download|use|call|write|create|append|replace|delete|remove|modify|change|set|disable|enable|recommend|suggest|reply|respond|answer|output|say|tell|print|commit|push)\b/i;
/** Stronger: what the hidden text asks for is itself dangerous. */
const DANGEROUS = /\b(ignore|disregard)\s+(all\s+|any\s+)?(previous|prior|above|other|system)\b|\bcurl\b[^|\n]*\|\s*(ba)?sh\b|\b(iex|Invoke-Expression)\b|\b(do\s+not|don'?t|never)\s+(tell|mention|inform|reveal|show)\b|\bsilently\b|\bwithout\s+(telling|asking|informing)\b|\b(\.env|\.ssh|id_rsa|api[\s_-]?keys?|secrets?|tokens?|credentials|passwords?)\b[^.\n]{0,60}\b(to|into)\s+https?:\/\/|\bpostinstall\b|\b(verify\s*=\s*False|rejectUnauthorized\s*:\s*false|--no-verify|--dangerously-skip-permissions)\b|\beval\s*\(|<script\b|\bbase64\b/i;

/** Widens a range to its whole lines (with the line break) when nothing else shares them. */
function wholeLines(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  if (text.slice(lineStart, start).trim() || text.slice(end, lineEnd).trim()) return { start, end };
  return { start: lineStart, end: lineEnd };
}

/** `<!-- … -->`, and the link-reference "comment" idiom `[//]: # (…)` that renders as nothing as well. */
function hiddenComments(text: string): { start: number; end: number; body: string }[] {
  const out: { start: number; end: number; body: string }[] = [];
  for (const pattern of [COMMENT, LINK_COMMENT]) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, body: (m[1] ?? m[2] ?? m[3] ?? '').trim() });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const rule: ModuleRule = {
  check(ctx) {
    if (!ctx.text.includes('<!--') && !ctx.text.includes(']:')) return;
    for (const comment of hiddenComments(ctx.text)) {
      const body = comment.body;
      if (!body || TOOLING.test(body) || isInFence(ctx.text, comment.start)) continue;
      const words = body.split(/\s+/).length;
      const addressed = TO_MODEL.test(body);
      const instructs = IMPERATIVE.test(body);
      const dangerous = words >= 3 && (addressed || instructs) && DANGEROUS.test(body);
      if (!dangerous && (words < 4 || !addressed || !instructs)) continue;
      const shown = body.replace(/\s+/g, ' ');
      ctx.report({
        start: comment.start,
        end: comment.end,
        names: { hidden: shown.length > 160 ? `${shown.slice(0, 160)}…` : shown },
        revealed: body,
        ...(dangerous ? { severity: 'critical' as const, confidence: 'high' as const } : {}),
        fixes: [{ title: 'Remove the hidden comment (unsafe)', safety: 'unsafe', edits: [{ ...wholeLines(ctx.text, comment.start, comment.end), newText: '' }] }],
      });
    }
  },
};
