/**
 * Seeds for the robustness tests: the rule fixtures under server/src/rules (real, annotated examples of every
 * supported language and format), with the path each is analysed under, and the mutations fast-check applies to
 * them: deleting, inserting and duplicating random ranges, and inserting random Unicode (lone surrogates, NULs,
 * bidi controls and tag characters included).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import fc from 'fast-check';
import { filesUnder, rulesDir } from '../helpers';

export interface Seed {
  /** The path the text is analysed under (the fixture's `ai-audit-test-path`, else its file name). */
  path: string;
  text: string;
}

let seeds: Seed[] | undefined;

/** Every rule fixture (not the `.fixed` ones), once. */
export function allSeeds(): Seed[] {
  if (seeds) return seeds;
  seeds = filesUnder(rulesDir())
    // Rules are .yaml, fixtures of YAML formats .yml; docs, modules and fixed fixtures are not seeds.
    .filter((file) => !/\.(yaml|md|ts)$/.test(file) && !/\.fixed\./.test(basename(file)))
    .sort()
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const pathLine = /ai-audit-test-path:\s*(\S+)/.exec(text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')));
      return { path: pathLine ? pathLine[1]! : basename(file), text };
    });
  // TypeScript fixtures would be taken for rule modules (`<rule>.ts`); JavaScript ones are TypeScript too.
  seeds.push(...seeds.filter((s) => s.path.endsWith('.js')).map((s) => ({ path: s.path.replace(/\.js$/, '.ts'), text: s.text })));
  return seeds;
}

/** One seed per file kind (extension, or the test path's name for extension-less files), for the slower tests. */
export function seedsByKind(): Seed[] {
  const seen = new Map<string, Seed>();
  for (const seed of allSeeds()) {
    const kind = extname(seed.path) || basename(seed.path);
    if (!seen.has(kind)) seen.set(kind, seed);
  }
  return [...seen.values()];
}

/** Characters that break naive code: lone surrogates, NUL, bidi overrides, zero-width, tag characters, BOM. */
const NASTY = ['\uD800', '\uDFFF', '\u0000', '\u202E', '\u2066', '\u200B', '\uFEFF', '\u{E0041}', '\r', '\r\n', '\t', '\\', '"', "'", '`', '${', '{{', '*/', '/*', '<!--', '#', '\n', 'ä', '😀'];

/** A random piece of text: printable ASCII, full Unicode (surrogate halves included) or one of the nasty characters. */
export const snippet = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...NASTY), maxLength: 4 }),
  fc.constantFrom(...NASTY),
);

/** A mutation of a text: fractions of its length make it independent of the text it is applied to. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number; to: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fraction }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: snippet }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: fraction, to: fraction }),
);

/** Applies a mutation; ranges are at most a fifth of the text so the result still resembles the seed. */
export function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  const length = Math.floor(m.length * Math.min(text.length - at, Math.max(1, text.length / 5)));
  if (m.kind === 'delete') return text.slice(0, at) + text.slice(at + length);
  const to = Math.floor(m.to * text.length);
  return text.slice(0, to) + text.slice(at, at + length) + text.slice(to);
}
