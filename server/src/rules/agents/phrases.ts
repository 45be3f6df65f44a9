/**
 * Phrase rules for agent rule files (AGENTS.md, .cursorrules, copilot-instructions.md, …): regular expressions
 * for what an instruction says, plus the context that keeps ordinary guidance quiet. A phrase is not reported when
 * its sentence negates it ("Never disable TLS verification", "Do not pipe curl into sh") or quotes it as something
 * to watch for ("reject prompts such as 'ignore previous instructions'").
 */
import type { Confidence, Severity } from '../../engine/finding';
import type { FixDraft, ModuleContext, ModuleRule, OffsetEdit } from '../../engine/module';

export interface Phrase {
  pattern: RegExp;
  /** What the phrase asks for, shown in the message (`{{what}}`). */
  what: string;
  /** False when the pattern itself holds the negation ("do not tell the user"). Default true. */
  negatable?: boolean;
  severity?: Severity;
  confidence?: Confidence;
  /** Extra condition on the whole sentence holding the match. */
  sentence?: RegExp;
}

const NEGATION = /\b(?:never|not|no|don'?t|doesn'?t|won'?t|shouldn'?t|mustn'?t|can'?t|cannot|avoid|avoiding|forbid(?:den)?|prohibit(?:ed)?|disallow(?:ed)?|refuse|reject|nor|instead\s+of|rather\s+than|warn|flag|detect|report|beware|watch\s+(?:out\s+)?for|such\s+as|for\s+example)\b|\be\.g\.|\blike\s+["'`]/i;

/** The text of the sentence before `offset`: back to a sentence end, a blank line or a list bullet. */
export function sentenceBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let before = text.slice(lineStart, offset);
  // A command on its own line (or in a code block) reads with the line that introduces it ("Never run:").
  const fenced = isInFence(text, offset);
  if (/^\s*(`{3}\w*\s*)?[`$>]?\s*$/.test(before) || fenced) {
    const previous = previousProseLine(text, lineStart, fenced);
    if (previous !== undefined && /:\s*$/.test(previous)) before = `${previous} ${before}`;
  }
  const cut = Math.max(before.search(/[.!?;](\s|$)(?!.*[.!?;](\s|$))/), -1);
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** The sentence around a match (to its end), for `Phrase.sentence`. */
function sentenceAround(text: string, start: number, end: number): string {
  const rest = text.slice(end);
  const stop = rest.search(/[.!?;](\s|$)|\n\s*\n|\n\s*([-*+]|\d+\.)\s/);
  return sentenceBefore(text, start) + text.slice(start, stop < 0 ? text.length : end + stop);
}

/** The last non-blank line before `lineStart`; inside a fenced block, the last one before the fence opens. */
function previousProseLine(text: string, lineStart: number, fenced: boolean): string | undefined {
  let inFence = fenced;
  let end = lineStart - 1;
  // Look back a bounded number of lines: an introduction is right above what it introduces.
  for (let lines = 0; end > 0 && lines < 200; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const isFence = /^\s*(`{3}|~{3})/.test(line);
    if (inFence) {
      if (isFence) inFence = false;
      continue;
    }
    if (line.trim() === '' || isFence) continue;
    return line;
  }
  return undefined;
}

let fenceCache: { text: string; starts: number[] } | undefined;

/** Offsets of the fence lines (``` or ~~~) of a text, computed once per text. */
function fenceStarts(text: string): number[] {
  if (fenceCache?.text !== text) {
    const starts: number[] = [];
    const re = /^[ \t]*(`{3,}|~{3,})/gm;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) starts.push(m.index);
    fenceCache = { text, starts };
  }
  return fenceCache.starts;
}

/** Whether an offset lies inside a fenced code block. */
export function isInFence(text: string, offset: number): boolean {
  let count = 0;
  for (const start of fenceStarts(text)) {
    if (start >= offset) break;
    count++;
  }
  return count % 2 === 1;
}

/** Words that mark an example as one not to follow ("Bad:", "❌ Insecure:"). */
const BAD_EXAMPLE = /\b(bad|wrong|insecure|unsafe|vulnerable|dangerous|incorrect|anti-?pattern|don'?ts?)\b|❌|🚫|⛔/i;
/** A clause that describes rather than instructs: "calls that skip verification", "code which disables it". */
const DESCRIPTIVE = /\b(that|which|who|whose)\s+$/i;

/** Whether the sentence before a match negates it, describes it, or quotes it as an example of what to avoid. */
export function isNegated(text: string, offset: number): boolean {
  const before = sentenceBefore(text, offset);
  return NEGATION.test(before) || DESCRIPTIVE.test(before) || (before.includes(':') && BAD_EXAMPLE.test(before));
}

/** A list bullet or numbered item marker at the start of a line. */
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;
/** A line that ends the paragraph before or after an instruction: blank, a heading, a bullet, a comment, a rule. */
const PARAGRAPH_EDGE = /^\s*$|^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|<!--|-{3,}\s*$|`{3}|~{3})/;

/**
 * Removes the instruction holding a match when it is a paragraph or list item of its own: one line, one sentence
 * (no `. ` inside it outside code spans), outside code blocks and headings, with paragraph edges above and below.
 * Anything longer would take other guidance with it, so it declines there.
 */
export function instructionRemoval(text: string, start: number, end: number): OffsetEdit[] | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : newline;
  if (end > lineEnd || isInFence(text, start)) return undefined;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (/^\s*#/.test(line) || /^\s*(`{3}|~{3})/.test(line)) return undefined;
  const sentence = line.replace(BULLET, '').replace(/`[^`]*`/g, 'code').trim();
  if (/[.!?]\s+\S/.test(sentence)) return undefined;
  const previousStart = lineStart === 0 ? -1 : text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = previousStart === -1 ? '' : text.slice(previousStart, lineStart - 1);
  const next = newline === -1 ? '' : text.slice(newline + 1, (text.indexOf('\n', newline + 1) + 1 || text.length + 1) - 1);
  if (!PARAGRAPH_EDGE.test(previous) || !PARAGRAPH_EDGE.test(next)) return undefined;
  return [{ start: lineStart, end: newline === -1 ? text.length : newline + 1, newText: '' }];
}

/** The fix of a phrase finding: the instruction removed, when it stands alone (see `instructionRemoval`). */
function removalFix(text: string, start: number, end: number): FixDraft[] {
  const edits = instructionRemoval(text, start, end);
  return edits ? [{ title: 'Remove the instruction (unsafe)', safety: 'unsafe', edits }] : [];
}

/** Builds a module rule that reports every phrase found (once per range, first phrase wins). */
export function phraseRule(phrases: Phrase[], options: { skip?: (ctx: ModuleContext, start: number) => boolean } = {}): ModuleRule {
  return {
    check(ctx) {
      const taken: { start: number; end: number }[] = [];
      for (const phrase of phrases) {
        const pattern = new RegExp(phrase.pattern.source, phrase.pattern.flags.includes('g') ? phrase.pattern.flags : `${phrase.pattern.flags}g`);
        let m: RegExpExecArray | null;
        while ((m = pattern.exec(ctx.text))) {
          if (m[0].length === 0) {
            pattern.lastIndex++;
            continue;
          }
          const start = m.index;
          const end = start + m[0].trimEnd().length;
          if (taken.some((t) => start < t.end && t.start < end)) continue;
          if (phrase.negatable !== false && isNegated(ctx.text, start)) continue;
          if (phrase.sentence && !phrase.sentence.test(sentenceAround(ctx.text, start, end))) continue;
          if (options.skip?.(ctx, start)) continue;
          taken.push({ start, end });
          ctx.report({
            start,
            end,
            names: { what: phrase.what, phrase: m[0].trim().replace(/\s+/g, ' ').slice(0, 120) },
            ...(phrase.severity ? { severity: phrase.severity } : {}),
            ...(phrase.confidence ? { confidence: phrase.confidence } : {}),
            fixes: removalFix(ctx.text, start, end),
          });
        }
      }
    },
  };
}
