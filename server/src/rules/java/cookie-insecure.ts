/**
 * Servlet cookies sent without `Secure` or `HttpOnly`, and Spring `ResponseCookie` builders without them. A cookie
 * created with `new Cookie(...)` is checked for `setSecure(true)` and `setHttpOnly(true)` on the same variable in
 * the same method; a `ResponseCookie.from(...)` chain is checked for `.secure(true)` and `.httpOnly(true)`.
 */
import type { Node } from 'web-tree-sitter';
import type { FixDraft, ModuleContext, ModuleRule } from '../../engine/module';
import { assignedName, calleeNames, enclosingBody } from './syntax';
import { descendantsOf } from '../../languages/query';

const COOKIE = /^(javax|jakarta)\.servlet\.http\.Cookie$|^Cookie$/;

const SETTERS: Record<string, string> = { setSecure: 'Secure', setHttpOnly: 'HttpOnly' };
const BUILDER_METHODS: Record<string, string> = { Secure: 'secure', HttpOnly: 'httpOnly' };

/** Flags set on `variable` in `body`: `cookie.setSecure(true)` gives `Secure → true`. */
function flagsSet(body: Node, variable: string): Map<string, string> {
  const set = new Map<string, string>();
  for (const n of descendantsOf(body, 'method_invocation')) {
    if (n.childForFieldName('object')?.text !== variable) continue;
    const flag = SETTERS[n.childForFieldName('name')?.text ?? ''];
    const value = n.childForFieldName('arguments')?.namedChild(0)?.text;
    if (flag && value) set.set(flag, value);
  }
  return set;
}

/** `cookie.setSecure(true);` lines after the declaration, for flags the method never sets at all. */
function setterFix(ctx: ModuleContext, creation: Node, variable: string, missing: string[], set: Map<string, string>): FixDraft[] {
  if (missing.some((f) => set.has(f))) return []; // an explicit `setSecure(false)` is a decision to review, not to override
  const statement = creation.parent?.parent;
  if (statement?.type !== 'local_variable_declaration' && statement?.type !== 'expression_statement') return [];
  const lineStart = ctx.text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = /^[ \t]*/.exec(ctx.text.slice(lineStart))![0];
  const setters = missing.map((f) => `\n${indent}${variable}.set${f}(true);`).join('');
  return [{ title: `Set ${missing.join(' and ')} on the cookie`, safety: 'unsafe', edits: [{ start: statement.endIndex, end: statement.endIndex, newText: setters }] }];
}

/** The outermost call of a fluent chain that contains `node` as its innermost receiver. */
function chainTop(node: Node): Node {
  let top = node;
  while (top.parent?.type === 'method_invocation' && top.parent.childForFieldName('object')?.equals(top)) top = top.parent;
  return top;
}

export const rule: ModuleRule = {
  check(ctx) {
    const code = ctx.code;
    if (!code || code.language.id !== 'java') return;
    for (const node of descendantsOf(code.tree.rootNode, ['object_creation_expression', 'method_invocation'])) {
      let missing: string[] = [];
      let fixes: FixDraft[] = [];
      if (node.type === 'object_creation_expression') {
        const callee = calleeNames(code.language, node, code.imports);
        if (!callee?.names.some((n) => COOKIE.test(n))) continue;
        const variable = assignedName(node);
        const body = enclosingBody(node);
        if (!variable || !body) continue;
        const set = flagsSet(body, variable);
        missing = ['Secure', 'HttpOnly'].filter((f) => set.get(f) !== 'true');
        if (missing.length) fixes = setterFix(ctx, node, variable, missing, set);
      } else if (node.type === 'method_invocation') {
        const callee = calleeNames(code.language, node, code.imports);
        if (!callee?.names.some((n) => /(^|\.)ResponseCookie\.(from|fromClientResponse)$/.test(n))) continue;
        const top = chainTop(node);
        const chain = top.text.replace(/\s+/g, '');
        if (!/\.build\(\)$/.test(chain)) continue;
        for (const flag of ['Secure', 'HttpOnly']) {
          const method = BUILDER_METHODS[flag]!;
          if (!new RegExp(`\\.${method}\\(true\\)`).test(chain)) missing.push(flag);
        }
        // `.secure(true).httpOnly(true)` just before `.build()`, unless the chain sets a flag to something else.
        const receiver = top.childForFieldName('object');
        if (missing.length && receiver && !missing.some((f) => new RegExp(`\\.${BUILDER_METHODS[f]}\\(`).test(chain))) {
          const calls = missing.map((f) => `.${BUILDER_METHODS[f]}(true)`).join('');
          fixes = [{ title: `Set ${missing.join(' and ')} on the cookie`, safety: 'unsafe', edits: [{ start: receiver.endIndex, end: receiver.endIndex, newText: calls }] }];
        }
      } else continue;
      if (missing.length) ctx.report({ start: node.startIndex, end: node.endIndex, names: { flags: missing.join(' and ') }, fixes });
    }
  },
};
