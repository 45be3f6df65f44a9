/**
 * `chat.tools.edits.autoApprove` globs that let the agent edit, unasked, the files that steer or run it: its own
 * settings and MCP configuration, agent rule files, CI workflows and Git hooks. An injected instruction can then
 * grant itself more power (turn on auto-approve, add an MCP server) before anyone sees a prompt.
 */
import type { ModuleRule } from '../../engine/module';
import { propertiesOf, propertyOf, rangeOf } from '../mcp/json';
import { isTrue, vscodeSettings } from './settings';

/** Files whose unreviewed edit changes what the agent may do or what runs on the machine. */
const SENSITIVE = ['.vscode/settings.json', '.vscode/mcp.json', '.vscode/tasks.json', 'project.code-workspace', '.github/copilot-instructions.md', 'AGENTS.md', '.github/workflows/ci.yml', '.git/hooks/pre-commit', '.claude/settings.json', '.cursor/mcp.json', 'package.json'];

/** A glob as VS Code reads it (`**`, `*`, `?`, `{a,b}`), matched against a workspace-relative path. */
export function globAdmits(glob: string, path: string): boolean {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') source += '(?:';
    else if (ch === '}') source += ')';
    else if (ch === ',') source += '|';
    else source += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^(?:${source})$`).test(path);
  } catch {
    return false;
  }
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const entry of propertiesOf(propertyOf(vscodeSettings(ctx), 'chat.tools.edits.autoApprove'))) {
      if (!isTrue(entry.value)) continue;
      const files = SENSITIVE.filter((f) => globAdmits(entry.key.replace(/^\.\//, ''), f));
      if (files.length === 0) continue;
      ctx.report({
        ...rangeOf(entry.keyNode),
        names: { glob: entry.key, file: files[0]! },
        ...(files.length > 3 ? { severity: 'high' as const } : {}),
        fixes: [{ title: 'Ask before these edits: set the glob to false (unsafe)', safety: 'unsafe', edits: [{ ...rangeOf(entry.value), newText: 'false' }] }],
      });
    }
  },
};
