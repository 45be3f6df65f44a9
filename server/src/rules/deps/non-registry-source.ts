/**
 * Dependencies that bypass the registry: git repositories, tarball and wheel URLs, plain-HTTP downloads. A git
 * source pinned to a full commit and a URL with a checked hash are left alone; local paths too.
 */
import type { ModuleRule } from '../../engine/module';
import { type Dependency, manifestDependencies, requirementsLines } from './manifests';

/** A git source pinned to a full commit hash (`#<40 hex>`, `@<40 hex>`, Poetry `rev = "<40 hex>"`). */
function pinnedToCommit(spec: string): boolean {
  return /[#@][0-9a-f]{40}\b/i.test(spec) || /#commit=[0-9a-f]{40}\b/i.test(spec);
}

/** A URL whose content is checked against a hash (`#sha256=…` fragment, or `--hash` on the same requirements line). */
function hashChecked(spec: string, lineHasHash: boolean): boolean {
  return lineHasHash || /#(sha256|sha384|sha512)=[0-9a-f]{64,}/i.test(spec);
}

/** What is wrong with a non-registry source, and how bad; undefined when nothing is. */
function problemOf(dependency: Dependency, lineHasHash: boolean): { problem: string; severity: 'high' | 'medium' } | undefined {
  const spec = dependency.spec;
  if (/^(git\+)?http:\/\//i.test(spec) || /^git:\/\//i.test(spec)) {
    return { problem: 'is downloaded over an unencrypted connection, so anyone on the network path can replace it', severity: 'high' };
  }
  if (dependency.source === 'git') {
    if (pinnedToCommit(spec)) return undefined;
    return { problem: 'comes from a git repository at a moving branch or tag, so every install may get different, unreviewed code and no registry advisory covers it', severity: 'medium' };
  }
  if (dependency.source === 'url') {
    if (hashChecked(spec, lineHasHash)) return undefined;
    return { problem: 'is a tarball or wheel downloaded from a URL with no hash, so whoever controls that host decides what gets installed', severity: 'medium' };
  }
  return undefined;
}

export const rule: ModuleRule = {
  check(ctx) {
    const hashedLines = ctx.formats.has('requirements') ? requirementsLines(ctx.text).filter((l) => /(^|\s)--hash[=\s]/.test(l.text)) : [];
    for (const dependency of manifestDependencies(ctx)) {
      if (dependency.source === 'registry' || dependency.source === 'path') continue;
      const lineHasHash = hashedLines.some((l) => l.offsets[0]! <= dependency.specStart && dependency.specStart <= l.offsets[l.offsets.length - 1]!);
      const found = problemOf(dependency, lineHasHash);
      if (!found) continue;
      ctx.report({
        start: dependency.specStart,
        end: dependency.specEnd,
        severity: found.severity,
        names: { name: dependency.name || 'This dependency', spec: dependency.spec, problem: found.problem },
      });
    }
  },
};
