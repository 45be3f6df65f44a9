/**
 * Filesystem MCP servers (and containers with bind mounts) given the whole disk or the home folder: `/`, `~`,
 * `$HOME`, `C:\`, `/Users/<name>`. The fix narrows the root to the workspace where the client expands
 * `${workspaceFolder}` (VS Code, Cursor).
 */
import type { ModuleRule } from '../../engine/module';
import { jsonString, rangeOf } from './json';
import { mcpConfig } from './servers';

const BROAD = /^(\/|~|~\/|\$HOME|\$\{HOME\}|\$\{env:(HOME|USERPROFILE)\}|\$\{userHome\}|%USERPROFILE%|%HOMEDRIVE%%HOMEPATH%|[A-Za-z]:[\\/]?|\/(Users|home)(\/[^/\\]+)?|\/root|\/mnt\/[a-z]|\\\\?)[\\/]?$/;

/** Whether a path opens the whole disk or a whole home folder. */
export function isBroadRoot(path: string): boolean {
  return BROAD.test(path.trim());
}

export const rule: ModuleRule = {
  check(ctx) {
    const config = mcpConfig(ctx);
    if (!config) return;
    const workspace = config.host === 'vscode' || config.host === 'vscode-settings' || config.host === 'cursor';
    for (const server of config.servers) {
      const launch = [server.command?.value ?? '', ...server.args.map((a) => a.value)].join(' ');
      const containerMounts = /\b(docker|podman|nerdctl)\b/.test(server.command?.value ?? '');
      if (!/filesystem|file-system|\bfs\b|files/i.test(`${server.name} ${launch}`) && !containerMounts) continue;
      server.args.forEach((arg, i) => {
        const previous = server.args[i - 1]?.value ?? '';
        let root: string | undefined;
        let start = arg.node.offset + 1;
        if (containerMounts) {
          // `-v /:/projects`, `--volume=~:/data`, `--mount type=bind,src=/,dst=/projects`
          const volume = /^(?:--volume=|-v=?)?([^:]+):/.exec(arg.value);
          const mount = /(?:^|,)(?:src|source)=([^,]+)/.exec(arg.value);
          if ((previous === '-v' || previous === '--volume' || /^(--volume=|-v.)/.test(arg.value)) && volume && isBroadRoot(volume[1]!)) {
            root = volume[1]!;
            start += arg.value.indexOf(root);
          } else if (mount && isBroadRoot(mount[1]!)) {
            root = mount[1]!;
            start += mount.index + mount[0].length - root.length;
          }
        } else if (!arg.value.startsWith('-') && isBroadRoot(arg.value)) root = arg.value;
        if (!root) return;
        const exact = root === arg.value;
        const fix = workspace && !/[\\"]/.test(arg.value)
          ? { title: 'Limit the server to ${workspaceFolder} (unsafe)', safety: 'unsafe' as const, edits: exact ? [{ ...rangeOf(arg.node), newText: jsonString('${workspaceFolder}') }] : [{ start, end: start + root.length, newText: '${workspaceFolder}' }] }
          : undefined;
        ctx.report({ ...rangeOf(arg.node), names: { server: server.name, root }, ...(fix ? { fixes: [fix] } : {}) });
      });
    }
  },
};
