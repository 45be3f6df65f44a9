/** `rand`, `Random.rand` and `Array#sample`/`shuffle` used to make tokens, passwords or codes. */
import { secretRandomnessRule } from '../csharp/secret-randomness';

const WEAK = /^(rand|srand|Kernel\.rand|Random\.rand|Random\.new(\(\))?\.rand|Random\.new(\(\))?\.bytes|Random\.bytes|.+\.sample|.+\.shuffle)$/;

export const rule = secretRandomnessRule({
  weakCall: (_node, callee) => (WEAK.test(callee) ? callee : undefined),
});
