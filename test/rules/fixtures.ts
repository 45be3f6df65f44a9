/**
 * Reads rule fixtures. A fixture is `<rule>.<ext>` beside the rule's YAML; a comment line `ruleid: <id>`
 * announces a finding on the next non-annotation line, `ok: <id>` a line that must stay silent, and
 * `todoruleid: <id>` a known gap (expected to stay silent until it is closed). A first line holding
 * `ai-audit-test-path: <path>` analyses the fixture as if it lived at that path (for workflows, agent files…).
 * Formats without comments use `<rule>.test.yaml` with `path`, `valid` and `invalid` lists.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface FixtureCase {
  /** Virtual path the text is analysed under. */
  path: string;
  text: string;
  /** Zero-based lines where the rule must fire. */
  expected: Set<number>;
  /** Zero-based lines that are known gaps. */
  todo: Set<number>;
  okCount: number;
  ruleidCount: number;
  /** The fixture file on disk. */
  file: string;
}

const ANNOTATION = /(?:#|\/\/|\/\*|<!--|;|--|')\s*(ruleid|ok|todoruleid|todook):\s*([\w/-]+(?:\s*,\s*[\w/-]+)*)/;

/** Parses an annotated fixture file for one rule. */
export function readAnnotatedFixture(file: string, ruleId: string): FixtureCase {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const pathLine = /ai-audit-test-path:\s*(\S+)/.exec(lines[0] ?? '');
  const path = pathLine ? pathLine[1]! : basename(file);
  const expected = new Set<number>();
  const todo = new Set<number>();
  let okCount = 0;
  let ruleidCount = 0;
  let pending: { kind: string }[] = [];
  lines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (m && m[2]!.split(',').map((s) => s.trim()).includes(ruleId)) {
      pending.push({ kind: m[1]! });
      // An annotation at the end of a code line applies to that line.
      const before = line.slice(0, m.index).trim();
      if (before && !/^(#|\/\/|\/\*|<!--|;|--|\*)$/.test(before)) {
        apply(i);
      }
      return;
    }
    if (m) return; // an annotation for another rule
    if (pending.length && line.trim() !== '') apply(i);
  });
  function apply(line: number) {
    for (const p of pending) {
      if (p.kind === 'ruleid') {
        expected.add(line);
        ruleidCount++;
      } else if (p.kind === 'todoruleid') todo.add(line);
      else okCount++;
    }
    pending = [];
  }
  return { path, text, expected, todo, okCount, ruleidCount, file };
}

export interface TableCase {
  path: string;
  text: string;
  /** Zero-based lines where the rule must fire (`lines`, 1-based in the file); empty for valid cases. */
  expected: Set<number>;
  valid: boolean;
}

/** Parses a `<rule>.test.yaml` table: `path`, then `invalid: [{code, lines}]` and `valid: [{code}]`. */
export function readTableFixture(file: string): TableCase[] {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { path: string; valid?: { code: string; path?: string }[]; invalid?: { code: string; lines: number[]; path?: string }[] };
  return [
    ...(doc.invalid ?? []).map((c) => ({ path: c.path ?? doc.path, text: c.code, expected: new Set(c.lines.map((l) => l - 1)), valid: false })),
    ...(doc.valid ?? []).map((c) => ({ path: c.path ?? doc.path, text: c.code, expected: new Set<number>(), valid: true })),
  ];
}
