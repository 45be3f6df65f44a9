/**
 * MCP servers launched through a shell (`sh -c "…"`, `cmd /c`, `powershell -Command`) or with shell syntax in
 * `command`. Scripts that download and run code, decode and run it, or `eval` are reported at high severity.
 */
import type { ModuleRule } from '../../engine/module';
import { rangeOf } from './json';
import { executableName, mcpConfig } from './servers';

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
