/** Names that say a value is a secret, and the code around a call that names what the call's value becomes. */
import type { Node } from 'web-tree-sitter';

const SECRET_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'nonce', 'salt', 'otp', 'totp', 'pin', 'apikey',
  'key', 'session', 'sid', 'csrf', 'xsrf', 'cookie', 'auth', 'credential', 'credentials', 'iv', 'reset', 'verification',
  'invite', 'signature', 'hmac',
]);
const CHARSET_WORDS = new Set(['letter', 'letters', 'charset', 'chars', 'characters', 'alphabet', 'alphanumeric', 'alnum', 'symbols']);

/** Splits `resetTokenBytes`, `API_KEY` and `letterBytes` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isSecretName(name: string): boolean {
  const parts = words(name);
  return parts.some((w) => SECRET_WORDS.has(w)) || parts.join('') === 'apikey';
}

function isCharsetName(name: string): boolean {
  return words(name).some((w) => CHARSET_WORDS.has(w));
}

/** What the call's value becomes, when that is a secret: a phrase for the message, else undefined. */
export function secretContext(call: Node): string | undefined {
  let child = call;
  for (let node = call.parent; node; child = node, node = node.parent) {
    switch (node.type) {
      case 'index_expression': {
        const operand = node.childForFieldName('operand');
        if (operand && operand !== child && operand.type === 'identifier' && isCharsetName(operand.text)) return `a random string drawn from \`${operand.text}\``;
        break;
      }
      case 'short_var_declaration':
      case 'assignment_statement': {
        for (const target of node.childForFieldName('left')?.namedChildren ?? []) {
          const name = target?.type === 'selector_expression' ? target.childForFieldName('field')?.text : target?.text;
          if (name && isSecretName(name)) return `\`${name}\``;
        }
        break;
      }
      case 'var_spec':
      case 'const_spec': {
        const name = node.childForFieldName('name')?.text;
        if (name && isSecretName(name)) return `\`${name}\``;
        break;
      }
      case 'keyed_element': {
        const key = node.namedChild(0)?.text;
        if (key && isSecretName(key)) return `\`${key}\``;
        break;
      }
      case 'function_declaration':
      case 'method_declaration': {
        const name = node.childForFieldName('name')?.text;
        return name && isSecretName(name) ? `the result of \`${name}\`` : undefined;
      }
      case 'func_literal':
        return undefined;
    }
  }
  return undefined;
}
