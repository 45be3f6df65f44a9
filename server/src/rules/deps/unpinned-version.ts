/**
 * Dependencies with no version or no upper bound: npm `*`, `x`, `""`, `latest` and `>=` ranges; requirements
 * lines with no specifier or only lower bounds. Caret and tilde ranges (bounded by the lockfile) and PEP 440
 * `~=`, `==` and `<` bounds are fine.
 */
import type { ModuleRule } from '../../engine/module';
import { manifestDependencies } from './manifests';
import { npmFloating, pypiFloating } from './versions';

export const rule: ModuleRule = {
  check(ctx) {
    // Constraint files only narrow what other files ask for.
    if (/(^|\/)constraints[\w.-]*\.txt$/i.test(ctx.path)) return;
    for (const dependency of manifestDependencies(ctx)) {
      if (dependency.source !== 'registry' || !dependency.name) continue;
      const problem = dependency.ecosystem === 'npm' ? npmFloating(dependency.spec) : pypiFloating(dependency.spec);
      if (!problem) continue;
      const example = dependency.ecosystem === 'npm' ? `"${dependency.name}": "^1.2.3"` : `${dependency.name}==1.2.3`;
      ctx.report({ start: dependency.nameStart, end: dependency.specEnd > dependency.nameStart ? dependency.specEnd : dependency.nameEnd, names: { name: dependency.name, problem, example } });
    }
  },
};
