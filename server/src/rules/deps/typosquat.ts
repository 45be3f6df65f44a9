/**
 * Dependencies and imports whose name is not a popular package but one edit (or a swapped pair, a separator, a
 * `python-`/`js`/`node` affix) away from one: the names typosquatters register and assistants hallucinate.
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { importedPackages } from './imports';
import { manifestDependencies } from './manifests';
import type { NearMiss } from './names';
import { isLocalPythonModule, npmDeclared, onDisk, pypiDeclared } from './project';
import { judgeName, knownScope } from './suspicious';

const KIND_TEXT: Record<NearMiss['kind'], string> = {
  'one edit': 'one character away from',
  'swapped characters': 'two swapped characters away from',
  separator: 'the same apart from separators as',
  affix: 'a prefixed or suffixed variant of',
};

export const rule: ModuleRule = {
  // Each import is judged on its own, where it is written.
  region: true,
  check(ctx) {
    const report = (start: number, end: number, name: string, near: NearMiss, ecosystem: string, inCode: boolean, fixable: boolean) => {
      const fixes: FixDraft[] = fixable ? [{ title: `Replace ${name} with ${near.popular} (unsafe: check it is the package you meant)`, safety: 'unsafe', edits: [{ start, end, newText: near.popular }] }] : [];
      const strong = near.rank < 1000 && near.kind !== 'affix' && !inCode;
      ctx.report({ start, end, confidence: strong ? 'high' : 'medium', names: { name, popular: near.popular, how: KIND_TEXT[near.kind], ecosystem }, fixes });
    };
    for (const dependency of manifestDependencies(ctx)) {
      if (!dependency.name || dependency.source !== 'registry' || !knownScope(dependency.name)) continue;
      const verdict = judgeName(dependency.ecosystem, dependency.name);
      if (verdict.kind === 'near-miss') report(dependency.nameStart, dependency.nameEnd, dependency.name, verdict.near, dependency.ecosystem === 'npm' ? 'npm' : 'PyPI', false, true);
    }
    const imports = importedPackages(ctx);
    if (!imports.length) return;
    const npm = imports.some((i) => i.ecosystem === 'npm') ? npmDeclared(ctx.path) : undefined;
    const pypi = imports.some((i) => i.ecosystem === 'pypi') ? pypiDeclared(ctx.path) : undefined;
    const disk = onDisk(ctx.path);
    for (const imported of imports) {
      if (imported.ecosystem === 'npm' && (!knownScope(imported.name) || npm?.names.has(imported.name) || npm?.own.has(imported.name))) continue;
      if (imported.ecosystem === 'pypi' && (pypi?.names.has(imported.name.toLowerCase().replace(/_/g, '-')) || (disk && isLocalPythonModule(ctx.path, imported.name, pypi?.root)))) continue;
      const verdict = judgeName(imported.ecosystem, imported.name, true);
      if (verdict.kind !== 'near-miss') continue;
      // `schemas` next to `schema`, `configs` next to `config`: local Python modules are named like that all the time.
      if (imported.ecosystem === 'pypi' && (`${imported.name}s` === verdict.near.popular || imported.name === `${verdict.near.popular}s`)) continue;
      const fixable = imported.ecosystem === 'npm' || /^[a-z_][a-z0-9_]*$/.test(verdict.near.popular);
      report(imported.start, imported.end, imported.name, verdict.near, imported.ecosystem === 'npm' ? 'npm' : 'PyPI', true, fixable);
    }
  },
};
