/** Code fixes of the ruby pack, registered by name for `fix.module`. */
import { registerFix } from '../../engine/fix';

// `OpenSSL::SSL::VERIFY_NONE` → `OpenSSL::SSL::VERIFY_PEER`; `verify: false` → `verify: true`. Unsafe: hosts with
// certificates that do not validate stop working until the CA is configured.
registerFix('ruby-ssl-verify-peer', (match) => {
  const node = match.captures.get('match');
  if (!node) return undefined;
  if (node.type === 'scope_resolution') {
    const name = node.childForFieldName('name');
    if (!name || name.text !== 'VERIFY_NONE') return undefined;
    return [{ start: name.startIndex, end: name.endIndex, newText: 'VERIFY_PEER' }];
  }
  const value = match.captures.get('value');
  if (!value || value.text !== 'false') return undefined;
  return [{ start: value.startIndex, end: value.endIndex, newText: 'true' }];
});
