/** Runs a regular expression over the `RUN` instructions (and optionally `ENV`) of a Dockerfile. */
import type { ModuleContext } from '../../engine/module';
import { parseDockerfile, type Instruction } from './dockerfile';

export interface InstructionMatch {
  instruction: Instruction;
  match: RegExpMatchArray;
  start: number;
  end: number;
}

/** Matches of `pattern` (global) in the arguments of the given instructions, skipping comment lines. */
export function matchInstructions(ctx: ModuleContext, keywords: string[], pattern: RegExp): InstructionMatch[] {
  const out: InstructionMatch[] = [];
  for (const instruction of parseDockerfile(ctx.text).instructions) {
    if (!keywords.includes(instruction.keyword)) continue;
    for (const match of instruction.args.matchAll(pattern)) {
      const lineStart = instruction.args.lastIndexOf('\n', match.index - 1) + 1;
      if (/^\s*#/.test(instruction.args.slice(lineStart, match.index))) continue;
      const start = instruction.argsStart + match.index;
      out.push({ instruction, match, start, end: start + match[0].length });
    }
  }
  return out;
}
