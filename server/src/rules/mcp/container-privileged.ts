/**
 * MCP servers run in a container that is given the host: `--privileged`, the Docker socket, the host's network or
 * PID namespace, or powerful capabilities. Any of these turns a compromised server into control of the machine.
 */
import type { ModuleRule } from '../../engine/module';
import { removeArrayItems } from './fixes';
import { rangeOf } from './json';
import { launchedImage } from './launchers';
import { mcpConfig } from './servers';

const ESCAPES: { test: (arg: string, next: string) => boolean; what: string }[] = [
  { test: (arg) => /^--privileged(=true)?$/.test(arg), what: '`--privileged` gives the container every device and capability of the host' },
  { test: (arg, next) => /docker\.sock/.test(arg) || (/^(-v|--volume|--mount)$/.test(arg) && /docker\.sock/.test(next)), what: 'the Docker socket lets the container start containers as root on the host' },
  { test: (arg, next) => /^--(network|net)=host$/.test(arg) || (/^--(network|net)$/.test(arg) && next === 'host'), what: 'the host network exposes services bound to localhost on your machine' },
  { test: (arg, next) => /^--pid=host$/.test(arg) || (arg === '--pid' && next === 'host'), what: 'the host PID namespace lets the container see and signal your processes' },
  { test: (arg, next) => /^--cap-add=(ALL|SYS_ADMIN|SYS_PTRACE|NET_ADMIN|DAC_READ_SEARCH)$/i.test(arg) || (arg === '--cap-add' && /^(ALL|SYS_ADMIN|SYS_PTRACE|NET_ADMIN|DAC_READ_SEARCH)$/i.test(next)), what: 'the added capability breaks the container boundary' },
  { test: (arg, next) => /^--security-opt=(seccomp|apparmor)[=:]unconfined$/.test(arg) || (arg === '--security-opt' && /^(seccomp|apparmor)[=:]unconfined$/.test(next)), what: 'an unconfined security profile removes the kernel filters' },
];

export const rule: ModuleRule = {
  check(ctx) {
    for (const server of mcpConfig(ctx)?.servers ?? []) {
      const launched = launchedImage(server);
      if (!launched) continue;
      const imageIndex = server.args.indexOf(launched.image);
      for (let i = launched.runIndex + 1; i < imageIndex; i++) {
        const arg = server.args[i]!;
        const next = server.args[i + 1]?.value ?? '';
        const escape = ESCAPES.find((e) => e.test(arg.value, next));
        if (!escape) continue;
        const target = !arg.value.includes('=') && !/docker\.sock/.test(arg.value) && arg.value !== '--privileged' && server.args[i + 1] ? server.args[i + 1]! : arg;
        // The fix removes the option (and its separate value); a Docker socket mount is left for a person, since the
        // server exists to use it.
        const socket = /docker\.sock/.test(`${arg.value} ${target.value}`);
        const fixes = socket ? [] : [{ title: `Remove ${arg.value}${target !== arg ? ` ${target.value}` : ''} (unsafe)`, safety: 'unsafe' as const, edits: [removeArrayItems(ctx.text, arg.node, target.node)] }];
        ctx.report({ ...rangeOf(target.node), names: { server: server.name, what: escape.what }, fixes });
        if (target !== arg) i++;
      }
    }
  },
};
