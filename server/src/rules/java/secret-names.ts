/** Names that say a value is a secret, and the Java code around a call that names what the call's value becomes. */
import type { Node } from 'web-tree-sitter';

const SECRET_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'nonce', 'salt', 'otp', 'totp', 'pin', 'apikey',
  'key', 'session', 'sid', 'csrf', 'xsrf', 'cookie', 'auth', 'credential', 'credentials', 'iv', 'reset', 'verification',
  'invite', 'signature', 'hmac',
]);
const CHARSET_WORDS = new Set(['letter', 'letters', 'charset', 'chars', 'characters', 'alphabet', 'alphanumeric', 'alnum', 'symbols']);

/** Splits `resetTokenBytes`, `API_KEY` and `ALPHANUMERIC_CHARS` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether an identifier names a secret (`resetToken`, `API_KEY`, `generatePassword`). */
export function isSecretName(name: string): boolean {
  const parts = words(name);
  return parts.some((w) => SECRET_WORDS.has(w)) || parts.join('').includes('apikey');
}

function isCharsetName(name: string): boolean {
  return words(name).some((w) => CHARSET_WORDS.has(w));
}

/** What the call's value becomes, when that is a secret: a phrase for the message, else undefined. */
export function secretContext(call: Node): string | undefined {
  let child = call;
  for (let node = call.parent; node; child = node, node = node.parent) {
    switch (node.type) {
      case 'method_invocation': {
        // CHARS.charAt(random.nextInt(CHARS.length())) — a random string drawn from a character set.
        const object = node.childForFieldName('object');
        const name = node.childForFieldName('name')?.text ?? '';
        if (name === 'charAt' && object && !object.equals(child) && object.type === 'identifier' && isCharsetName(object.text)) return `a random string drawn from \`${object.text}\``;
        // user.setResetToken(...), headers.put("X-Api-Key", ...)
        if (/^set/.test(name) && isSecretName(name.slice(3))) return `\`${name}\``;
        break;
      }
      case 'array_access': {
        const array = node.childForFieldName('array');
        if (array && !array.equals(child) && array.type === 'identifier' && isCharsetName(array.text)) return `a random string drawn from \`${array.text}\``;
        break;
      }
      case 'variable_declarator': {
        const name = node.childForFieldName('name')?.text;
        if (name && isSecretName(name)) return `\`${name}\``;
        break;
      }
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const name = left?.type === 'field_access' ? left.childForFieldName('field')?.text : left?.text;
        if (name && isSecretName(name)) return `\`${name}\``;
        break;
      }
      case 'method_declaration': {
        const name = node.childForFieldName('name')?.text;
        return name && isSecretName(name) ? `the result of \`${name}\`` : undefined;
      }
      case 'lambda_expression':
      case 'class_body':
        return undefined;
    }
  }
  return undefined;
}
