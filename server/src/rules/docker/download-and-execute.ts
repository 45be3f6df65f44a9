/** `RUN curl … | sh` and its variants in a Dockerfile. */
import type { ModuleRule } from '../../engine/module';
import { downloadAndExecute } from '../gha/shell-text';
import { parseDockerfile } from './dockerfile';

export const rule: ModuleRule = {
  check(ctx) {
    for (const instruction of parseDockerfile(ctx.text).instructions) {
      if (instruction.keyword !== 'RUN') continue;
      for (const hit of downloadAndExecute(instruction.args)) {
        ctx.report({ start: instruction.argsStart + hit.start, end: instruction.argsStart + hit.end, names: { command: hit.command.length > 120 ? `${hit.command.slice(0, 120)}…` : hit.command } });
      }
    }
  },
};
