/**
 * A function looked up by a name the model (or the request) chose, through reflection that reaches far more than
 * the declared tools: Python `getattr(module, name)(…)`, `globals()[name](…)`, `vars(obj)[name](…)`; JavaScript
 * `globalThis[name](…)`, `this[name](…)`, `child_process[name](…)`. A dict or object of tools is an allow-list and is
 * not reported; neither is a lookup guarded by a membership test of the same name.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleContext, ModuleRule } from '../../engine/module';
import { nodesAtText } from '../../languages/query';
import { describeTaint } from '../../engine/flow';
import { namedChildren } from '../../languages/language';
import { type Code, resolveCall, scopeOf } from './syntax';

/** Names of tool-call fields that hold the function the model picked, for code the data flow cannot follow. */
const TOOL_NAME = /(\.function\.name|(tool_?call|toolCall|tool_use|toolUse|block|call)\.name|\btool_?name|\btoolName|\bfunction_?name|\bfunctionName)$/;

const JS_REFLECTIVE = /^(this|globalThis|window|global|self)$/;
const NODE_BUILTINS = /^(node:)?(fs|fs\/promises|child_process|os|process|vm|net|http|https|dgram|cluster|worker_threads)$/;

interface Lookup {
  /** The expression that names the function. */
  name: Node;
  /** How the function is reached, for the message. */
  via: string;
}

/** The reflective lookup a call's callee performs, if any. */
function lookupOf(callee: Node, code: Code): Lookup | undefined {
  const id = code.language.id;
  if (id === 'python') {
    if (callee.type === 'call') {
      const call = resolveCall(callee, code);
      const name = call?.site.args.find((a) => a.index === 1)?.value;
      if (call && name && call.names.some((n) => /^(getattr|builtins\.getattr|operator\.attrgetter)$/.test(n))) return { name, via: 'getattr()' };
      return undefined;
    }
    if (callee.type === 'subscript') {
      const table = callee.childForFieldName('value');
      const name = callee.childForFieldName('subscript');
      if (!table || !name) return undefined;
      const text = table.text.replace(/\s+/g, '');
      if (/^(globals|locals|vars)\(.*\)$|__dict__$|^__builtins__$|^builtins\.__dict__$/.test(text)) return { name, via: `${text}[…]` };
    }
    return undefined;
  }
  if (callee.type === 'subscript_expression') {
    const object = callee.childForFieldName('object');
    const name = callee.childForFieldName('index');
    if (!object || !name) return undefined;
    const text = object.text.replace(/\s+/g, '');
    if (JS_REFLECTIVE.test(text) || /^(module\.exports|exports|process\.mainModule)$/.test(text)) return { name, via: `${text}[…]` };
    const module = code.imports.get(text);
    if (module && NODE_BUILTINS.test(module)) return { name, via: `${text}[…] (the ${module.replace(/^node:/, '')} module)` };
  }
  return undefined;
}

/** `if name in ALLOWED`, `if name not in ALLOWED: raise`, `ALLOWED.has(name)`, `ALLOWED.includes(name)` in the function. */
function guarded(name: Node, call: Node, code: Code): boolean {
  const text = name.text.replace(/\s+/g, '');
  const scope = scopeOf(call, code);
  for (const test of scope.descendantsOfType(['comparison_operator', 'binary_expression', 'call', 'call_expression'])) {
    if (!test || test.startIndex >= call.startIndex) continue;
    const parts = namedChildren(test).map((c) => c.text.replace(/\s+/g, ''));
    if (test.type === 'comparison_operator' && /\b(not\s+)?in\b|==/.test(test.text) && parts.includes(text)) return true;
    if (test.type === 'binary_expression' && /===|==|\bin\b/.test(test.text) && parts.includes(text)) return true;
    if ((test.type === 'call' || test.type === 'call_expression') && /\.(has|includes|hasOwnProperty|hasOwn|__contains__)\s*\(/.test(test.text)) {
      const args = namedChildren(test.childForFieldName('arguments')).map((c) => c.text.replace(/\s+/g, ''));
      if (args.includes(text)) return true;
    }
  }
  return false;
}

/** A looked-up function is called right after a `]` or `)`: `globals()[name](…)`, `getattr(m, n)(…)`, `this[name](…)`. */
const CALL_OF_LOOKUP = /\((?<=[\])]\s*\()/g;
const HAS_CALL_OF_LOOKUP = new RegExp(CALL_OF_LOOKUP.source);

/** The names a Python lookup ({@link lookupOf}) is written with, as a focused parse reads names (engine/focus.ts). */
const PYTHON_LOOKUP_FOCUS = ['getattr', 'builtins.getattr', 'operator.attrgetter', 'globals', 'locals', 'vars', '__dict__', '__builtins__'];

/** The reflection Python code cannot look a function up without. */
const PYTHON_LOOKUP = /\b(?:getattr|attrgetter|globals|locals|vars)\b|__dict__|__builtins__/;

/** A JavaScript lookup is a subscript called, perhaps in parentheses: `this[name](…)`, `(exports[name])(…)`. */
const JAVASCRIPT_LOOKUP_CALL = /\](?:[\s)]|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*(?![^\n]))*\(/;

/**
 * What a JavaScript lookup reaches through ({@link lookupOf}): one of the reflective objects before its `[` (after
 * spaces, comments or `?.`), or a Node module the file imports by its name.
 */
const JAVASCRIPT_REFLECTION = /\b(?:this|globalThis|window|global|self|exports|mainModule)(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*|\?\.)*\[|['"](?:node:)?(?:fs|fs\/promises|child_process|os|process|vm|net|http|https|dgram|cluster|worker_threads)['"]/;

const PYTHON_LOOKUP_NAMES = new RegExp(PYTHON_LOOKUP.source, 'g');

/**
 * Whether a Python lookup ({@link lookupOf}) is called where it is made, in a file audited once: `getattr(…)(`,
 * `globals()[…](`, `x.__dict__[…](` (closing parentheses between: `(getattr(m, n))(x)`), or `getattr` or
 * `attrgetter` imported under another name. Yes where a bracket is left open or a string unterminated.
 */
function pythonLookupCalled(text: string): boolean {
  for (const m of text.matchAll(PYTHON_LOOKUP_NAMES)) {
    let i = afterGap(text, m.index + m[0].length);
    const reflective = m[0] === 'getattr' || m[0] === 'attrgetter';
    if (reflective && text.startsWith('as', i) && !/\w/.test(text[i + 2] ?? '')) return true;
    // The call of getattr/globals/locals/vars, then (but for getattr) the subscript.
    for (const open of m[0].startsWith('__') ? ['['] : reflective ? ['('] : ['(', '[']) {
      if (text[i] !== open) {
        i = -1;
        break;
      }
      const close = closingBracket(text, i);
      if (close < 0) return true;
      i = afterGap(text, close + 1);
    }
    if (i < 0) continue;
    while (text[i] === ')') i = afterGap(text, i + 1);
    if (text[i] === '(') return true;
  }
  return false;
}

/** Past spaces, line ends, line continuations and comments. */
function afterGap(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') i++;
    else if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) i += 2;
    else if (c === '#') {
      const end = text.indexOf('\n', i);
      if (end < 0) return text.length;
      i = end;
    } else return i;
  }
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * The offset of the bracket that closes the one at `open`, past strings and comments; -1 where that is unclear (a
 * string left open, brackets that do not pair, the end of the text).
 */
function closingBracket(text: string, open: number): number {
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c in CLOSERS) stack.push(CLOSERS[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (!stack.length) return i;
    } else if (c === '#') {
      i = text.indexOf('\n', i);
      if (i < 0) return -1;
    } else if (c === '"' || c === "'") {
      i = stringEnd(text, i);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** The offset of the quote that ends the string literal whose quote is at `i`, or -1. */
function stringEnd(text: string, i: number): number {
  const q = text[i]!;
  if (text[i + 1] === q && text[i + 2] === q) {
    for (let j = i + 3; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === q && text[j + 1] === q && text[j + 2] === q) return j + 2;
    }
    return -1;
  }
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === q) return j;
    else if (c === '\n') return -1;
  }
  return -1;
}

export const rule: ModuleRule = {
  region: true,
  // A lookup is written with one of these names; whether it is guarded is read in its function, or, outside one,
  // in the whole file before it.
  focus: (language) => (language === 'python' ? { names: PYTHON_LOOKUP_FOCUS, inFunctions: true } : undefined),
  applies: (text, _unreviewed, formats, memory) => {
    if (!formats.has('python')) return JAVASCRIPT_LOOKUP_CALL.test(text) && JAVASCRIPT_REFLECTION.test(text);
    if (!PYTHON_LOOKUP.test(text) || !HAS_CALL_OF_LOOKUP.test(text)) return false;
    // (An open document keeps the looser test: the exact one reads the whole text.)
    return !!memory || pythonLookupCalled(text);
  },
  check(ctx: ModuleContext) {
    const code = ctx.code;
    if (!code) return;
    for (const node of nodesAtText(code.root, ctx.text, CALL_OF_LOOKUP, [...code.language.kinds.call, ...code.language.kinds.new])) {
      const callee = node.childForFieldName('function');
      if (!callee) continue;
      const lookup = lookupOf(code.language.unwrap(callee), code);
      if (!lookup) continue;
      const facts = code.flow.evaluate(lookup.name, 'code-injection');
      if (facts.constant || facts.sanitized) continue;
      let source: string | undefined;
      if (facts.taint && ['llm', 'http', 'network'].includes(facts.taint.kind)) source = describeTaint(facts.taint);
      else if (TOOL_NAME.test(lookup.name.text.replace(/\s+/g, ''))) source = 'the tool call the model returned';
      if (!source || guarded(lookup.name, node, code)) continue;
      ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: lookup.via, source } });
    }
  },
};
