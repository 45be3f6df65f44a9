/**
 * Shared check for "non-cryptographic randomness used for a secret", used by the C#, PHP, Ruby and C/C++ packs.
 * A weak generator call is reported only where its value is plainly meant to be secret: it is assigned to a
 * variable, field or key named like a token, password, salt, nonce, OTP or session id, or it sits in a function
 * named that way. Dice rolls, shuffles for a UI and sampling stay silent.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleContext, ModuleRule } from '../../engine/module';
import { descendantsOf } from '../../languages/query';

/** Names that say "this value must be unguessable". */
export const SECRET_NAME = /(token|secret|passw|pwd|passcode|(^|[._])otp|otp(_?code)?$|nonce|salt|api_?key|session_?id|reset_?code|verification_?code|verify_?code|auth_?code|invite_?code|activation_?code|csrf|confirmation_?code|one_?time|(^|[._])pin(_?code)?$)/i;

/**
 * {@link SECRET_NAME} in the text of a file: the names it is tested on are written there (a `pin` starts the name or
 * follows `.` or `_`, so no letter or digit comes before it).
 */
const SECRET_TEXT = /token|secret|passw|pwd|passcode|otp|nonce|salt|api_?key|session_?id|reset_?code|verification_?code|verify_?code|auth_?code|invite_?code|activation_?code|csrf|confirmation_?code|one_?time|(?<![a-z0-9])pin/i;

export interface WeakRandomSpec {
  /** Whether a call (or constructor call) node is a weak generator; returns the name to show, or undefined. */
  weakCall(node: Node, callee: string): string | undefined;
  /** Text a file cannot call a weak generator without: its name, where it is called or imported. */
  weakText: RegExp;
}

/** The name a value is stored under when `node` is an assignment, binding or key/value pair, else undefined. */
function storedAs(ctx: ModuleContext, node: Node): string[] {
  const lang = ctx.code!.language;
  const names: string[] = [];
  if (lang.kinds.assign.includes(node.type)) {
    const assignment = lang.assignment(node);
    if (assignment) names.push(assignment.targetText);
  }
  if (lang.kinds.binding.includes(node.type)) names.push(...lang.bindings(node).map((b) => b.name));
  if (lang.kinds.property.includes(node.type)) {
    const property = lang.property(node);
    if (property) names.push(property.key);
  }
  // Declarations the language layer does not list as bindings (C# fields, C declarators, Ruby/PHP pairs).
  const name = node.childForFieldName('name') ?? node.childForFieldName('declarator') ?? node.childForFieldName('key');
  if (name && /declarator|pair|property|field/.test(node.type)) names.push(name.text);
  return names;
}

/** Whether the value of `node` is destined for something secret (see the file comment). */
export function inSecretContext(ctx: ModuleContext, node: Node): boolean {
  const lang = ctx.code!.language;
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (storedAs(ctx, n).some((name) => SECRET_NAME.test(name))) return true;
    if (lang.kinds.function.includes(n.type)) {
      const name = n.childForFieldName('name') ?? n.childForFieldName('declarator')?.childForFieldName('declarator');
      if (name && SECRET_NAME.test(name.text)) return true;
      // Blocks and lambdas pass their value on: keep looking for the variable they are assigned to.
      if (!/block|lambda|anonymous|arrow|closure/.test(n.type)) return false;
    }
  }
  return false;
}

/** Builds the module rule for one language. */
export function secretRandomnessRule(spec: WeakRandomSpec): ModuleRule {
  return {
    applies: (text) => spec.weakText.test(text) && SECRET_TEXT.test(text),
    check(ctx) {
      const code = ctx.code;
      if (!code) return;
      for (const node of descendantsOf(code.tree.rootNode, [...code.language.kinds.call, ...code.language.kinds.new])) {
        const site = code.language.callSite(node);
        if (!site) continue;
        const shown = spec.weakCall(node, site.callee);
        if (!shown || !inSecretContext(ctx, node)) continue;
        ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: shown } });
      }
    },
  };
}
