/** `rand`, `mt_rand`, `uniqid`, `str_shuffle` and friends used to make tokens, passwords or codes. */
import type { FixDraft, ModuleContext, ModuleReport, ModuleRule } from '../../engine/module';
import { secretRandomnessRule } from '../csharp/secret-randomness';

const WEAK = new Set(['rand', 'mt_rand', 'uniqid', 'lcg_value', 'str_shuffle', 'array_rand', 'shuffle', 'mt_srand', 'srand', 'microtime']);

const base = secretRandomnessRule({
  weakCall: (_node, callee) => (WEAK.has(callee.replace(/^\\/, '')) ? callee : undefined),
  weakText: new RegExp(`\\b(?:${[...WEAK].join('|')})\\b`),
});

/**
 * The fix of one report: `rand(a, b)`/`mt_rand(a, b)` → `random_int(a, b)` (same range, from the CSPRNG),
 * `rand()`/`mt_rand()` → `random_int(0, mt_getrandmax())`, `uniqid()` → `bin2hex(random_bytes(16))`. Unsafe:
 * seeded sequences (`mt_srand`) are no longer reproducible and `uniqid` values change length. Other generators
 * (`str_shuffle`, `array_rand`, `shuffle`, …) and calls with other arguments are declined.
 */
function secureRandomFix(ctx: ModuleContext, report: ModuleReport): FixDraft[] {
  const code = ctx.code;
  const node = code?.tree.rootNode.descendantForIndex(report.start, report.end);
  const site = node && code?.language.callSite(node);
  if (!site) return [];
  const name = site.callee.replace(/^\\/, '');
  const args = site.args.map((a) => a.value.text);
  if (site.args.some((a) => a.index === undefined)) return [];
  let newText: string | undefined;
  if ((name === 'rand' || name === 'mt_rand') && args.length === 2) newText = `random_int(${args.join(', ')})`;
  else if ((name === 'rand' || name === 'mt_rand') && args.length === 0) newText = 'random_int(0, mt_getrandmax())';
  else if (name === 'uniqid' && args.length === 0) newText = 'bin2hex(random_bytes(16))';
  if (!newText) return [];
  return [{ title: 'Use random_int / random_bytes (unsafe)', safety: 'unsafe', edits: [{ start: site.node.startIndex, end: site.node.endIndex, newText }] }];
}

export const rule: ModuleRule = {
  applies: base.applies,
  check(ctx) {
    base.check({ ...ctx, report: (r) => ctx.report({ ...r, fixes: [...(r.fixes ?? []), ...secureRandomFix(ctx, r)] }) });
  },
};
