/**
 * Ignore directives written for the user: `ai-audit-ignore-next-line <rule> -- <reason>` above the finding at its
 * indentation, or `ai-audit-ignore-file <rule> -- <reason>` at the top of the file (after a shebang, `<?php`, an
 * XML declaration or front matter), each in the comment syntax of the file.
 */
import { type TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { classify } from '../languages/registry';
import type { IgnoreParams } from '../protocol';

/** How a comment starts and ends in a file (`end` is empty for line comments). */
export interface CommentSyntax {
  start: string;
  end: string;
}

const HASH: CommentSyntax = { start: '#', end: '' };
const SLASHES: CommentSyntax = { start: '//', end: '' };
const MARKUP: CommentSyntax = { start: '<!--', end: ' -->' };

/** JSON files that editors read as JSON with comments; strict JSON has no comment syntax at all. */
const JSON_WITH_COMMENTS = /(\.jsonc$|(^|\/)\.vscode\/[^/]+\.json$|(^|\/)\.devcontainer(\/[^/]+)?\.json$|(^|\/)[tj]sconfig[\w.-]*\.json$|\.code-workspace$)/i;

/** The comment syntax of a file, from its path and content; undefined for formats without comments. */
export function commentSyntaxFor(path: string, text: string): CommentSyntax | undefined {
  const fileClass = classify(path, text);
  const code = fileClass.code;
  if (code?.lineComment) return { start: code.lineComment, end: '' };
  if (code?.blockComment) return { start: code.blockComment[0], end: ` ${code.blockComment[1]}` };
  const lower = path.toLowerCase();
  if (fileClass.formats.has('markdown') || fileClass.formats.has('agent-rules') || /\.(html?|xml|svg|vue|xhtml)$/.test(lower)) return MARKUP;
  if (fileClass.formats.has('json')) return JSON_WITH_COMMENTS.test(lower) ? SLASHES : undefined;
  if (fileClass.formats.has('go-mod')) return SLASHES;
  return HASH;
}

/** Strips what could end the comment early or break the directive: line breaks, comment closers, extra spaces. */
export function sanitizeReason(reason: string): string {
  return reason.replace(/\*\/|-->|#>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The line a file-level directive goes on: after a shebang, `<?php`, an XML declaration or front matter. */
function fileDirectiveLine(document: TextDocument): number {
  const lines = document.getText().split(/\r?\n/);
  const first = lines[0] ?? '';
  if (first === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l === '---');
    if (close > 0) return close + 1;
  }
  if (first.startsWith('#!') || /^<\?(php|xml)\b/.test(first)) return 1;
  return 0;
}

const NEXT_LINE_DIRECTIVE = /ai-audit-ignore-next-line\s+[a-z0-9*-]+\/[a-z0-9*-]+(?:\s*,\s*[a-z0-9*-]+\/[a-z0-9*-]+)*(?=\s*--\s*\S)/;

/** Where the reason of a directive ends: before an `until` date and a closing comment marker (no regex backtracking). */
function reasonEnd(rest: string): number {
  let end = rest.trimEnd().length;
  for (const close of ['*/', '-->', '#>']) {
    if (rest.slice(0, end).endsWith(close)) {
      end = rest.slice(0, end - close.length).trimEnd().length;
      break;
    }
  }
  const until = /(?:^|\s)until\s+\d{4}-\d{2}-\d{2}$/.exec(rest.slice(0, end));
  return until ? rest.slice(0, until.index).trimEnd().length : end;
}

/**
 * When the line above already holds a next-line directive, a second one cannot go between them (a directive
 * covers exactly the line below it), so the rule joins the existing directive and its reason is added.
 */
function mergeIntoDirectiveAbove(document: TextDocument, line: number, ruleId: string, reason: string): WorkspaceEdit | undefined {
  const above = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  const ids = NEXT_LINE_DIRECTIVE.exec(above);
  if (!ids) return undefined;
  const idsEnd = ids.index + ids[0].length;
  const end = idsEnd + reasonEnd(above.slice(idsEnd));
  const edits = [TextEdit.insert({ line, character: idsEnd }, `, ${ruleId}`), TextEdit.insert({ line, character: end }, `; ${ruleId}: ${reason}`)];
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/**
 * The versioned edit that inserts the directive, or a sentence saying why there is none (stale version, no
 * reason, a format without comments, a line outside the document).
 */
export function ignoreEdit(document: TextDocument, path: string, params: IgnoreParams): WorkspaceEdit | string {
  if (params.version !== document.version) return 'The file changed since the quick fix was offered; try again.';
  const reason = sanitizeReason(params.reason);
  if (!reason) return 'An ignore directive needs a reason; nothing was inserted.';
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(params.ruleId)) return `"${params.ruleId}" is not a rule id.`;
  const text = document.getText();
  const syntax = commentSyntaxFor(path, text);
  if (!syntax) return 'This file format has no comments, so an ignore directive cannot be written in it.';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let line: number;
  let indent = '';
  let keyword: string;
  if (params.scope === 'file') {
    line = Math.min(fileDirectiveLine(document), document.lineCount);
    keyword = 'ai-audit-ignore-file';
  } else {
    if (!Number.isInteger(params.line) || params.line < 0 || params.line >= document.lineCount) return 'That line is no longer in the file.';
    line = params.line;
    const merged = line > 0 ? mergeIntoDirectiveAbove(document, line - 1, params.ruleId, reason) : undefined;
    if (merged) return merged;
    const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    indent = /^[ \t]*/.exec(lineText)![0];
    keyword = 'ai-audit-ignore-next-line';
  }
  // A directive after the last line of a file without a final newline needs one before it.
  const atEnd = line >= document.lineCount;
  const directive = `${indent}${syntax.start} ${keyword} ${params.ruleId} -- ${reason}${syntax.end}`;
  const position = atEnd ? document.positionAt(text.length) : { line, character: 0 };
  const insert = atEnd ? `${text.length && !text.endsWith('\n') ? eol : ''}${directive}${eol}` : `${directive}${eol}`;
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [TextEdit.insert(position, insert)])] };
}
