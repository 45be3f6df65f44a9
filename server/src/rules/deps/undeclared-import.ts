/**
 * Imports of packages that no manifest of the project declares: the nearest package.json (and those above it, for
 * hoisted workspaces), or the nearest folder with requirements*.txt / pyproject.toml. Code an assistant wrote
 * often imports a package nobody added, and the name it imports may not be the one anyone would install.
 */
import type { ModuleRule } from '../../engine/module';
import { pythonDistributionsOf } from './data';
import { importCandidates, importedPackages } from './imports';
import { normalisePypi } from './names';
import { isLocalPythonModule, npmDeclared, npmDeclares, pypiDeclared, type Declared } from './project';
import { judgeName } from './suspicious';

/** The distribution names that could provide a Python import (`google.cloud.storage` → `google-cloud-storage`, …). */
function providers(module: string): string[] {
  const top = module.split('.')[0]!;
  const out = new Set<string>();
  const parts = module.split('.');
  for (let i = parts.length; i >= 1; i--) out.add(normalisePypi(parts.slice(0, i).join('-')));
  for (const d of pythonDistributionsOf().get(top) ?? []) out.add(normalisePypi(d));
  const base = normalisePypi(top);
  for (const variant of [`python-${base}`, `py${base}`, `${base}-python`, `${base}py`, `py-${base}`]) out.add(variant);
  return [...out];
}

function pythonDeclares(declared: Declared, module: string): boolean {
  return providers(module).some((p) => declared.names.has(p) || declared.own.has(p));
}

export const rule: ModuleRule = {
  // Only packages are judged: files that import only relative paths, built-ins or the standard library are not parsed.
  applies: (text, _unreviewed, formats) => importCandidates(text, formats.has('python') ? 'pypi' : 'npm').length > 0,
  // A Python import statement holds the word `import`.
  focus: (language) => (language === 'python' ? { names: ['import'] } : undefined),
  check(ctx) {
    const imports = importedPackages(ctx);
    if (!imports.length) return;
    const npm = imports.some((i) => i.ecosystem === 'npm') ? npmDeclared(ctx.path) : undefined;
    const pypi = imports.some((i) => i.ecosystem === 'pypi') ? pypiDeclared(ctx.path) : undefined;
    const reported = new Set<string>();
    for (const imported of imports) {
      const declared = imported.ecosystem === 'npm' ? npm : pypi;
      if (!declared || imported.optional || reported.has(imported.name)) continue;
      if (imported.ecosystem === 'npm' ? npmDeclares(declared, imported.name) : pythonDeclares(declared, imported.module) || isLocalPythonModule(ctx.path, imported.name, declared.root)) continue;
      reported.add(imported.name);
      const verdict = judgeName(imported.ecosystem, imported.name, true);
      // A JavaScript import is the package name: one that is neither declared nor known is likely made up.
      const unknown = imported.ecosystem === 'npm' && verdict.kind === 'unknown';
      ctx.report({
        start: imported.start,
        end: imported.end,
        confidence: unknown ? 'medium' : 'low',
        names: {
          name: imported.name,
          manifest: imported.ecosystem === 'npm' ? 'package.json' : 'requirements*.txt / pyproject.toml',
          extra: unknown ? ', and it is not among the popular npm packages either' : '',
        },
      });
    }
  },
};
