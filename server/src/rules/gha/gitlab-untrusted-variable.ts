/**
 * GitLab predefined variables that carry text a merge request or commit author chose (titles, descriptions,
 * commit messages, branch names), expanded in a script where the shell re-reads them as code (`eval`,
 * `sh -c`) or, with lower severity, unquoted (word splitting, globbing, option injection).
 */
import type { ModuleRule } from '../../engine/module';
import { gitlabScripts } from './gitlab';
import { span } from './workflow';


/** Quote state at the end of `text` (shell rules: backslash escapes outside single quotes). */
function quoteState(text: string): 'single' | 'double' | 'none' {
  let state: 'single' | 'double' | 'none' = 'none';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && state !== 'single') i++;
    else if (ch === "'" && state !== 'double') state = state === 'single' ? 'none' : 'single';
    else if (ch === '"' && state !== 'single') state = state === 'double' ? 'none' : 'double';
  }
  return state;
}

/** Commands that hand their argument string back to a shell parser. */
const REPARSE = /\b(eval|(?:ba|z|da)?sh\s+-c|bash\s+-lc)\s+[^|;&]*$/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const { line } of gitlabScripts(ctx)) {
      const value = String(line.value ?? '');
      const { start, end } = span(line);
      const source = ctx.text.slice(start, end);
      const seen = new Map<string, number>();
      for (const m of value.matchAll(/\$(?:\{(\w+)\}|(\w+))/g)) {
        const name = m[1] ?? m[2]!;
        if (!/^(CI_MERGE_REQUEST_(TITLE|DESCRIPTION|SOURCE_BRANCH_NAME)|CI_COMMIT_(MESSAGE|TITLE|DESCRIPTION|BRANCH|REF_NAME|TAG_MESSAGE|AUTHOR)|CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME)$/.test(name)) continue;
        const before = value.slice(value.lastIndexOf('\n', m.index - 1) + 1, m.index);
        const state = quoteState(before);
        const reparsed = REPARSE.test(before);
        if (state === 'single' && !reparsed) continue;
        if (state === 'double' && !reparsed) continue;
        // Find the same occurrence in the source text (YAML quoting may shift offsets).
        const nth = seen.get(m[0]) ?? 0;
        seen.set(m[0], nth + 1);
        let offset = -1;
        for (let k = 0; k <= nth; k++) offset = source.indexOf(m[0], offset + 1);
        if (offset < 0) continue;
        ctx.report({
          start: start + offset,
          end: start + offset + m[0].length,
          names: {
            variable: m[0],
            how: reparsed ? 'inside a string the shell parses again (`eval`, `sh -c`), so quotes and `$(…)` in it run as commands' : 'unquoted, so the shell splits and globs it and a value starting with `-` becomes an option',
          },
          ...(reparsed ? { severity: 'high' as const, confidence: 'high' as const } : {}),
        });
      }
    }
  },
};
