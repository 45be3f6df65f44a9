/** Code fixes of the csharp pack, registered by name for `fix.module`. */
import { registerFix } from '../../engine/fix';

// `HttpOnly = false` / `Secure = false` → `true`; `CookieSecurePolicy.None` → `CookieSecurePolicy.Always`;
// `HttpOnlyPolicy.None` → `HttpOnlyPolicy.Always`. Unsafe: scripts can no longer read the cookie, and browsers stop
// sending it over plain HTTP.
registerFix('csharp-cookie-flags-on', (match) => {
  const value = match.captures.get('value');
  if (!value) return undefined;
  const newText = value.text === 'false' ? 'true' : value.text.replace(/\.None$/, '.Always');
  return newText === value.text ? undefined : [{ start: value.startIndex, end: value.endIndex, newText }];
});
