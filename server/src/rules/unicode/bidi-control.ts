/** Bidirectional control characters ("Trojan Source"): code that reads differently from how it runs. */
import type { ModuleRule } from '../../engine/module';
import { GateTerms } from '../../engine/gate';
import { describeCodePoints, isAgentFile, runsOf, stripFix } from './hidden';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
// Right-to-left scripts use these legitimately next to Hebrew or Arabic letters.
const RTL_TEXT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

export const rule: ModuleRule = {
  applies: (text, _unreviewed, _formats, memory) => new GateTerms(memory).occurs('bidi', text, /[\u202A-\u202E\u2066-\u2069]/, 1),
  check(ctx) {
    const runs = runsOf(ctx.text, BIDI).filter((run) => {
      const around = ctx.text.slice(Math.max(0, run.start - 2), run.end + 2);
      return !(RTL_TEXT.test(around) && !/[\u202D\u202E]/.test(run.text));
    });
    // One finding per line: the controls of a line work together to reorder it.
    const byLine = new Map<number, typeof runs>();
    for (const run of runs) {
      const line = ctx.text.lastIndexOf('\n', run.start);
      (byLine.get(line) ?? byLine.set(line, []).get(line)!).push(run);
    }
    for (const group of byLine.values()) {
      ctx.report({
        start: group[0]!.start,
        end: group[group.length - 1]!.end,
        names: { chars: describeCodePoints(group.map((r) => r.text).join('')) },
        ...(isAgentFile(ctx) ? { severity: 'critical' as const } : {}),
        fixes: [stripFix(group, 'Remove the bidirectional control characters')],
      });
    }
  },
};
