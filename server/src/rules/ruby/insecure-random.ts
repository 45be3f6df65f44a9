/** `rand`, `Random.rand` and `Array#sample`/`shuffle` used to make tokens, passwords or codes. */
import type { FixDraft, ModuleContext, ModuleReport, ModuleRule } from '../../engine/module';
import { secretRandomnessRule } from '../csharp/secret-randomness';
import { appendRubyArgument, calleeSpan, requireLibrary } from './fixes';

const WEAK = /^(rand|srand|Kernel\.rand|Random\.rand|Random\.new(\(\))?\.rand|Random\.new(\(\))?\.bytes|Random\.bytes|.+\.sample|.+\.shuffle)$/;

const base = secretRandomnessRule({
  // `sample(random: SecureRandom)` draws from the secure generator.
  weakCall: (node, callee) => (WEAK.test(callee) && !/\brandom:/.test(node.text) ? callee : undefined),
  weakText: /\b(?:s?rand|bytes|sample|shuffle)\b/,
});

/**
 * The fix of one report: `rand(x)`, `Kernel.rand(x)`, `Random.rand(x)` → `SecureRandom.random_number(x)` (same
 * integer, float and range forms), `Random.bytes(n)` → `SecureRandom.random_bytes(n)`, `list.sample` /
 * `list.shuffle` → `list.sample(random: SecureRandom)`; `require "securerandom"` is added when missing. Unsafe:
 * seeded sequences (`srand`) are no longer reproducible. `srand` and `Random.new` instances are declined.
 */
function secureRandomFix(ctx: ModuleContext, report: ModuleReport): FixDraft[] {
  const code = ctx.code;
  const node = code?.tree.rootNode.descendantForIndex(report.start, report.end);
  const site = node && code?.language.callSite(node);
  if (!site) return [];
  let edit: { start: number; end: number; newText: string } | undefined;
  if (/^(rand|Kernel\.rand|Random\.rand)$/.test(site.callee)) edit = { ...calleeSpan(site), newText: 'SecureRandom.random_number' };
  else if (site.callee === 'Random.bytes') edit = { ...calleeSpan(site), newText: 'SecureRandom.random_bytes' };
  else if (/^(?!Random\.new).+\.(sample|shuffle)$/.test(site.callee)) edit = appendRubyArgument(site, 'random: SecureRandom', ctx.text);
  if (!edit) return [];
  return [{ title: 'Draw from SecureRandom (unsafe)', safety: 'unsafe', edits: [edit, ...requireLibrary(ctx.text, 'securerandom')] }];
}

export const rule: ModuleRule = {
  applies: base.applies,
  check(ctx) {
    base.check({ ...ctx, report: (r) => ctx.report({ ...r, fixes: [...(r.fixes ?? []), ...secureRandomFix(ctx, r)] }) });
  },
};
