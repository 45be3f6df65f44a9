/**
 * `java.util.Random`, `Math.random` and `ThreadLocalRandom` values used as secrets. These generators are fine for
 * games and jitter, so a value is reported only where its use says "secret": `nextBytes` into a buffer, a
 * character drawn from a character set, or a variable, field, setter or method named like a token or password.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleRule } from '../../engine/module';
import { calleeNames } from './syntax';
import { descendantsOf } from '../../languages/query';
import { secretContext } from './secret-names';

const VALUE_METHODS = /^(nextInt|nextLong|nextDouble|nextFloat|nextBoolean|nextGaussian|nextBytes|ints|longs|doubles)$/;
const SECURE_VALUE = /^new\s+(java\.security\.)?SecureRandom\b|^SecureRandom\./;

/** Names declared with type `Random` (fields, locals, parameters) and initialised with something other than SecureRandom. */
function weakGenerators(root: Node): Set<string> {
  const names = new Set<string>();
  for (const node of descendantsOf(root, ['field_declaration', 'local_variable_declaration', 'formal_parameter'])) {
    const type = node.childForFieldName('type')?.text;
    if (type !== 'Random' && type !== 'java.util.Random') continue;
    if (node.type === 'formal_parameter') {
      const name = node.childForFieldName('name')?.text;
      if (name) names.add(name);
      continue;
    }
    for (const declarator of node.namedChildren) {
      if (declarator?.type !== 'variable_declarator') continue;
      const value = declarator.childForFieldName('value');
      if (value && SECURE_VALUE.test(value.text)) continue;
      const name = declarator.childForFieldName('name')?.text;
      if (name) names.add(name);
    }
  }
  return names;
}

function isWeakReceiver(receiver: Node | null, weak: Set<string>): boolean {
  if (!receiver) return false;
  if (receiver.type === 'identifier') return weak.has(receiver.text);
  if (receiver.type === 'field_access') return receiver.childForFieldName('object')?.type === 'this' && weak.has(receiver.childForFieldName('field')?.text ?? '');
  if (receiver.type === 'object_creation_expression') return /^(java\.util\.)?Random$/.test(receiver.childForFieldName('type')?.text ?? '');
  if (receiver.type === 'method_invocation') return /^(java\.util\.concurrent\.)?ThreadLocalRandom\.current$/.test(`${receiver.childForFieldName('object')?.text}.${receiver.childForFieldName('name')?.text}`);
  return false;
}

export const rule: ModuleRule = {
  check(ctx) {
    const code = ctx.code;
    if (!code || code.language.id !== 'java') return;
    const weak = weakGenerators(code.tree.rootNode);
    for (const node of descendantsOf(code.tree.rootNode, 'method_invocation')) {
      const method = node.childForFieldName('name')?.text ?? '';
      let generator: string | undefined;
      const receiver = node.childForFieldName('object');
      if (VALUE_METHODS.test(method) && isWeakReceiver(receiver, weak)) generator = `${receiver?.type === 'method_invocation' ? 'ThreadLocalRandom' : 'java.util.Random'}.${method}`;
      else {
        const callee = calleeNames(code.language, node, code.imports);
        if (callee?.names.some((n) => /^(java\.lang\.)?Math\.random$/.test(n))) generator = 'Math.random';
        else if (callee?.names.some((n) => /(^|\.)RandomStringUtils\.random\w*$/.test(n))) generator = callee.written;
      }
      if (!generator) continue;
      const context = method === 'nextBytes' ? 'a byte buffer (keys, IVs, salts, tokens)' : secretContext(node);
      if (!context) continue;
      ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: generator, context } });
    }
  },
};
