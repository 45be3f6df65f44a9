/**
 * The sections of a rule's documentation page (`<pack>/<rule>.md`, fixed headings), read once per rule, for hover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RuleDoc {
  whatItDoes?: string;
  why?: string;
  useInstead?: string;
}

const cache = new Map<string, RuleDoc>();

/** Splits a page into its `## ` sections, keyed by heading (code fences are kept whole). */
export function parseDocSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let heading: string | undefined;
  let body: string[] = [];
  let inFence = false;
  const flush = () => {
    if (heading !== undefined) sections.set(heading.toLowerCase(), body.join('\n').trim());
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = !inFence && /^##\s+(.+?)\s*$/.exec(line);
    if (m) {
      flush();
      heading = m[1]!;
      body = [];
    } else if (heading !== undefined) body.push(line);
  }
  flush();
  return sections;
}

/** The documentation of a rule from the pages folder; empty when the page is missing or unreadable. */
export function ruleDoc(docsDir: string, ruleId: string): RuleDoc {
  const cached = cache.get(ruleId);
  if (cached) return cached;
  let doc: RuleDoc = {};
  if (/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) {
    try {
      const sections = parseDocSections(readFileSync(join(docsDir, `${ruleId}.md`), 'utf8'));
      const pick = (name: string) => sections.get(name) || undefined;
      doc = { whatItDoes: pick('what it does'), why: pick('why is this bad?'), useInstead: pick('use instead') };
    } catch {
      doc = {};
    }
  }
  cache.set(ruleId, doc);
  return doc;
}
