/**
 * Shared scanning for the hidden-Unicode rules: finds runs of invisible or direction-changing characters,
 * decodes Unicode tag characters (U+E0000–E007F mirror ASCII, so a model reads them as text while the editor
 * shows nothing), and builds the "strip them" fix.
 */
import type { FixDraft, ModuleContext } from '../../engine/module';

export interface HiddenRun {
  start: number;
  end: number;
  text: string;
}

/** Contiguous runs of characters that match `pattern` (a global regex over single code points). */
export function runsOf(text: string, pattern: RegExp): HiddenRun[] {
  const runs: HiddenRun[] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const last = runs[runs.length - 1];
    if (last && last.end === m.index) {
      last.end += m[0].length;
      last.text += m[0];
    } else runs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return runs;
}

/** Decodes tag characters to the ASCII they mirror; other characters are shown as U+XXXX. */
export function decodeTags(run: string): string {
  let out = '';
  for (const ch of run) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCodePoint(cp - 0xe0000);
    else if (cp === 0xe0001 || cp === 0xe007f) continue; // language tag / cancel tag
    else out += `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>`;
  }
  return out;
}

/** Names the code points of a run: `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function describeCodePoints(run: string): string {
  const names: Record<number, string> = {
    0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x2060: 'WORD JOINER',
    0xfeff: 'ZERO WIDTH NO-BREAK SPACE', 0x00ad: 'SOFT HYPHEN', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
    0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
    0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
    0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
    0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
    0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x061c: 'ARABIC LETTER MARK',
  };
  const seen = new Set<string>();
  for (const ch of run) {
    const cp = ch.codePointAt(0)!;
    seen.add(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}${names[cp] ? ` ${names[cp]}` : ''}`);
  }
  return [...seen].slice(0, 4).join(', ') + (seen.size > 4 ? ', …' : '');
}

/** The fix that deletes every run in the file (and, for one run, just that run). */
export function stripFix(runs: HiddenRun[], title: string): FixDraft {
  return { title, safety: 'safe', edits: runs.map((r) => ({ start: r.start, end: r.end, newText: '' })) };
}

/** Files that steer AI agents get hidden-character findings at high severity. */
export function isAgentFile(ctx: ModuleContext): boolean {
  return ctx.formats.has('agent-rules') || ctx.formats.has('mcp-config');
}
