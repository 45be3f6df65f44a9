/** Names of settings that hold credentials, and values that are clearly not real credentials. */

/** `DB_PASSWORD`, `GITHUB_TOKEN`, `STRIPE_API_KEY`, `AWS_SECRET_ACCESS_KEY`, … but not `GPG_KEY` or `TOKEN_FILE`. */
const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|SECRET|SECRET_KEY|SECRET_ACCESS_KEY|TOKEN|AUTH_TOKEN|ACCESS_TOKEN|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CLIENT_SECRET|ENCRYPTION_KEY|SIGNING_KEY|MASTER_KEY|CREDENTIALS?)$/i;
const NOT_SECRET = /(_FILE|_PATH|_DIR|_URL_FILE|_ID|_NAME|_USER|_USERNAME|_TYPE|_LENGTH|_TTL|_EXPIRY|_HEADER)$|^(GPG|PUBLIC|PUB)_?KEY$/i;

/** Whether a variable name reads like it holds a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.test(name);
}

/**
 * Whether a value is a literal credential rather than a reference (`$VAR`, `${VAR}`), an empty default, a
 * switch (`true`, `0`) or a placeholder meant to be replaced (`<token>`, `changeme`, `xxx`).
 */
export function isLiteralSecret(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim();
  if (v.length < 3 || v.includes('$')) return false;
  if (/^(true|false|yes|no|on|off|none|null|nil|0|1|required|optional|disabled|enabled)$/i.test(v)) return false;
  if (/^<[^>]*>$|^\{\{.*\}\}$|^(x{3,}|\*{3,}|\.{3,})$|^(changeme|change[-_]?me|replace[-_]?me|your[-_].*|placeholder|todo|tbd|dummy|redacted|secret|password)$/i.test(v)) return false;
  if (/^\/(run|var|etc)\/secrets?\//.test(v) || /^file:/.test(v)) return false;
  return true;
}
