/** The mcp pack's rules implemented in code (by id); importing it registers the pack's code fixes. */
import type { ModuleRule } from '../../engine/module';
import './fixes';
import { rule as autoApprove } from './auto-approve';
import { rule as containerPrivileged } from './container-privileged';
import { rule as filesystemRoot } from './filesystem-root';
import { rule as insecureHttpUrl } from './insecure-http-url';
import { rule as plaintextSecret } from './plaintext-secret';
import { rule as shellCommand } from './shell-command';
import { rule as unpinnedContainerImage } from './unpinned-container-image';
import { rule as unpinnedPackage } from './unpinned-package';

export const MODULES: Record<string, ModuleRule> = {
  'mcp/auto-approve': autoApprove,
  'mcp/container-privileged': containerPrivileged,
  'mcp/filesystem-root': filesystemRoot,
  'mcp/insecure-http-url': insecureHttpUrl,
  'mcp/plaintext-secret': plaintextSecret,
  'mcp/shell-command': shellCommand,
  'mcp/unpinned-container-image': unpinnedContainerImage,
  'mcp/unpinned-package': unpinnedPackage,
};
