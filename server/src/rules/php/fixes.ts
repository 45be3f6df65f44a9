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

// `md5($password)`, `sha1($password)`, `hash('sha256', $password)` → `password_hash($password, PASSWORD_DEFAULT)`:
// a salted, slow hash. Unsafe: stored hashes and the code that checks them must move to `password_verify`, so a
// digest compared on the spot (a login check) is left for a person to rewrite.
registerFix('php-password-hash', (match) => {
  const call = match.call;
  if (!call || call.callee === 'md5_file') return undefined;
  const password = call.args.find((a) => a.index === (call.callee === 'hash' ? 1 : 0));
  if (!password || call.args.some((a) => (a.index ?? -1) > (call.callee === 'hash' ? 1 : 0))) return undefined;
  const parent = match.node.parent;
  if (parent?.type === 'binary_expression' && /^[!=]==?$|^<>$/.test(parent.childForFieldName('operator')?.text ?? '')) return undefined;
  return [{ start: match.node.startIndex, end: match.node.endIndex, newText: `password_hash(${password.value.text}, PASSWORD_DEFAULT)` }];
});
