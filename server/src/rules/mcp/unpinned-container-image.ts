/** MCP servers started with `docker run` / `podman run` from an image that is not pinned to a digest. */
import type { ModuleRule } from '../../engine/module';
import { imageProblem, launchedImage } from './launchers';
import { rangeOf } from './json';
import { mcpConfig } from './servers';

export const rule: ModuleRule = {
  check(ctx) {
    for (const server of mcpConfig(ctx)?.servers ?? []) {
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
        ...(versionTag ? { severity: 'low' as const, confidence: 'medium' as const } : {}),
      });
    }
  },
};
