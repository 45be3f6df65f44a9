/**
 * `Math.random()` used to make a token, password, session id, nonce, salt or similar secret. The purpose is read
 * from the names around the call: the variable, property or assignment it feeds, up to the enclosing function and
 * that function's own name (`function generateToken() { … Math.random() … }`).
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleRule } from '../../engine/module';
import { GateTerms } from '../../engine/gate';
import { nodesAtText } from '../../languages/query';
import type { FixDraft } from '../../engine/module';

/** Words that mark a value an attacker must not be able to guess. */
const SECRET_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'nonce', 'salt', 'otp', 'totp', 'session', 'sid',
  'csrf', 'xsrf', 'uuid', 'guid', 'apikey', 'credential', 'credentials', 'auth', 'verification', 'invite', 'iv',
]);

const FUNCTIONS = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'function']);

/** `resetPasswordToken`, `SESSION_ID`, `api-key` → lower-case words (`api` + `key` also gives `apikey`). */
export function wordsOf(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) joined.push(words[i]! + words[i + 1]!);
  return [...words, ...joined];
}

/** The name a node gives to the value it holds: declared variable, assignment target, property key. */
function nameOf(node: Node): string | undefined {
  if (node.type === 'variable_declarator') return node.childForFieldName('name')?.text;
  if (node.type === 'assignment_expression' || node.type === 'augmented_assignment_expression') return node.childForFieldName('left')?.text;
  if (node.type === 'pair') return node.childForFieldName('key')?.text;
  if (node.type === 'public_field_definition' || node.type === 'field_definition') return node.childForFieldName('name')?.text ?? node.childForFieldName('property')?.text;
  return undefined;
}

/** The secret-looking name the value of `call` ends up in, if any. */
function purposeOf(call: Node): string | undefined {
  for (let n: Node | null = call.parent; n; n = n.parent) {
    if (FUNCTIONS.has(n.type)) {
      const own = n.childForFieldName('name')?.text ?? (n.parent ? nameOf(n.parent) : undefined);
      return own && isSecret(own) ? own : undefined;
    }
    const name = nameOf(n);
    if (name && isSecret(name)) return name;
  }
  return undefined;
}

function isSecret(name: string): boolean {
  return wordsOf(name).some((w) => SECRET_WORDS.has(w));
}

/** `Math.random().toString(36).substring(2, 10)` (or `.slice`/`.substr`) → `crypto.randomUUID()`. */
function uuidFix(call: Node): FixDraft | undefined {
  const toString = call.parent;
  if (toString?.type !== 'member_expression' || toString.childForFieldName('property')?.text !== 'toString') return undefined;
  const toStringCall = toString.parent;
  if (toStringCall?.type !== 'call_expression' || toStringCall.childForFieldName('arguments')?.text !== '(36)') return undefined;
  const cut = toStringCall.parent;
  if (cut?.type !== 'member_expression' || !/^(substring|slice|substr)$/.test(cut.childForFieldName('property')?.text ?? '')) return undefined;
  const cutCall = cut.parent;
  if (cutCall?.type !== 'call_expression') return undefined;
  return { title: 'Use crypto.randomUUID()', safety: 'unsafe', edits: [{ start: cutCall.startIndex, end: cutCall.endIndex, newText: 'crypto.randomUUID()' }] };
}

export const rule: ModuleRule = {
  region: true,
  // The callee is compared without its white space: `Math .random()` counts too.
  applies: (text, _unreviewed, _formats, memory) => new GateTerms(memory).occursLoosely('random', text, /\bMath\s*\.\s*random\b/, /\brandom\b/, 8),
  check(ctx) {
    if (!ctx.code) return;
    for (const call of nodesAtText(ctx.code.root, ctx.text, /\brandom\s*\(/g, ['call_expression'])) {
      const callee = call.childForFieldName('function')?.text.replace(/\s+/g, '');
      if (callee !== 'Math.random' && callee !== 'window.Math.random' && callee !== 'globalThis.Math.random') continue;
      const purpose = purposeOf(call);
      if (!purpose) continue;
      const fix = uuidFix(call);
      ctx.report({ start: call.startIndex, end: call.endIndex, names: { name: purpose }, ...(fix ? { fixes: [fix] } : {}) });
    }
  },
};
