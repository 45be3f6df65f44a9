/** `rand`, `mt_rand`, `uniqid`, `str_shuffle` and friends used to make tokens, passwords or codes. */
import { secretRandomnessRule } from '../csharp/secret-randomness';

const WEAK = new Set(['rand', 'mt_rand', 'uniqid', 'lcg_value', 'str_shuffle', 'array_rand', 'shuffle', 'mt_srand', 'srand', 'microtime']);

export const rule = secretRandomnessRule({
  weakCall: (_node, callee) => (WEAK.has(callee.replace(/^\\/, '')) ? callee : undefined),
});
