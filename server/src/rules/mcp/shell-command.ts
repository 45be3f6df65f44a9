/**
 * MCP servers launched through a shell (`sh -c "…"`, `cmd /c`, `powershell -Command`) or with shell syntax in
 * `command`. Scripts that download and run code, decode and run it, or `eval` are reported at high severity.
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { jsonString, propertyOf, rangeOf } from './json';
import { executableName, mcpConfig, type McpServer } from './servers';

/** POSIX shells whose `-c` script the fix can turn into a command and arguments. */
const POSIX_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh']);

/**
 * `"command": "sh", "args": ["-c", "npx -y pkg@1.0.0"]` → `"command": "npx", "args": ["-y", "pkg@1.0.0"]`: only
 * for a POSIX shell with exactly `-c` and a script of plain words (no quotes, variables, globs, `~` or shell
 * syntax), which the shell would run unchanged. Declined for `cmd /c` (Windows clients need it to start
 * `npx.cmd`), login shells, shell built-ins, comments inside `args`, and anything else.
 */
function directLaunch(server: McpServer, exe: string, text: string): FixDraft[] {
  const argsNode = propertyOf(server.node, 'args');
  const [flag, script] = server.args;
  if (!server.command || !argsNode || !POSIX_SHELLS.has(exe) || server.args.length !== 2 || argsNode.children?.length !== 2) return [];
  if (flag!.value !== '-c' || !/^[\w@%+=:,./-]+(\s+[\w@%+=:,./-]+)*$/.test(script!.value.trim())) return [];
  const words = script!.value.trim().split(/\s+/);
  // A nested shell, a built-in, or `NAME=value` (an environment assignment, not a command) stays as it is.
  if (POSIX_SHELLS.has(executableName(words[0]!)) || /^(exec|cd|export|set|source|\.|:)$|=/.test(words[0]!)) return [];
  // Comments inside the `args` array would be lost with it.
  if (text.slice(argsNode.offset, argsNode.offset + argsNode.length).replace(/"(?:[^"\\]|\\.)*"/g, '').includes('/')) return [];
  return [{
    title: `Start ${words[0]} directly instead of through ${exe} -c (unsafe)`,
    safety: 'unsafe',
    edits: [
      { ...rangeOf(server.command.node), newText: jsonString(words[0]!) },
      { ...rangeOf(argsNode), newText: `[${words.slice(1).map(jsonString).join(', ')}]` },
    ],
  }];
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'powershell', 'pwsh']);
const SCRIPT_FLAG = /^(-[a-z]*c|\/c|\/k|-command|-encodedcommand|-enc|-ec)$/i;
const DANGEROUS = /\b(curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(iex|Invoke-Expression|eval)\b|base64\s+(-d|--decode)[^|]*\|\s*(ba)?sh\b|\bDownloadString\b/i;
const SHELL_SYNTAX = /&&|\|\||[;|`]|\$\(|>\s*\S|\s&\s*$/;

export const rule: ModuleRule = {
  check(ctx) {
    for (const server of mcpConfig(ctx)?.servers ?? []) {
      if (!server.command) continue;
      const command = server.command.value;
      const exe = executableName(command.split(/\s+/)[0] ?? '');
      if (SHELLS.has(exe)) {
        const flagIndex = server.args.findIndex((a) => SCRIPT_FLAG.test(a.value));
        if (flagIndex < 0) continue;
        const flag = server.args[flagIndex]!.value;
        const script = server.args[flagIndex + 1] ?? server.args[flagIndex]!;
        const encoded = /^-(encodedcommand|enc|ec)$/i.test(flag);
        const dangerous = encoded || DANGEROUS.test(script.value);
        ctx.report({
          ...rangeOf(script.node),
          names: { server: server.name, shell: `${exe} ${flag}`, what: encoded ? 'an encoded script nobody can review' : dangerous ? 'a script that downloads or evaluates code' : 'a shell script' },
          ...(dangerous ? { severity: 'high' as const, confidence: 'high' as const } : {}),
          fixes: directLaunch(server, exe, ctx.text),
        });
        continue;
      }
      if (/\s/.test(command.trim()) && SHELL_SYNTAX.test(command)) {
        const dangerous = DANGEROUS.test(command);
        ctx.report({
          ...rangeOf(server.command.node),
          names: { server: server.name, shell: 'a shell', what: dangerous ? 'a command line that downloads or evaluates code' : 'a command line with shell syntax' },
          ...(dangerous ? { severity: 'high' as const, confidence: 'high' as const } : {}),
        });
      }
    }
  },
};
