/**
 * `pip install --extra-index-url` (and `PIP_EXTRA_INDEX_URL`) in a Dockerfile: pip merges both indexes and takes
 * the highest version from either, so a public package named like a private one wins (dependency confusion).
 */
import type { ModuleRule } from '../../engine/module';
import { matchInstructions } from './run-patterns';

const RUN = /\b(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\b[^\n|;&]*?\s--extra-index-url[= ](\S+)/g;
const ENV = /\b(?:PIP_EXTRA_INDEX_URL|UV_EXTRA_INDEX_URL)[= ]["']?(\S+?)["']?(?=\s|$)/g;

export const rule: ModuleRule = {
  check(ctx) {
    for (const hit of [...matchInstructions(ctx, ['RUN'], RUN), ...matchInstructions(ctx, ['ENV', 'ARG'], ENV)]) {
      const at = hit.match[0].lastIndexOf(hit.match[1]!);
      const optionStart = hit.start + hit.match[0].search(/--extra-index-url|[A-Z_]*EXTRA_INDEX_URL/);
      ctx.report({ start: optionStart, end: hit.start + at + hit.match[1]!.length, names: { url: hit.match[1]! } });
    }
  },
};
