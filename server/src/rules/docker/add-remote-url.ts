/** `ADD https://…` without `--checksum=`: the build takes whatever the URL serves. */
import type { ModuleRule } from '../../engine/module';
import { parseDockerfile, splitFlags } from './dockerfile';

export const rule: ModuleRule = {
  check(ctx) {
    for (const instruction of parseDockerfile(ctx.text).instructions) {
      if (instruction.keyword !== 'ADD') continue;
      const { flags, rest, restOffset } = splitFlags(instruction.args);
      if (flags.has('checksum')) continue;
      const source = /^(?:\[\s*")?(https?:\/\/[^\s"]+)/.exec(rest);
      if (!source) continue;
      const url = source[1]!;
      const at = instruction.argsStart + restOffset + rest.indexOf(url);
      ctx.report({ start: at, end: at + url.length, names: { url }, ...(/^http:/.test(url) ? { severity: 'high' as const } : {}) });
    }
  },
};
