/**
 * Ignore directives: `ai-audit-ignore[-next-line|-file] <rule-id>[, <rule-id>] -- <reason> [until YYYY-MM-DD]`.
 * A reason is required and parsing fails closed: a directive without a reason, with an unknown rule, expired,
 * or malformed suppresses nothing and is itself reported; so is one that suppresses nothing.
 */
import type { Node, Tree } from 'web-tree-sitter';
import { createScanner, SyntaxKind } from 'jsonc-parser';
import type { CodeLanguage } from '../languages/language';

export type DirectiveScope = 'line' | 'next-line' | 'file';

export interface Directive {
  scope: DirectiveScope;
  ruleIds: string[];
  reason: string;
  until?: string;
  /** Offsets of the directive text (for reports and fixes). */
  start: number;
  end: number;
  /** Zero-based line the directive applies to (for `line` and `next-line`). */
  line: number;
  problem?: 'no-reason' | 'malformed' | 'expired';
}

const DIRECTIVE = /ai-audit-ignore([\w-]*)([^\n]*)/g;
// Linear-time pieces (no nested quantifiers over the same characters): ids, then an optional `-- reason`.
const BODY = /^\s+([a-z0-9*-]+\/[a-z0-9*-]+(?:\s*,\s*[a-z0-9*-]+\/[a-z0-9*-]+)*)(?:\s+--(?:\s(.*))?|\s*--)?$/;
const UNTIL = /(?:^|\s)until\s+(\d{4}-\d{2}-\d{2})$/;
/** A comment marker followed only by blanks, at the start of the line or after a blank. */
const COMMENT_LEAD = /(?:^|\s)(#|\/\/|\/\*|<!--|;|--)\s*$/;

/** Offsets inside JSON/JSONC comments (strict JSON has none, so directives there suppress nothing). */
function jsonCommentRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) ranges.push([scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength()]);
  }
  return ranges;
}

/** Whether the quotes before an offset on its line are balanced (so a `#` there is not inside a string). */
function outsideQuotes(before: string): boolean {
  let double = false;
  let single = false;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i];
    if (ch === '\\') i++;
    else if (ch === '"' && !single) double = !double;
    else if (ch === "'" && !double) single = !single;
  }
  return !double && !single;
}

/** Whether a real date (not 2026-02-31) is written as YYYY-MM-DD. */
function validDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * Finds the directives of a file. A directive counts only inside a comment: in parsed code the syntax tree says
 * so; in JSON the tokenizer does; in other text it must follow a comment marker outside quotes.
 */
export function parseDirectives(text: string, lineStarts: number[], code: { language: CodeLanguage; tree: Tree } | undefined, today: string, json = false): Directive[] {
  if (!text.includes('ai-audit-ignore')) return [];
  const out: Directive[] = [];
  const jsonComments = json ? jsonCommentRanges(text) : [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const start = m.index;
    const line = lineOf(lineStarts, start);
    const before = text.slice(lineStarts[line], start);
    if (code) {
      let inComment = false;
      for (let n: Node | null = code.tree.rootNode.descendantForIndex(start, start); n; n = n.parent) if (code.language.kinds.comment.includes(n.type)) inComment = true;
      if (!inComment) continue;
    } else if (json) {
      if (!jsonComments.some(([from, to]) => from <= start && start < to)) continue;
    } else {
      const lead = COMMENT_LEAD.exec(before);
      if (!lead || !outsideQuotes(before.slice(0, lead.index))) continue;
    }
    const suffix = m[1] ?? '';
    const scope: DirectiveScope = suffix === '-next-line' ? 'next-line' : suffix === '-file' ? 'file' : 'line';
    let rest = (m[2] ?? '').trimEnd().replace(/(\*\/|-->)$/, '').trimEnd();
    const end = start + m[0].length;
    let until: string | undefined;
    const u = UNTIL.exec(rest);
    if (u) {
      until = u[1];
      rest = rest.slice(0, u.index).trimEnd();
    }
    const body = suffix === '' || suffix === '-next-line' || suffix === '-file' ? BODY.exec(rest) : null;
    const directive: Directive = { scope, ruleIds: [], reason: '', start, end, line: scope === 'next-line' ? line + 1 : line, ...(until ? { until } : {}) };
    if (!body) directive.problem = 'malformed';
    else {
      directive.ruleIds = body[1]!.split(',').map((id) => id.trim());
      directive.reason = (body[2] ?? '').trim();
      if (!directive.reason) directive.problem = 'no-reason';
      else if (until && (!validDate(until) || until < today)) directive.problem = 'expired';
    }
    out.push(directive);
  }
  return out;
}

/** Zero-based line of an offset. */
export function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether a directive id (`pack/rule` or `pack/*`) covers a rule id. */
export function directiveCovers(id: string, ruleId: string): boolean {
  return id === ruleId || (id.endsWith('/*') && ruleId.startsWith(id.slice(0, -1)));
}
