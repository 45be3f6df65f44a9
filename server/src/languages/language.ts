/**
 * What the engine needs to know about one programming language: its grammar, its comment syntax, and how its
 * syntax trees spell calls, assignments, properties, strings, imports and variable bindings. Each language file
 * fills this in; everything above this layer is language-agnostic.
 */
import type { Node } from 'web-tree-sitter';
import type { RuleLanguage } from '../engine/rule';
import { isWordChar } from '../engine/scan';

/** One argument of a call: positional (`index`) or named (`name`), and its value expression. */
export interface Argument {
  index?: number;
  name?: string;
  /** The value expression. */
  value: Node;
  /** The whole argument, including `name=` where there is one (what a removal deletes). */
  node: Node;
}

/** A call or constructor call, reduced to what rules look at. */
export interface CallSite {
  node: Node;
  /** The callee as written, normalised: `a.b().c` (whitespace removed, `->`/`::` as `.`, arguments elided). */
  callee: string;
  calleeNode: Node;
  args: Argument[];
  /** The argument list node (to append arguments); null for calls without one. */
  argsNode: Node | null;
}

/** `target = value` (or `+=`). */
export interface Assignment {
  target: Node;
  targetText: string;
  value: Node;
  operator: string;
}

/** `key: value` in an object/dict/struct literal, a keyword argument, or a JSX attribute. */
export interface Property {
  key: string;
  keyNode: Node;
  value: Node | null;
}

/** A variable introduced or assigned: `name = value`. */
export interface Binding {
  name: string;
  value: Node | null;
  node: Node;
}

/** A string literal: its value when it has no interpolation, and the interpolated expressions. */
export interface StringLiteral {
  value: string;
  interpolations: Node[];
}

export type CodeLanguageId =
  | 'javascript' | 'typescript' | 'tsx' | 'python' | 'go' | 'java' | 'csharp' | 'php' | 'ruby' | 'bash' | 'cpp'
  | 'rust' | 'powershell';

export interface CodeLanguage {
  id: CodeLanguageId;
  /** The `languages:` value rules use for this language. */
  ruleLanguage: RuleLanguage;
  /** File name of the WASM grammar in @vscode/tree-sitter-wasm. */
  grammar: string;
  extensions: string[];
  lineComment?: string;
  blockComment?: [string, string];
  kinds: {
    call: string[];
    new: string[];
    assign: string[];
    property: string[];
    comment: string[];
    string: string[];
    function: string[];
    binding: string[];
    identifier: string[];
  };
  callSite(node: Node): CallSite | undefined;
  /**
   * The last segment of a call's callee when it is a plain name (`exec` of `cp.exec(…)`), read without building
   * the call site: most calls of a file match no rule, and this tells so cheaply. Undefined: no cheap answer.
   */
  calleeLast?(node: Node): string | undefined;
  assignment(node: Node): Assignment | undefined;
  property(node: Node): Property | undefined;
  /** The literal when `node` is a string, else undefined. */
  stringLiteral(node: Node): StringLiteral | undefined;
  /** Source text of a number, boolean or null literal, else undefined. */
  scalarLiteral(node: Node): string | undefined;
  /** Local name → imported module path (or module path + member). */
  imports(root: Node): Map<string, string>;
  /** The variables a binding node introduces. */
  bindings(node: Node): Binding[];
  /** Names of the parameters of a function node. */
  parameters(fn: Node): string[];
  /** Operands when `node` builds a string from parts (`+`, `.`, `%`, format calls), else undefined. */
  stringParts(node: Node): Node[] | undefined;
  /** The expression inside wrappers that do not change the value (parentheses, await, casts). */
  unwrap(node: Node): Node;
}

/** Text of the named child in `field`, or undefined. */
export function fieldText(node: Node, field: string): string | undefined {
  return node.childForFieldName(field)?.text;
}

/** Named children of a node (skipping comments). */
export function namedChildren(node: Node | null | undefined): Node[] {
  if (!node) return [];
  const out: Node[] = [];
  for (let i = 0; i < node.namedChildCount; i++) {
    const child = node.namedChild(i);
    if (child && !child.type.includes('comment')) out.push(child);
  }
  return out;
}

/**
 * Normalises a callee's source text: no whitespace or comments, `->`, `?->`, `::` and `?.` as `.`, the contents
 * of call parentheses and generic brackets elided, so `Runtime.getRuntime( ).exec` reads `Runtime.getRuntime().exec`.
 */
export function normaliseCallee(text: string): string {
  const source = (text.includes('/*') ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text).replace(/\s+/g, '').replace(/\?\.|\?->|->|::/g, '.');
  let out = '';
  let depth = 0;
  let angle = 0;
  for (let i = 0; i < source.length; i++) {
    if (depth > 0) {
      // Inside brackets only brackets count: the arguments of a call in a chain can be whole functions.
      BRACKETS.lastIndex = i;
      if (!BRACKETS.exec(source)) break;
      i = BRACKETS.lastIndex - 1;
    }
    const ch = source[i]!;
    if (ch === '(' || ch === '[') {
      if (depth === 0) out += ch;
      depth++;
    } else if (ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) out += ch;
    } else if (depth === 0) {
      if (ch === '<' && out.length > 0 && isWordChar(out.charCodeAt(out.length - 1))) angle++;
      else if (ch === '>' && angle > 0) angle--;
      else if (angle === 0) out += ch;
    }
  }
  return out;
}

const BRACKETS = /[()[\]]/g;

/** Removes matching quotes from a simple quoted token. */
export function unquote(text: string): string {
  const m = /^(?:[rRbBuUfF]{0,2})(['"`])([\s\S]*)\1$/.exec(text);
  return m ? m[2]! : text;
}
