/**
 * `random` (a Mersenne Twister seeded from the clock or the OS, whose output can be predicted from earlier output)
 * used to make something secret: a value assigned to a token/password/key/OTP-like name, passed as such a keyword
 * or dict key, or produced inside a function named like `generate_token`.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleRule } from '../../engine/module';
import { GateTerms } from '../../engine/gate';
import { callsNamed } from '../../languages/query';
import { candidateNames } from '../../engine/names';
import { secretsRandomFix } from './fixes';

const PREDICTABLE = new Set([
  'random.random', 'random.randint', 'random.randrange', 'random.choice', 'random.choices', 'random.sample',
  'random.getrandbits', 'random.randbytes', 'random.uniform', 'random.shuffle',
  'numpy.random.randint', 'numpy.random.choice', 'numpy.random.bytes', 'numpy.random.random',
]);

/** The last names of {@link PREDICTABLE}, to find candidate calls by their text. */
const PREDICTABLE_NAMES = [...new Set([...PREDICTABLE].map((n) => n.slice(n.lastIndexOf('.') + 1)))];

/** The last word of a name that holds a secret. */
const SECRET_WORD = '(?:token|secret|password|passwd|pwd|passphrase|otp|nonce|salt|iv|pin|csrf|session_?id|sessionid|(?:otp|verification|verify|reset|auth|activation|confirmation|confirm|invite|mfa|login|pin|sms|email)_?code|(?:api|secret|access|private|signing|encryption|session|auth)_?key)';

/** A name whose last word says it holds a secret: `reset_token`, `temp_password`, `otp_code`, `api_key`, `salt`. */
const SECRET_NAME = new RegExp(`(?:^|_)${SECRET_WORD}$`, 'i');

/**
 * Where a file names a secret, as {@link SECRET_NAME} or {@link SECRET_MAKER} would find it: the word ends a name
 * (a maker may add an `s`) and starts it or follows `_` (or a quote, or `.` of an attribute).
 */
const SECRET_TEXT = new RegExp(`(?<![a-z0-9])${SECRET_WORD}s?(?![a-z0-9_])`, 'i');

/** A function that makes a secret (its last word is a {@link SECRET_WORD}): `generate_token`, `random_api_key`. */
const SECRET_MAKER = /^_*(?:generate|gen|make|create|new|random|get_random|issue|build)_(?:\w+_)?(?:token|secret|password|passwd|pwd|passphrase|otp|nonce|salt|pin|csrf_token|session_?id|(?:otp|verification|reset|auth|activation|confirmation|invite|mfa|login|sms|email)_?code|(?:api|secret|access|private|signing|encryption|session|auth)_?key)s?$/i;

/** The word a target is stored under: the last attribute or identifier, or a constant subscript key. */
function storedName(target: Node): string | undefined {
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text;
  if (target.type === 'subscript') {
    const key = target.childForFieldName('subscript');
    if (key?.type === 'string') return key.text.replace(/^[rbuRBU]*(['"])|(['"])$/g, '');
  }
  return undefined;
}

/** The secret-like name the call's value ends up under, or undefined when none does. */
function secretContext(call: Node): string | undefined {
  for (let node: Node | null = call.parent; node; node = node.parent) {
    switch (node.type) {
      case 'assignment':
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const targets = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? [] : left ? [left] : [];
        for (const target of targets) {
          const name = storedName(target);
          if (name && SECRET_NAME.test(name)) return name;
        }
        return undefined;
      }
      case 'keyword_argument': {
        const name = node.childForFieldName('name')?.text;
        if (name && SECRET_NAME.test(name)) return name;
        break;
      }
      case 'pair': {
        const key = node.childForFieldName('key');
        const name = key?.type === 'string' ? key.text.replace(/^[rbuRBU]*(['"])|(['"])$/g, '') : undefined;
        if (name && SECRET_NAME.test(name)) return name;
        break;
      }
      case 'function_definition': {
        const name = node.childForFieldName('name')?.text;
        return name && SECRET_MAKER.test(name) ? `${name}()` : undefined;
      }
      case 'lambda':
      case 'class_definition':
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}

export const rule: ModuleRule = {
  region: true,
  // Every predictable generator is `random.…` or `numpy.random.…`, as called or imported.
  applies(text, _unreviewed, _formats, memory) {
    const terms = new GateTerms(memory);
    return terms.occurs('random', text, /\brandom\b/, 8) && terms.occurs('secret', text, SECRET_TEXT, 48);
  },
  // The calls are found by these names; what names the secret is around the call.
  focus: (language) => (language === 'python' ? { names: [...PREDICTABLE] } : undefined),
  check(ctx) {
    const code = ctx.code;
    if (!code) return;
    for (const call of callsNamed(code.root, ctx.text, PREDICTABLE_NAMES, code.imports, ['call'])) {
      const site = code.language.callSite(call);
      if (!site) continue;
      const callee = candidateNames(site.callee, code.imports).find((n) => PREDICTABLE.has(n));
      if (!callee) continue;
      const name = secretContext(call);
      if (!name) continue;
      const edits = secretsRandomFix(site, callee, ctx.text);
      const fixes = edits ? [{ title: 'Use the secrets module (unsafe)', safety: 'unsafe' as const, edits }] : [];
      ctx.report({ start: call.startIndex, end: call.endIndex, names: { callee: site.callee, name }, fixes });
    }
  },
};
