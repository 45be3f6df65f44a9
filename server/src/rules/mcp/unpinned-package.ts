/** MCP servers started through a package runner (`npx`, `uvx`, `pipx run`, …) without an exact version. */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { agreedValue, remember } from './fixes';
import { type LaunchedPackage, launchedPackage, npmSpecProblem, pypiSpecProblem } from './launchers';
import { jsonString, rangeOf } from './json';
import { mcpConfig } from './servers';

/** An npm spec split into name and version (`@scope/pkg@1.2.3` → `@scope/pkg`, `1.2.3`). */
function npmParts(spec: string): { name: string; version?: string } {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at < 0 ? { name: spec } : { name: spec.slice(0, at), version: spec.slice(at + 1) };
}

/** A Python spec split into its normalised name and exact version (`pkg==1.2`, `pkg@1.2`; none for ranges). */
function pypiParts(spec: string): { name: string; version?: string } | undefined {
  const m = /^([A-Za-z0-9._-]+)\s*(?:(?:===?|@)\s*(v?\d[\w.+!-]*))?$/.exec(spec.trim());
  return m ? { name: m[1]!.toLowerCase().replace(/[-_.]+/g, '-'), ...(m[2] ? { version: m[2] } : {}) } : undefined;
}

/** The registry name and exact version of a launched package (version only when pinned). */
function partsOf(launched: LaunchedPackage): { key: string; version?: string } | undefined {
  const parts = launched.ecosystem === 'npm' ? npmParts(launched.spec.value) : pypiParts(launched.spec.value);
  return parts ? { key: `${launched.ecosystem}:${parts.name}`, ...(parts.version ? { version: parts.version } : {}) } : undefined;
}

/**
 * Pins the spec to the exact version another server of the same file already runs (`pkg` / `pkg@latest` →
 * `pkg@1.2.3`, `pkg` → `pkg==1.2.3`); declined when no other server pins it, when they disagree, and for specs
 * written inside an option (`--from=pkg`) or with extras.
 */
function fixOf(launched: LaunchedPackage, pinned: Map<string, Set<string>>): FixDraft[] {
  const parts = partsOf(launched);
  const version = parts && agreedValue(pinned, parts.key);
  if (!parts || !version || launched.spec.node.value !== launched.spec.value) return [];
  const name = launched.ecosystem === 'npm' ? npmParts(launched.spec.value).name : launched.spec.value.trim().replace(/\s*([=@].*)?$/, '');
  const spec = launched.ecosystem === 'npm' ? `${name}@${version}` : `${name}==${version}`;
  return [{ title: `Pin ${spec}, the version this file already uses (unsafe)`, safety: 'unsafe', edits: [{ ...rangeOf(launched.spec.node), newText: jsonString(spec) }] }];
}

export const rule: ModuleRule = {
  check(ctx) {
    const servers = mcpConfig(ctx)?.servers ?? [];
    // Exact versions the file pins per package, for the fix.
    const pinned = new Map<string, Set<string>>();
    for (const server of servers) {
      const launched = launchedPackage(server);
      const parts = launched && partsOf(launched);
      const problem = launched && (launched.ecosystem === 'npm' ? npmSpecProblem(launched.spec.value) : pypiSpecProblem(launched.spec.value));
      if (parts?.version && !problem) remember(pinned, parts.key, parts.version);
    }
    for (const server of servers) {
      const launched = launchedPackage(server);
      if (!launched) continue;
      const spec = launched.spec.value;
      const problem = launched.ecosystem === 'npm' ? npmSpecProblem(spec) : pypiSpecProblem(spec);
      if (!problem) continue;
      const example = launched.ecosystem === 'npm' ? `${spec.replace(/(.)@[^@]*$/, '$1')}@1.2.3` : `${spec.replace(/\s*(\[[^\]]*\])?\s*([<>~^=!@].*)?$/, '$1')}==1.2.3`;
      ctx.report({
        ...rangeOf(launched.spec.node),
        names: { server: server.name, runner: launched.runner, package: spec, problem, example },
        fixes: fixOf(launched, pinned),
      });
    }
  },
};
