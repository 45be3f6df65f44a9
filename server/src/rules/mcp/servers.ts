/**
 * Finds the MCP server definitions of a configuration file, whichever client wrote it: VS Code (`servers` in
 * `.vscode/mcp.json`, `mcp.servers` in settings), Cursor, Claude Code, Claude Desktop, Gemini CLI, Cline, Windsurf
 * (`mcpServers`). Each server comes with its command, arguments, environment, headers and URL nodes.
 */
import type { Node } from 'jsonc-parser';
import type { ModuleContext } from '../../engine/module';
import { type JsonString, propertiesOf, propertyOf, stringItems, stringOf } from './json';

/** The client that reads the file: decides how a secret can be referenced instead of written. */
export type McpHost = 'vscode' | 'vscode-settings' | 'cursor' | 'claude-code' | 'claude-desktop' | 'gemini' | 'other';

export interface McpServer {
  name: string;
  nameNode: Node;
  node: Node;
  command?: JsonString;
  args: JsonString[];
  env?: Node;
  headers?: Node;
  /** `url`, `serverUrl` (Windsurf) or `httpUrl` (Gemini CLI). */
  url?: JsonString;
}

export interface McpConfig {
  host: McpHost;
  /** The object holding `servers`/`mcpServers` (and, for VS Code, `inputs`). */
  container: Node;
  servers: McpServer[];
}

/** Which client reads a file at this path. */
export function hostOf(ctx: ModuleContext): McpHost {
  const path = ctx.path.replace(/\\/g, '/').toLowerCase();
  if (/(^|\/)\.vscode\/mcp\.json$/.test(path)) return 'vscode';
  if (ctx.formats.has('vscode-settings')) return 'vscode-settings';
  if (/(^|\/)\.cursor\/mcp\.json$/.test(path)) return 'cursor';
  if (/(^|\/)\.mcp\.json$/.test(path)) return 'claude-code';
  if (/(^|\/)claude_desktop_config\.json$/.test(path)) return 'claude-desktop';
  if (/(^|\/)\.gemini\/settings\.json$/.test(path)) return 'gemini';
  return 'other';
}

function readServer(name: string, nameNode: Node, node: Node): McpServer | undefined {
  if (node.type !== 'object') return undefined;
  const commandNode = propertyOf(node, 'command');
  const command = stringOf(commandNode);
  const urlNode = propertyOf(node, 'url') ?? propertyOf(node, 'serverUrl') ?? propertyOf(node, 'httpUrl');
  const url = stringOf(urlNode);
  const env = propertyOf(node, 'env');
  const headers = propertyOf(node, 'headers');
  return {
    name,
    nameNode,
    node,
    ...(command !== undefined && commandNode ? { command: { node: commandNode, value: command } } : {}),
    args: stringItems(propertyOf(node, 'args')),
    ...(env ? { env } : {}),
    ...(headers ? { headers } : {}),
    ...(url !== undefined && urlNode ? { url: { node: urlNode, value: url } } : {}),
  };
}

/** The MCP servers of the file, or undefined when it holds none. */
export function mcpConfig(ctx: ModuleContext): McpConfig | undefined {
  const root = ctx.json();
  if (root?.type !== 'object') return undefined;
  const host = hostOf(ctx);
  let container: Node | undefined = root;
  if (host === 'vscode-settings') container = propertyOf(root, 'mcp') ?? propertyOf(propertyOf(root, 'settings'), 'mcp');
  if (container?.type !== 'object') return undefined;
  const servers: McpServer[] = [];
  for (const key of ['servers', 'mcpServers']) {
    for (const p of propertiesOf(propertyOf(container, key))) {
      const server = readServer(p.key, p.keyNode, p.value);
      if (server) servers.push(server);
    }
  }
  return servers.length ? { host, container, servers } : undefined;
}

/** The base name of an executable: `/usr/local/bin/npx.cmd` → `npx`. */
export function executableName(command: string): string {
  const base = command.trim().replace(/\\/g, '/').split('/').pop() ?? '';
  return base.replace(/\.(cmd|exe|bat|ps1)$/i, '').toLowerCase();
}
