/** package.json lifecycle scripts that npm runs on install and that download, decode or evaluate code. */
import type { ModuleRule } from '../../engine/module';
import { propertiesOf } from './manifests';

/** Scripts npm runs when the package (or the project itself) is installed. */
const INSTALL_HOOKS = new Set(['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepublish']);

/** What a script does that makes it dangerous, most telling first. */
const BEHAVIOURS: { pattern: RegExp; what: string; confidence: 'high' | 'medium' }[] = [
  { pattern: /\b(curl|wget)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b|\b(iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|;&]*\|\s*(iex|Invoke-Expression)\b/i, what: 'pipes a download into a shell', confidence: 'high' },
  { pattern: /\b(curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|Start-BitsTransfer)\b/i, what: 'downloads from the network', confidence: 'high' },
  { pattern: /\bbase64\b|\batob\s*\(|Buffer\.from\([^)]*['"]base64['"]|-(e|en|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}/i, what: 'decodes an encoded payload', confidence: 'high' },
  { pattern: /\bhttps?:\/\/\S+/i, what: 'fetches a remote URL', confidence: 'high' },
  { pattern: /\b(node|deno|bun)\s+(-e|--eval|-p|--print)\b|\bpython[\d.]*\s+-c\b|\b(perl|ruby)\s+-e\b|\beval\b/, what: 'evaluates inline code', confidence: 'medium' },
  { pattern: /\b(ba|z|da)?sh\s+-c\b|\bpowershell(\.exe)?\b|\bpwsh\b/i, what: 'runs an inline shell command', confidence: 'medium' },
];

export const rule: ModuleRule = {
  check(ctx) {
    const root = ctx.json();
    const scripts = propertiesOf(root).filter((p) => p.key === 'scripts').at(-1)?.value;
    for (const script of propertiesOf(scripts)) {
      if (!INSTALL_HOOKS.has(script.key) || script.value.type !== 'string') continue;
      const command = String(script.value.value);
      const behaviour = BEHAVIOURS.find((b) => b.pattern.test(command));
      if (!behaviour) continue;
      ctx.report({
        start: script.value.offset,
        end: script.value.offset + script.value.length,
        names: { script: script.key, behaviour: behaviour.what },
        confidence: behaviour.confidence,
      });
    }
  },
};
