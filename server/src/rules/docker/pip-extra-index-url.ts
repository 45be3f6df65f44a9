/**
 * `pip install --extra-index-url` (and `PIP_EXTRA_INDEX_URL`) in a Dockerfile: pip merges both indexes and takes
 * the highest version from either, so a public package named like a private one wins (dependency confusion).
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { unsafeFix } from './fixes';
import { type InstructionMatch, matchInstructions } from './run-patterns';

const RUN = /\b(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\b[^\n|;&]*?\s--extra-index-url[= ](\S+)/g;
const ENV = /\b(?:PIP_EXTRA_INDEX_URL|UV_EXTRA_INDEX_URL)[= ]["']?(\S+?)["']?(?=\s|$)/g;

/**
 * `--extra-index-url URL` → `--index-url URL` and `PIP_EXTRA_INDEX_URL` → `PIP_INDEX_URL` (uv likewise), so that
 * index is the only one. Declined when the instruction (or, for the variable, the file) already names a main index.
 */
function fixOf(text: string, hit: InstructionMatch, optionStart: number): FixDraft[] {
  const written = /^--extra-index-url|^(PIP|UV)_EXTRA_INDEX_URL/.exec(text.slice(optionStart));
  if (!written) return [];
  if (written[1]) {
    if (new RegExp(`\\b${written[1]}_INDEX_URL\\b`).test(text)) return [];
    return unsafeFix(`Use it as the only index (${written[1]}_INDEX_URL) (unsafe)`, { start: optionStart, end: optionStart + written[0].length, newText: `${written[1]}_INDEX_URL` });
  }
  if (/\s(--index-url|-i)[= ]/.test(hit.instruction.args)) return [];
  return unsafeFix('Use it as the only index (--index-url) (unsafe)', { start: optionStart, end: optionStart + written[0].length, newText: '--index-url' });
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const hit of [...matchInstructions(ctx, ['RUN'], RUN), ...matchInstructions(ctx, ['ENV', 'ARG'], ENV)]) {
      const at = hit.match[0].lastIndexOf(hit.match[1]!);
      const optionStart = hit.start + hit.match[0].search(/--extra-index-url|[A-Z_]*EXTRA_INDEX_URL/);
      ctx.report({ start: optionStart, end: hit.start + at + hit.match[1]!.length, names: { url: hit.match[1]! }, fixes: fixOf(ctx.text, hit, optionStart) });
    }
  },
};
