/** Zero-width and other invisible characters that hide or split words (outside emoji and scripts that need them). */
import type { ModuleRule } from '../../engine/module';
import { GateTerms } from '../../engine/gate';
import { describeCodePoints, isAgentFile, runsOf, stripFix } from './hidden';

const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\u180E\u00AD\uFEFF]/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
// Scripts that use ZWJ/ZWNJ as part of spelling.
const JOINING_SCRIPTS = /[\u0600-\u06FF\u0750-\u077F\u0900-\u0DFF\u1000-\u109F\u1780-\u17FF\uA980-\uA9DF]/;

export const rule: ModuleRule = {
  applies: (text, _unreviewed, _formats, memory) => new GateTerms(memory).occurs('invisible', text, /[\u200B-\u200D\u2060-\u2064\u180E\u00AD\uFEFF]/, 1),
  check(ctx) {
    for (const run of runsOf(ctx.text, INVISIBLE)) {
      if (run.start === 0 && run.text === '\uFEFF') continue; // a byte order mark
      const before = ctx.text.slice(Math.max(0, run.start - 2), run.start);
      const after = ctx.text.slice(run.end, run.end + 2);
      if (/^[\u200C\u200D]+$/.test(run.text) && (EMOJI.test(before + after) || JOINING_SCRIPTS.test(before + after))) continue;
      if (run.text === '\u00AD' && /\p{L}/u.test(before.slice(-1)) && /\p{L}/u.test(after.slice(0, 1)) && !isAgentFile(ctx)) continue; // hyphenation hint in prose
      // The whole of a string literal (`"\u2061"` written as the character, in a table of entities): the character
      // is the value, written on purpose, not text hidden in other text.
      if (/["'`]$/.test(before) && after.startsWith(before.slice(-1)) && !isAgentFile(ctx)) continue;
      ctx.report({
        start: run.start,
        end: run.end,
        names: { chars: describeCodePoints(run.text) },
        ...(isAgentFile(ctx) ? { severity: 'high' as const } : {}),
        fixes: [stripFix([run], 'Remove the invisible characters')],
      });
    }
  },
};
