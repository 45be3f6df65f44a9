/**
 * Deprecated, unmaintained or compromised packages that assistants still suggest, driven by
 * data/deprecated-packages.json: each entry names the reason, the replacement and, when only some releases are
 * bad, the affected versions (matched against an exactly pinned version).
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { deprecatedPackages } from './data';
import { manifestDependencies } from './manifests';
import { normaliseName } from './names';
import { exactVersion, versionAffected } from './versions';

export const rule: ModuleRule = {
  check(ctx) {
    for (const dependency of manifestDependencies(ctx)) {
      if (!dependency.name || dependency.source !== 'registry') continue;
      const entry = deprecatedPackages(dependency.ecosystem).get(normaliseName(dependency.ecosystem, dependency.name));
      if (!entry) continue;
      if (entry.versions) {
        const version = exactVersion(dependency.spec);
        if (!version || !versionAffected(version, entry.versions)) continue;
      }
      // A version of the old package means nothing for the new one: the fix drops it, and the user picks one.
      const fixes: FixDraft[] = entry.rename && dependency.ecosystem === 'pypi'
        ? [{ title: `Replace ${dependency.name} with ${entry.rename} (unsafe: choose its version and check the API)`, safety: 'unsafe', edits: [{ start: dependency.nameStart, end: Math.max(dependency.nameEnd, dependency.specEnd), newText: entry.rename }] }]
        : [];
      ctx.report({
        start: dependency.nameStart,
        end: dependency.nameEnd,
        severity: entry.severity,
        names: { name: dependency.name, version: dependency.spec ? ` ${dependency.spec}` : '', reason: entry.reason, replacement: entry.replacement, reference: entry.reference },
        fixes,
      });
    }
  },
};
