/** Reads VS Code and Claude Code settings files (JSONC) for the agent-permission rules. */
import type { Node } from 'jsonc-parser';
import type { ModuleContext } from '../../engine/module';
import { propertyOf } from '../mcp/json';

/** The object holding VS Code settings: the file itself, or `settings` of a `.code-workspace` file. */
export function vscodeSettings(ctx: ModuleContext): Node | undefined {
  const root = ctx.json();
  if (root?.type !== 'object') return undefined;
  if (/\.code-workspace$/i.test(ctx.path)) return propertyOf(root, 'settings');
  return root;
}

/** The root object of a Claude Code settings file. */
export function claudeSettings(ctx: ModuleContext): Node | undefined {
  const root = ctx.json();
  return root?.type === 'object' ? root : undefined;
}

/** Whether a settings value is JSON `true`. */
export function isTrue(node: Node | undefined): node is Node {
  return node?.type === 'boolean' && node.value === true;
}
