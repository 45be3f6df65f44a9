/** Code fixes of the php pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { registerFix } from '../../engine/fix';

// `CURLOPT_SSL_VERIFYPEER => false` → `true`, `CURLOPT_SSL_VERIFYHOST => 0` → `2`, Guzzle `'verify' => false` →
// `true`: the secure values, which make connections to hosts with bad certificates fail (hence unsafe).
registerFix('php-curl-verify-on', (match) => {
  let option: string | undefined;
  let value: Node | undefined;
  if (match.call) {
    option = match.call.args.find((a) => a.index === 1)?.value.text;
    value = match.call.args.find((a) => a.index === 2)?.value;
  } else {
    option = match.captures.get('key')?.text;
    value = match.captures.get('value');
  }
  if (!option || !value) return undefined;
  const newText = /VERIFYHOST/.test(option) ? '2' : 'true';
  return [{ start: value.startIndex, end: value.endIndex, newText }];
});
