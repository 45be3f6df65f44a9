/**
 * What separates a real secret from its look-alikes: entropy, the placeholders people type into examples, and
 * the checksums some providers build into their tokens (GitHub and npm: CRC32 in base62 over the random part).
 */

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  if (!text) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER = new RegExp(
  [
    'your[_-]?(api[_-]?)?(key|token|secret|password)',
    '(api[_-]?key|token|secret|password)[_-]?here',
    'insert[_-]?',
    'replace[_-]?(me|with)',
    'change[_-]?me',
    'placeholder',
    'example',
    'dummy',
    'sample',
    'fake',
    'redacted',
    'not[_-]?a[_-]?real',
    '<[^>]*>',
    '\\$\\{[^}]*\\}',
    '\\{\\{[^}]*\\}\\}',
    '%\\(?[a-z_]*\\)?s',
    'x{5,}',
    '\\*{4,}',
    '\\.{3,}',
    '(?<repeated>.)\\k<repeated>{7,}', // named: a numbered group would count the groups of the other alternatives
    '^(test|testing|secret|password|pass|passwd|admin|root|user|foobar|foo|bar|qwerty|letmein|hunter2)$',
    '0123456789',
    'abcdef(ghij)?',
    '1234567',
  ].join('|'),
  'i',
);

/** Obvious placeholders and dummies: `YOUR_API_KEY`, `sk-xxxx…`, `<token>`, `changeme`, `${TOKEN}`, `aaaaaaaa`. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE) of a string's bytes. */
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Encodes a number in base62, left-padded to `width`. */
export function base62(value: number, width: number): string {
  let out = '';
  let n = value;
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** GitHub's and npm's token format: prefix_ + 30 random base62 + 6-character base62 CRC32 of the random part. */
function prefixedCrc32(token: string): boolean {
  const underscore = token.lastIndexOf('_');
  const body = token.slice(underscore + 1);
  if (body.length < 36) return false;
  const random = body.slice(0, -6);
  return base62(crc32(random), 6) === body.slice(-6);
}

/** The decoded payload of a JSON Web Token, or undefined when the text is not one. */
export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value that reads like a password rather than a name, a path, a URL or prose: no spaces, not an identifier
 * (`password_input`, `DB_PASSWORD`), and at least three kinds of characters, or two with 16 or more characters.
 */
function passwordLike(value: string): boolean {
  if (/\s/.test(value) || /^[a-z]+:\/\//i.test(value) || /^[./~]|[\\/].*[\\/]/.test(value)) return false;
  if (/^[A-Za-z_][\w.-]*$/.test(value) && !/\d/.test(value)) return false;
  if (/^[A-Z0-9_]+$/.test(value) && /_/.test(value)) return false;
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return kinds >= 3 || (kinds >= 2 && value.length >= 16);
}

/** Named validators rules refer to with `text.validator`. */
export const VALIDATORS: Record<string, (secret: string) => boolean> = {
  'github-crc32': prefixedCrc32,
  'npm-crc32': prefixedCrc32,
  /** AWS access key ids: AKIA/ASIA + 16 base32 characters. */
  'aws-key-id': (s) => /^(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(s),
  /** Not only letters or only digits: real keys mix. */
  mixed: (s) => /[A-Za-z]/.test(s) && /\d/.test(s),
  /** A Supabase secret key, or a legacy JWT whose payload grants `service_role` (anon keys are public by design). */
  'supabase-service-role': (s) => s.startsWith('sb_secret_') || jwtPayload(s)?.['role'] === 'service_role',
  /** A quoted value that reads like a password (see `passwordLike`). */
  'password-like': passwordLike,
};
