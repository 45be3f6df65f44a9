/** Code fixes of the java pack, registered by name for `fix.module`. */
import { registerFix } from '../../engine/fix';

// `MessageDigest.getInstance("MD5")` → `MessageDigest.getInstance("SHA-256")`; only for a string literal argument
// of `MessageDigest.getInstance` (a named constant may be shared with other code, and the codec helpers have no
// algorithm argument).
registerFix('java-digest-sha256', (match) => {
  const call = match.call;
  if (!call || !/(^|\.)MessageDigest\.getInstance$/.test(call.callee)) return undefined;
  const algorithm = call.args.find((a) => a.index === 0)?.value;
  if (!algorithm || algorithm.type !== 'string_literal') return undefined;
  return [{ start: algorithm.startIndex, end: algorithm.endIndex, newText: '"SHA-256"' }];
});
