/**
 * A small Dockerfile reader: instructions with their keyword, offsets and raw argument text, following line
 * continuations (the `# escape=` directive's character), skipping comment lines inside them, and keeping
 * heredoc bodies (`RUN <<EOF … EOF`) with their instruction. Offsets index the original text, so rules can
 * report exact ranges.
 */

export interface Instruction {
  /** Upper-case keyword: `FROM`, `RUN`, `ENV`, … */
  keyword: string;
  /** Offset of the keyword. */
  start: number;
  /** Offset just after the last character of the instruction (before its final line break). */
  end: number;
  /** Offset where the arguments start. */
  argsStart: number;
  /** The raw source text of the arguments (continuations and heredoc bodies included). */
  args: string;
  /** Index of the build stage (0 for the first `FROM`; -1 before it). */
  stage: number;
}

export interface Dockerfile {
  instructions: Instruction[];
  escape: string;
}

/** Parses a Dockerfile; never throws. */
export function parseDockerfile(text: string): Dockerfile {
  const escapeDirective = /^(?:#[ \t]*\w+[ \t]*=[^\n]*\n)*?#[ \t]*escape[ \t]*=[ \t]*([\\`])/i.exec(text);
  const escape = escapeDirective?.[1] ?? '\\';
  const instructions: Instruction[] = [];
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (newline < 0) break;
    start = newline + 1;
  }
  let stage = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = /^[ \t]*([A-Za-z]+)(?=[ \t]|$)/.exec(line.text);
    if (!head || /^\s*#/.test(line.text)) continue;
    const keyword = head[1]!.toUpperCase();
    const start = line.start + head[0].length - head[1]!.length;
    let end = line.start + line.text.length;
    let current = line.text;
    // Line continuations: comment and blank lines inside them are skipped, as Docker does.
    while (current.trimEnd().endsWith(escape) && i + 1 < lines.length) {
      i++;
      current = lines[i]!.text;
      if (/^\s*(#.*)?$/.test(current)) {
        current = `${escape}`;
        continue;
      }
      end = lines[i]!.start + current.length;
    }
    // Heredocs: `<<EOF` / `<<-"EOF"` bodies belong to the instruction.
    const heredocs = [...text.slice(start, end).matchAll(/<<(-?)(["']?)([A-Za-z_][\w]*)\2/g)];
    for (const doc of heredocs) {
      const strip = doc[1] === '-';
      while (i + 1 < lines.length) {
        i++;
        end = lines[i]!.start + lines[i]!.text.length;
        const body = strip ? lines[i]!.text.replace(/^\t+/, '') : lines[i]!.text;
        if (body === doc[3]) break;
      }
    }
    if (keyword === 'FROM') stage++;
    const argsStart = start + keyword.length + (/^[ \t]*/.exec(text.slice(start + keyword.length))?.[0].length ?? 0);
    instructions.push({ keyword, start, end, argsStart: Math.min(argsStart, end), args: text.slice(Math.min(argsStart, end), end), stage });
  }
  return { instructions, escape };
}

/** Splits `--flag=value` options off the front of an instruction's arguments. */
export function splitFlags(args: string): { flags: Map<string, string>; rest: string; restOffset: number } {
  const flags = new Map<string, string>();
  let offset = 0;
  for (let m = /^--([\w-]+)(?:=(\S*))?\s+/.exec(args); m; m = /^--([\w-]+)(?:=(\S*))?\s+/.exec(args.slice(offset))) {
    flags.set(m[1]!, m[2] ?? '');
    offset += m[0].length;
  }
  return { flags, rest: args.slice(offset), restOffset: offset };
}

/**
 * `KEY=value` pairs of an `ENV` or `ARG` instruction (and the legacy `ENV KEY value` form), with offsets of the
 * key and the value in the source text. Quotes are removed from `value`.
 */
export function keyValues(instruction: Instruction): { key: string; value: string | undefined; keyStart: number; valueStart: number; valueEnd: number }[] {
  const out: { key: string; value: string | undefined; keyStart: number; valueStart: number; valueEnd: number }[] = [];
  const args = instruction.args;
  const base = instruction.argsStart;
  const legacy = /^([A-Za-z_][\w.-]*)[ \t]+(?!\S*=)(.*)$/s.exec(args);
  if (instruction.keyword === 'ENV' && legacy && !args.slice(0, legacy[1]!.length + 1).includes('=')) {
    const raw = legacy[2]!.trimEnd();
    const valueStart = base + args.indexOf(legacy[2]!, legacy[1]!.length);
    out.push({ key: legacy[1]!, value: unquote(raw), keyStart: base, valueStart, valueEnd: valueStart + raw.length });
    return out;
  }
  const pair = /([A-Za-z_][\w.-]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s\\]|\\.)*))?/g;
  for (let m = pair.exec(args); m; m = pair.exec(args)) {
    const valueRaw = m[2];
    const valueStart = base + m.index + m[1]!.length + 1;
    out.push({ key: m[1]!, value: valueRaw === undefined ? undefined : unquote(valueRaw), keyStart: base + m.index, valueStart, valueEnd: valueStart + (valueRaw?.length ?? 0) });
  }
  return out;
}

function unquote(value: string): string {
  if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) return value.slice(1, -1);
  return value.replace(/\\(.)/g, '$1');
}
