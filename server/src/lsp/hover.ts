/**
 * Hover over a finding: what was found, why it matters and what to write instead, from the rule's page, with CWE
 * and OWASP references and any hidden text the rule revealed.
 */
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver/node';
import { comparePositions, type Finding } from '../engine/finding';
import { ruleDoc } from './docs';

/** Whether a position lies within a finding's range (its end included, so the cursor after a token counts). */
function covers(finding: Finding, position: Position): boolean {
  return comparePositions(finding.range.start, position) <= 0 && comparePositions(position, finding.range.end) <= 0;
}

/** A fence that the revealed text cannot close early. */
function fence(text: string): string {
  let ticks = '```';
  while (text.includes(ticks)) ticks += '`';
  return ticks;
}

/** The markdown of one finding's hover. */
export function findingHoverMarkdown(finding: Finding, docsDir: string): string {
  const doc = ruleDoc(docsDir, finding.ruleId);
  const parts = [`**${finding.title}** · \`${finding.ruleId}\` · ${finding.severity} severity, ${finding.confidence} confidence`, finding.message];
  if (finding.revealed !== undefined) {
    const ticks = fence(finding.revealed);
    parts.push(`Hidden text the model reads:\n\n${ticks}text\n${finding.revealed}\n${ticks}`);
  }
  if (doc.why) parts.push(`#### Why\n\n${doc.why}`);
  if (doc.useInstead) parts.push(`#### Use instead\n\n${doc.useInstead}`);
  const references: string[] = [];
  for (const cwe of finding.cwe) {
    const n = /^CWE-(\d+)$/.exec(cwe)?.[1];
    references.push(n ? `[${cwe}](https://cwe.mitre.org/data/definitions/${n}.html)` : cwe);
  }
  references.push(...finding.owasp.map((tag) => `OWASP ${tag}`));
  references.push(`[Rule documentation](${finding.docUrl})`);
  parts.push(references.join(' · '));
  return parts.join('\n\n');
}

/** The hover for the findings under a position, or null when there are none. */
export function hoverAt(findings: readonly Finding[], position: Position, docsDir: string): Hover | null {
  const under = findings.filter((f) => covers(f, position));
  if (!under.length) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: under.map((f) => findingHoverMarkdown(f, docsDir)).join('\n\n---\n\n') },
    range: under[0]!.range,
  };
}
