/**
 * Team policy from `ai-audit.json`, checked on the text of each file after the engine: banned npm and PyPI packages
 * where a manifest declares them or code imports them, banned Hugging Face models where code loads them, and MCP
 * servers outside the allow-list. Manifests and MCP configurations are parsed as data; code is read line by line
 * with statements anchored at the start of a line, so comment lines never count.
 */
import { basename } from 'node:path';
import { findNodeAtLocation, getNodeValue, parseTree } from 'jsonc-parser';
import type { Finding, Severity } from '../engine/finding';
import type { Policy } from './file';

/** The rule ids of policy findings (a pack of their own, so `"policy/*": "off"` turns them all off). */
export const POLICY_RULES = {
  bannedPackage: 'policy/banned-package',
  bannedModel: 'policy/banned-model',
  mcpServerNotAllowed: 'policy/mcp-server-not-allowed',
} as const;

const MCP_FILES = /(^|\/)(\.vscode\/mcp\.json|\.cursor\/mcp\.json|\.mcp\.json|claude_desktop_config\.json)$/;

/** The policy findings of one file. */
export function policyFindings(path: string, text: string, policy: Policy): Finding[] {
  const normalised = path.replace(/\\/g, '/');
  const name = basename(normalised);
  const found: Finding[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const add = (ruleId: string, title: string, message: string, severity: Severity, start: number, end: number, cwe: string) => {
    const line = upperBound(lineStarts, start) - 1;
    const endLine = upperBound(lineStarts, end) - 1;
    found.push({
      ruleId, title, message, severity, confidence: 'high', cwe: [cwe], owasp: [], category: 'policy',
      range: { start: { line, character: start - lineStarts[line]! }, end: { line: endLine, character: end - lineStarts[endLine]! } },
      startOffset: start, endOffset: end, fingerprint: `${ruleId}:${text.slice(start, end)}`, fixes: [], docUrl: '',
    });
  };
  const npm = new Set(policy.bannedPackages?.npm ?? []);
  const pypi = new Set((policy.bannedPackages?.pypi ?? []).map(normalisePypi));
  const bannedPackage = (ecosystem: string, pkg: string, start: number) =>
    add(POLICY_RULES.bannedPackage, 'Package banned by team policy', `The ${ecosystem} package "${pkg}" is banned by this repository's ai-audit.json policy.`, 'high', start, start + pkg.length, 'CWE-1357');

  if (name === 'package.json' && npm.size) {
    for (const section of ['"dependencies"', '"devDependencies"', '"optionalDependencies"', '"peerDependencies"']) {
      const at = text.indexOf(section);
      if (at === -1) continue;
      const close = text.indexOf('}', at);
      for (const match of text.slice(at, close === -1 ? undefined : close).matchAll(/"([^"]+)"\s*:/g)) {
        if (npm.has(match[1]!)) bannedPackage('npm', match[1]!, at + match.index + 1);
      }
    }
  }
  if (/^requirements.*\.txt$|\.in$/.test(name) && pypi.size) {
    forEachLine(text, lineStarts, (line, offset) => {
      const match = /^\s*([A-Za-z0-9][\w.-]*)/.exec(line);
      if (match && !line.trimStart().startsWith('-') && pypi.has(normalisePypi(match[1]!))) bannedPackage('PyPI', match[1]!, offset + line.indexOf(match[1]!));
    });
  }
  if (/\.(m?[jt]sx?|cjs|cts|mts)$/.test(name) && npm.size) {
    forEachLine(text, lineStarts, (line, offset) => {
      const match = /^\s*(?:import\s[^'"]*?from\s*|import\s*|export\s[^'"]*?from\s*|(?:const|let|var)\s[^=]*=\s*require\s*\(\s*)(['"])([^'"]+)\1/.exec(line);
      if (!match) return;
      const spec = match[2]!;
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      if (npm.has(pkg)) bannedPackage('npm', pkg, offset + match.index + match[0].length - spec.length - 1);
    });
  }
  if (name.endsWith('.py')) {
    if (pypi.size) {
      forEachLine(text, lineStarts, (line, offset) => {
        const match = /^\s*(?:from\s+([A-Za-z_][\w]*)|import\s+([A-Za-z_][\w]*))/.exec(line);
        const module = match?.[1] ?? match?.[2];
        if (module && pypi.has(normalisePypi(module))) bannedPackage('PyPI', module, offset + line.indexOf(module, match!.index + 4));
      });
    }
    const models = policy.bannedModels ?? [];
    if (models.length) {
      forEachLine(text, lineStarts, (line, offset) => {
        if (line.trimStart().startsWith('#')) return;
        for (const match of line.matchAll(/(?:\.from_pretrained|\bhf_hub_download|\bsnapshot_download|\bpipeline)\s*\(([^)]*?)(['"])([\w.-]+\/[\w.-]+)\2/g)) {
          const id = match[3]!;
          const before = match[1]!;
          if (before.includes('#')) continue;
          if (models.some((banned) => banned === id || (banned.endsWith('/*') && id.startsWith(banned.slice(0, -1))))) {
            const start = offset + match.index + match[0].length - id.length - 1;
            add(POLICY_RULES.bannedModel, 'Model banned by team policy', `The model "${id}" is banned by this repository's ai-audit.json policy.`, 'high', start, start + id.length, 'CWE-829');
          }
        }
      });
    }
  }
  if (MCP_FILES.test(normalised) && policy.allowedMcpServers) mcpFindings(text, policy.allowedMcpServers, add);
  return found;
}

type Add = (ruleId: string, title: string, message: string, severity: Severity, start: number, end: number, cwe: string) => void;

/** Reports every MCP server whose command, package and URL are all outside the allow-list. */
function mcpFindings(text: string, allowed: string[], add: Add): void {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (!tree) return;
  const serversNode = findNodeAtLocation(tree, ['servers']) ?? findNodeAtLocation(tree, ['mcpServers']);
  if (serversNode?.type !== 'object') return;
  const allow = new Set(allowed);
  for (const property of serversNode.children ?? []) {
    const keyNode = property.children?.[0];
    const valueNode = property.children?.[1];
    if (!keyNode || !valueNode) continue;
    const name = String(keyNode.value);
    const server = getNodeValue(valueNode) as Record<string, unknown> | null;
    if (!server || typeof server !== 'object') continue;
    const command = typeof server.command === 'string' ? server.command : undefined;
    const args = Array.isArray(server.args) ? server.args.filter((a): a is string => typeof a === 'string') : [];
    const url = typeof server.url === 'string' ? server.url : undefined;
    // For launchers (npx, uvx, docker run, …) the package or image is the first argument that is not a flag.
    const target = args.find((a) => !a.startsWith('-') && a !== 'run');
    const stripVersion = (pkg: string) => pkg.replace(/(?<=.)@[^/]*$/, '');
    const candidates = [command, target, target && stripVersion(target), url].filter((c): c is string => !!c);
    if (candidates.some((c) => allow.has(c))) continue;
    const start = keyNode.offset;
    const shown = target ?? url ?? command ?? name;
    add(POLICY_RULES.mcpServerNotAllowed, 'MCP server not allowed by team policy', `The MCP server "${name}" (${shown}) is not in the allowedMcpServers list of this repository's ai-audit.json.`, 'medium', start, start + keyNode.length, 'CWE-829');
  }
}

/** PyPI names compare case-insensitively with `-`, `_` and `.` alike (PEP 503). */
function normalisePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function forEachLine(text: string, lineStarts: number[], visit: (line: string, offset: number) => void): void {
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length;
    visit(text.slice(start, end).replace(/\r$/, ''), start);
  }
}

/** The index of the first element greater than `value`. */
function upperBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
