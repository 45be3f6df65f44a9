/**
 * Shell patterns found in script text that has no syntax tree here (workflow `run:`, GitLab `script:`,
 * Dockerfile `RUN`): downloads piped into an interpreter. Lines that are shell comments are skipped.
 */

const INTERPRETER = String.raw`(?:(?:sudo|doas)\s+(?:-\S+\s+)*)?(?:env\s+(?:\w+=\S*\s+)*)?(?:ba|z|da|k|a)?sh|python[\d.]*|perl|ruby|node|php|pwsh|iex`;
const FETCH = String.raw`(?:curl|wget|fetch|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)`;

const PATTERNS: RegExp[] = [
  // curl … | sh
  new RegExp(String.raw`\b${FETCH}\b(?:[^|\n;&#]|\\\r?\n|(?<=>)&)*?\|\s*(?:${INTERPRETER})(?![\w.-])`, 'g'),
  // sh <(curl …), source <(curl …)
  new RegExp(String.raw`(?:\b(?:ba|z|da|k)?sh|\bsource|(?<![\w.])\.)\s+(?:-\S+\s+)*<\(\s*${FETCH}\b[^)\n]*\)`, 'g'),
  // sh -c "$(curl …)", eval "$(wget …)"
  new RegExp(String.raw`\b(?:(?:ba|z|da|k)?sh\s+-c|eval)\s+["']?\$\(\s*${FETCH}\b[^)\n]*\)`, 'g'),
];

export interface ShellHit {
  start: number;
  end: number;
  command: string;
}

/** Download-and-execute commands in a script, with offsets relative to the script text. */
export function downloadAndExecute(script: string): ShellHit[] {
  const hits: ShellHit[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of script.matchAll(pattern)) {
      const lineStart = script.lastIndexOf('\n', m.index - 1) + 1;
      if (/^\s*#/.test(script.slice(lineStart, m.index))) continue;
      if (hits.some((h) => m.index < h.end && h.start < m.index + m[0].length)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, command: m[0].replace(/\s*\\\r?\n\s*/g, ' ').replace(/\s+/g, ' ') });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
