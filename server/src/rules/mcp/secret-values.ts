/**
 * Decides whether a configuration value is a written-out secret: a secret-named key (or a provider-shaped value)
 * whose value is neither a variable reference (`${input:…}`, `${env:…}`, `${VAR}`, `$VAR`) nor a placeholder.
 */
import { isPlaceholder } from '../../engine/secrets';

const SECRET_NAME = /(token|secret|passw(or)?d|passwd|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|credential|auth|session|cookie|bearer|signing[_-]?key|(^|[_-])pat$|^pat[_-]|connection[_-]?string|dsn)/i;
const NOT_SECRET_NAME = /([_-](url|uri|host|endpoint|path|file|dir|directory|id|name|type|mode|header|expiry|ttl|region|scope|method|provider|enabled|user(name)?))s?$/i;
const PROVIDER_SHAPE = /^(sk-[A-Za-z0-9_-]{16,}|sk_live_|rk_live_|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_|glpat-|xox[abpr]-|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|hf_[A-Za-z]{20,}|npm_[A-Za-z0-9]{30,}|pypi-|lin_api_|ntn_|secret_[A-Za-z0-9]{30,})/;
const CREDENTIALS_IN_URL = /^[a-z][\w+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

/** Whether a key names a secret (`GITHUB_TOKEN`, `apiKey`, `X-API-Key`), not its location or id. */
export function isSecretName(key: string): boolean {
  return SECRET_NAME.test(key) && !NOT_SECRET_NAME.test(key);
}

/** Whether a value refers to a secret kept elsewhere rather than containing one. */
export function isReference(value: string): boolean {
  return /\$\{[^}]+\}|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$|\{\{[^}]+\}\}/.test(value);
}

/** The literal secret part of a value (`Bearer abc` → `abc`), or undefined when the value holds none. */
export function literalSecret(key: string, value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed || isReference(trimmed)) return undefined;
  const scheme = /^(bearer|basic|token|apikey|api-key)\s+(\S+)$/i.exec(trimmed);
  const secret = scheme ? scheme[2]! : trimmed;
  if (isPlaceholder(secret) || /(^|[^a-z])your[_-]|[_-]here$|^(true|false|null|none|\d{1,6}|postgres|mysql|mariadb|redis|guest|changeit|localdev)$/i.test(secret)) return undefined;
  if (PROVIDER_SHAPE.test(secret) || CREDENTIALS_IN_URL.test(secret)) return secret;
  if (!(isSecretName(key) || (scheme && /^authorization$/i.test(key)))) return undefined;
  return secret.length >= 8 ? secret : undefined;
}

/** Whether a value has the shape of a provider token or a URL with a password, whatever its key. */
export function looksLikeSecret(value: string): boolean {
  return PROVIDER_SHAPE.test(value) || CREDENTIALS_IN_URL.test(value);
}
