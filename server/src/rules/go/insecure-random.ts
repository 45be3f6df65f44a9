/**
 * `math/rand` values used as secrets. The package is fine for simulations and jitter, so a call is reported only
 * where its use says "secret": it fills a byte buffer (`rand.Read`), it indexes a character set (the classic
 * random-string helper), or the variable, field or function it feeds is named like a token, key or password.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleRule } from '../../engine/module';
import { candidateNames } from '../../engine/names';
import { secretContext } from './secret-names';

const VALUE_FUNCTIONS = /^(Int|Intn|IntN|Int31|Int31n|Int32|Int32N|Int63|Int63n|Int64|Int64N|Uint32|Uint64|Uint|UintN|Uint32N|Uint64N|N|Float32|Float64|Perm|Shuffle|Read)$/;

/** The name a callee ends with: `Intn` of `rand.Intn` and of `Intn` (a dot import); nothing for other callees. */
function lastName(callee: Node | null): string {
  if (callee?.type === 'selector_expression') return callee.childForFieldName('field')?.text ?? '';
  return callee?.type === 'identifier' ? callee.text : '';
}

export const rule: ModuleRule = {
  check(ctx) {
    const code = ctx.code;
    if (!code || code.language.id !== 'go') return;
    const modules = new Set([...code.imports.values()]);
    if (!modules.has('math/rand') && !modules.has('math/rand/v2')) return;
    // (The parser lists the calls in one call. Walking the tree node by node from here called into it for every
    // node: the 99 files of Go's sources that import math/rand took 1.40-1.55 s to analyse, now 1.10-1.21 s.)
    for (const node of code.tree.rootNode.descendantsOfType('call_expression')) {
      if (!node || !VALUE_FUNCTIONS.test(lastName(node.childForFieldName('function')))) continue;
      const site = code.language.callSite(node);
      if (!site) continue;
      const resolved = candidateNames(site.callee, code.imports).find((n) => /^math\/rand(\/v2)?\.\w+$/.test(n));
      if (!resolved) continue;
      const fn = resolved.slice(resolved.lastIndexOf('.') + 1);
      if (!VALUE_FUNCTIONS.test(fn)) continue;
      const context = fn === 'Read' ? 'a byte buffer (keys, tokens, nonces)' : secretContext(node);
      if (!context) continue;
      ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: site.callee, context } });
    }
  },
};
