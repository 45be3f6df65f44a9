/** Unicode tag characters: invisible in editors, read as text by language models ("ASCII smuggling"). */
import type { ModuleRule } from '../../engine/module';
import { decodeTags, isAgentFile, runsOf, stripFix } from './hidden';

const TAGS = /[\u{E0000}-\u{E007F}]/gu;

export const rule: ModuleRule = {
  applies: (text) => text.includes('\uDB40'),
  check(ctx) {
    for (const run of runsOf(ctx.text, TAGS)) {
      const hidden = decodeTags(run.text);
      // Emoji flags of subdivisions (🏴 + tag letters + cancel tag) are the one legitimate use.
      if (ctx.text.codePointAt(run.start - 2) === 0x1f3f4 && /^[a-z0-9]{2,7}$/.test(hidden)) continue;
      const shown = hidden.length > 200 ? `${hidden.slice(0, 200)}…` : hidden;
      ctx.report({
        start: run.start,
        end: run.end,
        names: { hidden: shown, count: String([...run.text].length) },
        revealed: hidden,
        ...(isAgentFile(ctx) ? { severity: 'critical' as const } : {}),
        fixes: [stripFix([run], 'Remove the hidden tag characters')],
      });
    }
  },
};
