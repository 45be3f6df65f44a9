/**
 * Turns a rule's `fix:` into edits for one match. Data fixes edit captures (`match`, `callee`, `arg:<key>`,
 * `value`, `target`, …) with `{{name}}` templates; code fixes are named functions for what data cannot express.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { FixSpec } from './rule';
import type { FixDraft, OffsetEdit } from './module';
import type { RawMatch } from './match';
import type { CodeLanguage } from '../languages/language';
import type { TextMatch } from './text';
import type { Directive } from './suppress';

/** A fix implemented in code: returns the edits, or undefined when this match cannot be fixed mechanically. */
export type CodeFix = (match: RawMatch, ctx: { text: string; language: CodeLanguage }) => OffsetEdit[] | undefined;

const codeFixes = new Map<string, CodeFix>();
/** Code fixes whose edits depend on the file beyond their match and its imports. */
const fileReaders = new Set<string>();

/**
 * Registers a named code fix (called by the modules in engine/fixes). `readsFile`: the edits depend on code far
 * from the match (every use of a hash package in the file, a buffer's declared size, a constant's value), not only
 * on the match and the imports, so its findings are found again over the whole file after every edit, never kept
 * from the analysis before (whose fix would miss what the edit changed).
 */
export function registerFix(name: string, fix: CodeFix, options: { readsFile?: boolean } = {}): void {
  codeFixes.set(name, fix);
  if (options.readsFile) fileReaders.add(name);
}

/** Whether a code fix reads the file beyond its match and imports ({@link registerFix}). */
export function fixReadsFile(name: string): boolean {
  return fileReaders.has(name);
}

/**
 * A fix for a match of a text rule (a secret in a string literal): it gets the matched range and, in code files,
 * the syntax tree, and returns the edits or undefined when this match cannot be fixed mechanically.
 */
export type TextFix = (match: TextMatch, ctx: { text: string; code?: { language: CodeLanguage; tree: Tree; imports: Map<string, string> } }) => OffsetEdit[] | undefined;

const textFixes = new Map<string, TextFix>();

/** Registers a named fix for text rules (called by the packs' fixes.ts). */
export function registerTextFix(name: string, fix: TextFix): void {
  textFixes.set(name, fix);
}

/** Builds the fix of one text-rule match, or undefined when the rule has none or it does not apply here. */
export function buildTextFix(spec: FixSpec | undefined, match: TextMatch, ctx: Parameters<TextFix>[1]): FixDraft | undefined {
  const fix = spec?.module ? textFixes.get(spec.module) : undefined;
  const edits = fix?.(match, ctx);
  return spec && edits?.length ? { title: spec.title, safety: spec.safety, edits } : undefined;
}

/**
 * A fix for a finding about an ignore directive itself (the built-in `ai-audit/ignore-*` rules): it gets the
 * directive and the ids of every known rule, and returns the edits or undefined when it cannot fix this one.
 */
export type DirectiveFix = (directive: Directive, ctx: { text: string; ruleIds: readonly string[] }) => OffsetEdit[] | undefined;

const directiveFixes = new Map<string, DirectiveFix>();

/** Registers a named fix for the built-in ignore-directive rules (called by the ai-audit pack's fixes.ts). */
export function registerDirectiveFix(name: string, fix: DirectiveFix): void {
  directiveFixes.set(name, fix);
}

/** Builds the fix of a finding about an ignore directive, or undefined when the rule has none or it does not apply. */
export function buildDirectiveFix(spec: FixSpec | undefined, directive: Directive, ctx: Parameters<DirectiveFix>[1]): FixDraft | undefined {
  const fix = spec?.module ? directiveFixes.get(spec.module) : undefined;
  const edits = fix?.(directive, ctx);
  return spec && edits?.length ? { title: spec.title, safety: spec.safety, edits } : undefined;
}

/** Whether a named code fix exists (for the rule meta-checks). */
export function hasCodeFix(name: string): boolean {
  return codeFixes.has(name) || textFixes.has(name) || directiveFixes.has(name);
}

/** A `{{name}}` placeholder (a match's name or capture). */
const PLACEHOLDER = /\{\{\s*([\w:|-]+)\s*\}\}/g;

/** The value a placeholder names in a match: one of its names, else a capture's text. */
export const matchValue = (match: RawMatch) => (key: string): string | undefined => match.names.get(key) ?? match.captures.get(key)?.text;

/** Fills `{{name}}` from the match's names and capture texts (for code: a fix's edits). */
export function fillTemplate(template: string, match: RawMatch): string {
  const value = matchValue(match);
  return template.replace(PLACEHOLDER, (whole, key: string) => value(key) ?? whole);
}

/**
 * Fills `{{name}}` in prose (a message, a fix's title) from `lookup`, each value's runs of white space made one
 * space: code quoted on one line reads as written however it was laid out, and white space typed inside it changes
 * no message.
 */
export function fillMessage(template: string, lookup: (key: string) => string | undefined): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => lookup(key)?.replace(/\s+/g, ' ') ?? whole);
}

/** Removes an argument and the separator that goes with it (for code fixes too). */
export function removeArgument(node: Node, text: string): OffsetEdit {
  return removeListItems(node.startIndex, node.endIndex, text);
}

/**
 * Removes the items of a comma-separated list between `start` and `end` (one argument, or several neighbouring
 * JSON array items) and the separator that goes with them.
 */
export function removeListItems(start: number, end: number, text: string): OffsetEdit {
  const after = /^\s*,[ \t]*/.exec(text.slice(end));
  if (after) end += after[0].length;
  else {
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
  }
  return { start, end, newText: '' };
}

/** Appends `newText` as a last argument of an argument list node (`(…)`) (for code fixes too). */
export function appendArgument(argsNode: Node, newText: string, text: string): OffsetEdit {
  const close = argsNode.endIndex - 1;
  const inner = text.slice(argsNode.startIndex + 1, close);
  const trailingComma = /,\s*$/.test(inner);
  const empty = inner.trim() === '';
  const insertAt = empty ? argsNode.startIndex + 1 : argsNode.startIndex + 1 + inner.replace(/\s*$/, '').length;
  return { start: insertAt, end: insertAt, newText: empty ? newText : trailingComma ? ` ${newText}` : `, ${newText}` };
}

/** Builds the fix of one match, or undefined when the rule has none or it does not apply here. */
export function buildFix(spec: FixSpec | undefined, match: RawMatch, text: string, language: CodeLanguage): FixDraft | undefined {
  if (!spec) return undefined;
  let edits: OffsetEdit[] | undefined;
  if (spec.module) edits = codeFixes.get(spec.module)?.(match, { text, language });
  else {
    edits = [];
    for (const edit of spec.edits ?? []) {
      const newText = fillTemplate(edit.text ?? '', match);
      if (edit.action === 'appendArgument') {
        const args = match.call?.argsNode;
        if (!args) return undefined;
        edits.push(appendArgument(args, newText, text));
        continue;
      }
      const node = match.captures.get(edit.target);
      if (!node) return undefined;
      if (edit.action === 'replace') edits.push({ start: node.startIndex, end: node.endIndex, newText });
      else if (edit.action === 'insertBefore') edits.push({ start: node.startIndex, end: node.startIndex, newText });
      else if (edit.action === 'insertAfter') edits.push({ start: node.endIndex, end: node.endIndex, newText });
      else if (edit.action === 'remove') edits.push({ start: node.startIndex, end: node.endIndex, newText: '' });
      else if (edit.action === 'removeArgument') edits.push(removeArgument(node, text));
    }
  }
  if (!edits || edits.length === 0) return undefined;
  // A placeholder the match could not fill must never reach the user's code.
  if (edits.some((e) => /\{\{\s*[\w:|-]+\s*\}\}/.test(e.newText))) return undefined;
  return { title: fillMessage(spec.title, matchValue(match)), safety: spec.safety, edits };
}
