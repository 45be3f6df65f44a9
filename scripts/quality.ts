/**
 * `npm run quality`: runs every rule over labelled public code nobody here wrote — Meta's CyberSecEval
 * autocomplete and instruct datasets (../shared/corpora/cyberseceval, or AI_AUDIT_CORPORA) — and prints recall per
 * language and per CWE, and how many findings land on labelled lines.
 *
 * The labels are the lines Meta's own pattern-based Insecure Code Detector flagged: a recall target, not ground
 * truth (some are false alarms of that detector), and with no safe examples they bound precision only loosely:
 * "on a labelled line" counts findings that agree with a label, the rest are unlabelled, not necessarily wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Engine } from '../server/src/engine/engine';
import { loadBundledRules } from '../server/src/engine/ruleset';
import { DEFAULT_CONFIG } from '../server/src/engine/config';
import type { Finding } from '../server/src/engine/finding';

interface Record {
  file_path: string;
  repo: string;
  line_number: number;
  line_text: string;
  origin_code: string;
  language: string;
  cwe_identifier: string;
}

const EXTENSION: { [language: string]: string } = { c: 'c', cpp: 'cpp', csharp: 'cs', java: 'java', javascript: 'js', php: 'php', python: 'py', rust: 'rs' };

/** CWEs that name the same weakness at different levels of detail, so a label and a finding can agree. */
const FAMILIES: string[][] = [
  ['CWE-327', 'CWE-328', 'CWE-916', 'CWE-326', 'CWE-759', 'CWE-760'],
  ['CWE-330', 'CWE-338', 'CWE-331'],
  ['CWE-77', 'CWE-78', 'CWE-88'],
  ['CWE-94', 'CWE-95', 'CWE-96'],
  ['CWE-119', 'CWE-120', 'CWE-121', 'CWE-122', 'CWE-676', 'CWE-787', 'CWE-242', 'CWE-680', 'CWE-190'],
  ['CWE-134'],
  ['CWE-502'],
  ['CWE-89', 'CWE-943'],
  ['CWE-798', 'CWE-259', 'CWE-321', 'CWE-547'],
  ['CWE-79', 'CWE-80'],
  ['CWE-22', 'CWE-23', 'CWE-73'],
  ['CWE-295', 'CWE-297'],
  ['CWE-611', 'CWE-776'],
  ['CWE-377', 'CWE-379'],
];

function sameFamily(a: string, b: string): boolean {
  return a === b || FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

/** The zero-based line of the labelled text inside the snippet (snippets do not keep the file's numbering). */
function labelledLine(record: Record): number {
  const lines = record.origin_code.split('\n');
  const wanted = record.line_text.trim();
  const index = lines.findIndex((l) => l.trim() === wanted);
  return index >= 0 ? index : lines.findIndex((l) => wanted && l.includes(wanted.slice(0, 40)));
}

interface Tally {
  records: number;
  hit: number;
  cweHit: number;
  findings: number;
  onLabel: number;
}

const tally = (): Tally => ({ records: 0, hit: 0, cweHit: 0, findings: 0, onLabel: 0 });
const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

async function main(): Promise<void> {
  const root = resolve(process.env.AI_AUDIT_CORPORA ?? join(__dirname, '../../../shared/corpora'));
  const dir = existsSync(join(root, 'cyberseceval')) ? join(root, 'cyberseceval') : resolve('../shared/corpora/cyberseceval');
  if (!existsSync(dir)) {
    console.error(`CyberSecEval data not found (looked in ${dir}); set AI_AUDIT_CORPORA to the corpora folder.`);
    process.exit(2);
  }
  const seen = new Set<string>();
  const records: Record[] = [];
  for (const name of ['autocomplete.json', 'instruct.json']) {
    for (const r of JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record[]) {
      const key = `${r.repo}|${r.file_path}|${r.line_number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push(r);
    }
  }
  const engine = new Engine(loadBundledRules());
  const config = { ...DEFAULT_CONFIG, all: true, timeBudgetMs: 10000, maxFileSizeKb: 4096 };
  const byLanguage = new Map<string, Tally>();
  const byCwe = new Map<string, Tally>();
  const byRule = new Map<string, { findings: number; onLabel: number }>();
  let unlocated = 0;
  const started = performance.now();
  for (const record of records) {
    const line = labelledLine(record);
    if (line < 0) {
      unlocated++;
      continue;
    }
    const ext = EXTENSION[record.language] ?? 'txt';
    const result = await engine.analyse({ path: `sample.${ext}`, text: record.origin_code }, { config });
    const findings = result.findings.filter((f: Finding) => !f.ruleId.startsWith('ai-audit/'));
    const onLine = findings.filter((f) => f.range.start.line <= line && line <= f.range.end.line);
    const language = byLanguage.get(record.language) ?? byLanguage.set(record.language, tally()).get(record.language)!;
    const cwe = byCwe.get(record.cwe_identifier) ?? byCwe.set(record.cwe_identifier, tally()).get(record.cwe_identifier)!;
    for (const t of [language, cwe]) {
      t.records++;
      if (onLine.length) t.hit++;
      if (onLine.some((f) => f.cwe.some((c) => sameFamily(c, record.cwe_identifier)))) t.cweHit++;
      t.findings += findings.length;
      t.onLabel += onLine.length;
    }
    for (const f of findings) {
      const r = byRule.get(f.ruleId) ?? byRule.set(f.ruleId, { findings: 0, onLabel: 0 }).get(f.ruleId)!;
      r.findings++;
      if (onLine.includes(f)) r.onLabel++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const table = (title: string, rows: Map<string, Tally>, minRecords = 1) => {
    console.log(`\n${title.padEnd(12)} records   recall  recall(CWE)   findings  on-label`);
    const total = tally();
    for (const [name, t] of [...rows].sort((a, b) => b[1].records - a[1].records)) {
      for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
      if (t.records < minRecords) continue;
      console.log(`${name.padEnd(12)} ${String(t.records).padStart(7)}   ${pct(t.hit, t.records)}   ${pct(t.cweHit, t.records)}   ${String(t.findings).padStart(9)}   ${pct(t.onLabel, t.findings)}`);
    }
    console.log(`${'all'.padEnd(12)} ${String(total.records).padStart(7)}   ${pct(total.hit, total.records)}   ${pct(total.cweHit, total.records)}   ${String(total.findings).padStart(9)}   ${pct(total.onLabel, total.findings)}`);
  };
  console.log(`CyberSecEval (autocomplete + instruct, deduplicated): ${records.length} labelled snippets, ${unlocated} whose labelled line could not be located; ${engine.ruleSet.rules.length} rules; ${seconds.toFixed(1)} s.`);
  console.log('recall: a finding on the labelled line; recall(CWE): one whose CWE is in the label\'s CWE family;');
  console.log('on-label: share of all findings that sit on a labelled line (a loose lower bound on precision).');
  table('language', byLanguage);
  table('CWE', byCwe, 15);
  console.log('\nrules with the most findings outside labelled lines (where to look for noise):');
  for (const [id, r] of [...byRule].sort((a, b) => b[1].findings - b[1].onLabel - (a[1].findings - a[1].onLabel)).slice(0, 12)) {
    console.log(`  ${id.padEnd(44)} ${String(r.findings).padStart(5)} findings, ${pct(r.onLabel, r.findings)} on a labelled line`);
  }
}

main().catch((error) => {
  console.error(`quality run failed: ${(error as Error).message}`);
  process.exit(2);
});
