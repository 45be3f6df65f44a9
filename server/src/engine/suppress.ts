/**
 * Ignore directives: `ai-audit-ignore[-next-line|-file] <rule-id>[, <rule-id>] -- <reason> [until YYYY-MM-DD]`.
 * A reason is required and parsing fails closed: a directive without a reason, with an unknown rule, expired,
 * or malformed suppresses nothing and is itself reported; so is one that suppresses nothing.
 */
import type { Tree } from 'web-tree-sitter';
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

const DIRECTIVE = /ai-audit-ignore(-next-line|-file)?(?![\w-])([^\n]*)/g;
const BODY = /^\s+([a-z0-9*-]+\/[a-z0-9*-]+(?:\s*,\s*[a-z0-9*-]+\/[a-z0-9*-]+)*)\s*(?:--\s*(.*?))?\s*$/;
const UNTIL = /\s+until\s+(\d{4}-\d{2}-\d{2})$/;
const COMMENT_LEAD = /(#|\/\/|\/\*|<!--|;|--|\*|')\s*$/;

/** Finds the directives of a file; `code` (when parsed) confirms each sits in a comment. */
export function parseDirectives(text: string, lineStarts: number[], code: { language: CodeLanguage; tree: Tree } | undefined, today: string): Directive[] {
  if (!text.includes('ai-audit-ignore')) return [];
  const out: Directive[] = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const start = m.index;
    const line = lineOf(lineStarts, start);
    const before = text.slice(lineStarts[line], start);
    if (code) {
      let node = code.tree.rootNode.descendantForIndex(start, start);
      let inComment = false;
      for (let n: typeof node | null = node; n; n = n.parent) if (code.language.kinds.comment.includes(n.type)) inComment = true;
      if (!inComment) continue;
      node = null;
    } else if (!COMMENT_LEAD.test(before.replace(/ai-audit-ignore.*$/, '')) && !/(#|\/\/|<!--|\/\*)/.test(before)) continue;
    const scope: DirectiveScope = m[1] === '-next-line' ? 'next-line' : m[1] === '-file' ? 'file' : 'line';
    let rest = (m[2] ?? '').replace(/\s*(\*\/|-->)\s*$/, '');
    const end = start + m[0].length;
    let until: string | undefined;
    const u = UNTIL.exec(rest);
    if (u) {
      until = u[1];
      rest = rest.slice(0, u.index);
    }
    const body = BODY.exec(rest);
    const directive: Directive = { scope, ruleIds: [], reason: '', start, end, line: scope === 'next-line' ? line + 1 : line, ...(until ? { until } : {}) };
    if (!body) directive.problem = 'malformed';
    else {
      directive.ruleIds = body[1]!.split(',').map((s) => s.trim());
      directive.reason = (body[2] ?? '').trim();
      if (!directive.reason) directive.problem = 'no-reason';
      else if (until && (Number.isNaN(Date.parse(until)) || until < today)) directive.problem = 'expired';
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
