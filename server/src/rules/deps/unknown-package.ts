/**
 * Declared dependencies that are not among the popular packages at all (and not a near miss, which
 * deps/typosquat reports): the place where a package an assistant made up shows first. Low confidence: most
 * such names are real, just not popular; the optional online registry check (server/src/deps-online) confirms which do not exist.
 */
import type { ModuleRule } from '../../engine/module';
import { manifestDependencies } from './manifests';
import { judgeName, knownScope } from './suspicious';

export const rule: ModuleRule = {
  check(ctx) {
    for (const dependency of manifestDependencies(ctx)) {
      if (!dependency.name || dependency.source !== 'registry' || !knownScope(dependency.name)) continue;
      if (judgeName(dependency.ecosystem, dependency.name).kind !== 'unknown') continue;
      const registry = dependency.ecosystem === 'npm' ? `https://www.npmjs.com/package/${dependency.name}` : `https://pypi.org/project/${dependency.name}/`;
      ctx.report({ start: dependency.nameStart, end: dependency.nameEnd, names: { name: dependency.name, ecosystem: dependency.ecosystem === 'npm' ? 'npm' : 'PyPI', registry } });
    }
  },
};
