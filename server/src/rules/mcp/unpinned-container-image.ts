/** MCP servers started with `docker run` / `podman run` from an image that is not pinned to a digest. */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { agreedValue, remember } from './fixes';
import { imageProblem, launchedImage } from './launchers';
import { jsonString, rangeOf } from './json';
import { mcpConfig } from './servers';

/** An image reference without its digest, with `:latest` made explicit (`mcp/fetch` → `mcp/fetch:latest`). */
function tagged(image: string): string {
  const name = image.replace(/@sha256:[0-9a-f]{64}$/, '');
  return name.indexOf(':', name.lastIndexOf('/') + 1) < 0 ? `${name}:latest` : name;
}

/** Pins the image to the digest another server of the same file already uses for that image and tag. */
function fixOf(image: string, node: Parameters<typeof rangeOf>[0], digests: Map<string, Set<string>>): FixDraft[] {
  const digest = agreedValue(digests, tagged(image));
  if (!digest || node.value !== image) return [];
  return [{ title: `Pin the digest this file already uses for ${tagged(image)} (unsafe)`, safety: 'unsafe', edits: [{ ...rangeOf(node), newText: jsonString(`${image}@${digest}`) }] }];
}

export const rule: ModuleRule = {
  check(ctx) {
    const servers = mcpConfig(ctx)?.servers ?? [];
    // Digests the file pins per image and tag, for the fix.
    const digests = new Map<string, Set<string>>();
    for (const server of servers) {
      const image = launchedImage(server)?.image.value ?? '';
      const digest = /@(sha256:[0-9a-f]{64})$/.exec(image);
      if (digest) remember(digests, tagged(image), digest[1]!);
    }
    for (const server of servers) {
      const launched = launchedImage(server);
      if (!launched) continue;
      const image = launched.image.value;
      if (/^\$\{?[\w:]+\}?$/.test(image)) continue; // chosen elsewhere (`${input:image}`)
      const problem = imageProblem(image);
      if (!problem) continue;
      // A version tag is a weaker problem than a moving tag: it changes only when someone re-pushes it.
      const versionTag = problem.startsWith('with the tag');
      ctx.report({
        ...rangeOf(launched.image.node),
        names: { server: server.name, runner: launched.runner, image, problem },
        fixes: fixOf(image, launched.image.node, digests),
        ...(versionTag ? { severity: 'low' as const, confidence: 'medium' as const } : {}),
      });
    }
  },
};
