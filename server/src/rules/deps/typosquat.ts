/**
 * Dependencies and imports whose name is not a popular package but one edit (or a swapped pair, a separator, a
 * `python-`/`js`/`node` affix) away from one: the names typosquatters register and assistants hallucinate.
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { importCandidates, importedPackages } from './imports';
import { manifestDependencies } from './manifests';
import type { Ecosystem, NearMiss } from './names';
import { isLocalPythonModule, npmDeclared, npmDeclares, onDisk, pypiDeclared } from './project';
import { judgeName, knownScope } from './suspicious';

const KIND_TEXT: Record<NearMiss['kind'], string> = {
  'one edit': 'one character away from',
  'swapped characters': 'two swapped characters away from',
  separator: 'the same apart from separators as',
  affix: 'a prefixed or suffixed variant of',
};

/** The popular package an imported name imitates, or undefined (whether or not the project declares it). */
function imitatedPackage(ecosystem: Ecosystem, name: string): NearMiss | undefined {
  // A scope the index does not know is usually a private registry's.
  if (ecosystem === 'npm' && !knownScope(name)) return undefined;
  const verdict = judgeName(ecosystem, name, true);
  if (verdict.kind !== 'near-miss') return undefined;
  // `schemas` next to `schema`, `configs` next to `config`: local Python modules are named like that all the time.
  if (ecosystem === 'pypi' && (`${name}s` === verdict.near.popular || name === `${verdict.near.popular}s`)) return undefined;
  return verdict.near;
}

export const rule: ModuleRule = {
  // Each import is judged on its own, where it is written.
  region: true,
  // Manifests are always read; code only when a name it may import imitates a popular package.
  applies(text, _unreviewed, formats) {
    if (!formats.has('javascript') && !formats.has('python')) return true;
    const ecosystem = formats.has('python') ? 'pypi' : 'npm';
    return importCandidates(text, ecosystem).some((name) => imitatedPackage(ecosystem, name) !== undefined);
  },
  // A Python import statement holds the word `import` (manifests are not code, and are read whole).
  focus: (language) => (language === 'python' ? { names: ['import'] } : undefined),
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
      if (imported.ecosystem === 'npm' && npm && npmDeclares(npm, imported.name)) continue;
      if (imported.ecosystem === 'pypi' && (pypi?.names.has(imported.name.toLowerCase().replace(/_/g, '-')) || (disk && isLocalPythonModule(ctx.path, imported.name, pypi?.root)))) continue;
      const near = imitatedPackage(imported.ecosystem, imported.name);
      if (!near) continue;
      const fixable = imported.ecosystem === 'npm' || /^[a-z_][a-z0-9_]*$/.test(near.popular);
      report(imported.start, imported.end, imported.name, near, imported.ecosystem === 'npm' ? 'npm' : 'PyPI', true, fixable);
    }
  },
};
