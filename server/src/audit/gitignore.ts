/**
 * .gitignore semantics, enough for auditing: comments, negation, directory-only patterns, anchored patterns,
 * `*`, `?`, `[…]` and `**`. Each .gitignore applies to paths below its own folder; later rules win.
 */

export interface IgnoreRule {
  /** Folder of the .gitignore, relative to the audit root, with `/` separators ('' for the root). */
  base: string;
  regex: RegExp;
  negate: boolean;
  directoryOnly: boolean;
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < glob.length) out += `\\${glob[++i]}`;
    else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

/** Parses one .gitignore file's text. */
export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (let line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    line = line.replace(/(?<!\\)\s+$/, '');
    if (!line) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    }
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    const anchored = line.startsWith('/') || line.slice(0, -1).includes('/');
    line = line.replace(/^\//, '');
    if (!line) continue;
    const body = globToRegex(line);
    rules.push({ base, regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, directoryOnly });
  }
  return rules;
}

/** Whether `relative` (to the audit root) is ignored by the rules in force. */
export function isIgnored(rules: IgnoreRule[], relative: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (rule.base && !(relative === rule.base || relative.startsWith(`${rule.base}/`))) continue;
    if (rule.directoryOnly && !isDirectory) continue;
    const local = rule.base ? relative.slice(rule.base.length + 1) : relative;
    if (rule.regex.test(local)) ignored = !rule.negate;
  }
  return ignored;
}
