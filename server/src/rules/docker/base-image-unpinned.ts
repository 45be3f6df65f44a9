/**
 * `FROM` images that can change between builds: `:latest` and untagged images (low severity, high confidence),
 * and version tags without a digest (low confidence: off in the editor by default, on in `--all` audits).
 * Earlier build stages, `scratch` and images chosen by a build argument without a default are skipped; a
 * build argument's default (`ARG BASE=node:latest`) is resolved.
 */
import type { ModuleRule } from '../../engine/module';
import { keyValues, parseDockerfile, splitFlags } from './dockerfile';
import { parseImage, pinning } from './images';

export const rule: ModuleRule = {
  check(ctx) {
    const stages = new Set<string>();
    const args = new Map<string, string>();
    for (const instruction of parseDockerfile(ctx.text).instructions) {
      if (instruction.keyword === 'ARG' && instruction.stage < 0) {
        for (const kv of keyValues(instruction)) if (kv.value !== undefined) args.set(kv.key, kv.value);
        continue;
      }
      if (instruction.keyword !== 'FROM') continue;
      const { rest, restOffset } = splitFlags(instruction.args);
      const m = /^(\S+)(?:\s+as\s+(\S+))?/i.exec(rest);
      if (!m) continue;
      const written = m[1]!;
      if (m[2]) stages.add(m[2].toLowerCase());
      if (stages.has(written.toLowerCase()) && written.toLowerCase() !== m[2]?.toLowerCase()) continue;
      const resolved = written.replace(/\$\{?(\w+)\}?/g, (whole, name: string) => args.get(name) ?? whole);
      const image = parseImage(resolved);
      if (!image) continue;
      const pin = pinning(image);
      if (pin === 'digest') continue;
      const start = instruction.argsStart + restOffset;
      const shown = resolved === written ? `\`${written}\`` : `\`${written}\` (= \`${resolved}\`)`;
      if (pin === 'version') {
        ctx.report({ start, end: start + written.length, names: { image: shown, problem: `is pinned to the tag \`${image.tag}\` but not to a digest, and tags can be re-pushed` }, confidence: 'low' });
      } else {
        ctx.report({ start, end: start + written.length, names: { image: shown, problem: pin === 'untagged' ? 'has no tag, so every build takes whatever `:latest` is that day' : `uses the moving tag \`:${image.tag}\`` } });
      }
    }
  },
};
