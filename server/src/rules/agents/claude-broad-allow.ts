/**
 * Claude Code `permissions.allow` rules that pre-approve too much: any shell command (`Bash`, `Bash(*)`), shells
 * and interpreters, downloaders, destructive or publishing commands, and `WebFetch` for every domain.
 */
import type { ModuleRule } from '../../engine/module';
import { propertyOf, rangeOf, stringItems } from '../mcp/json';
import { claudeSettings } from './settings';
import { removeArrayItem } from './fixes';

/** Runs arbitrary code: approving them approves everything. */
const ANY_CODE = new Set(['sh', 'bash', 'zsh', 'fish', 'dash', 'ksh', 'pwsh', 'powershell', 'cmd', 'eval', 'exec', 'sudo', 'su', 'doas', 'env', 'xargs', 'python', 'python3', 'node', 'deno', 'bun', 'perl', 'ruby', 'php', 'npx', 'bunx', 'pnpx', 'uvx', 'pipx', 'source', 'osascript']);
/** Reach the network: download code or send data out. */
const NETWORK = new Set(['curl', 'wget', 'nc', 'ncat', 'netcat', 'socat', 'ssh', 'scp', 'sftp', 'rsync', 'ftp', 'telnet', 'iwr', 'irm']);
/** Destroy, escalate or publish. */
const DESTRUCTIVE = new Set(['rm', 'rmdir', 'dd', 'mkfs', 'chmod', 'chown', 'shred', 'kill', 'pkill', 'killall', 'docker', 'podman', 'kubectl', 'helm', 'terraform', 'aws', 'gcloud', 'az', 'git push', 'git reset', 'git clean', 'npm publish', 'gh release', 'gh repo delete']);

/** What an allow rule pre-approves, when that is too much; undefined for narrow, harmless rules. */
export function classifyAllow(rule: string): { what: string; severity: 'high' | 'medium' } | undefined {
  const m = /^(\w+)(?:\((.*)\))?$/s.exec(rule.trim());
  if (!m) return undefined;
  const [, tool, spec] = m;
  if (tool === 'Bash') {
    const command = (spec ?? '').replace(/(:\*|\s*\*)$/, '').trim();
    if (spec === undefined || command === '' || command === '*') return { what: 'any shell command', severity: 'high' };
    const words = command.split(/\s+/);
    const first = words[0]!.replace(/^.*\//, '');
    const two = `${first} ${words[1] ?? ''}`.trim();
    if (ANY_CODE.has(first)) return { what: `\`${first}\`, which runs arbitrary code`, severity: 'high' };
    if (NETWORK.has(first)) return { what: `\`${first}\`, which downloads code and sends data out`, severity: 'high' };
    if (DESTRUCTIVE.has(first) || DESTRUCTIVE.has(two)) return { what: `\`${DESTRUCTIVE.has(two) ? two : first}\`, which destroys or publishes`, severity: 'medium' };
    return undefined;
  }
  if (tool === 'WebFetch' && (spec === undefined || spec.trim() === '*' || spec.trim() === '')) {
    return { what: 'fetching any URL (an exfiltration channel and a source of injected instructions)', severity: 'medium' };
  }
  return undefined;
}

export const rule: ModuleRule = {
  check(ctx) {
    const allow = propertyOf(propertyOf(claudeSettings(ctx), 'permissions'), 'allow');
    for (const item of stringItems(allow)) {
      const found = classifyAllow(item.value);
      if (!found) continue;
      const edits = allow ? removeArrayItem(ctx.text, allow, item.node) : undefined;
      ctx.report({
        ...rangeOf(item.node),
        names: { rule: item.value, what: found.what },
        severity: found.severity,
        ...(edits ? { fixes: [{ title: 'Remove the allow rule: ask before these calls (unsafe)', safety: 'unsafe' as const, edits }] } : {}),
      });
    }
  },
};
