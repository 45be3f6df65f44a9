/** `rand()`, `random()`, `drand48()` and `std::mt19937`-style engines used to make tokens, passwords or keys. */
import { secretRandomnessRule } from '../csharp/secret-randomness';

const WEAK = /^(std\.)?(rand|random|drand48|erand48|lrand48|nrand48|mrand48|jrand48|rand_r)$/;

export const rule = secretRandomnessRule({
  weakCall: (_node, callee) => (WEAK.test(callee) ? callee.replace(/^std\./, 'std::') : undefined),
  weakText: /\b(?:rand|random|[delnmj]rand48|rand_r)\b/,
});
