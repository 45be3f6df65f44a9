/** MCP servers started through a package runner (`npx`, `uvx`, `pipx run`, …) without an exact version. */
import type { ModuleRule } from '../../engine/module';
import { launchedPackage, npmSpecProblem, pypiSpecProblem } from './launchers';
import { rangeOf } from './json';
import { mcpConfig } from './servers';

export const rule: ModuleRule = {
  check(ctx) {
    for (const server of mcpConfig(ctx)?.servers ?? []) {
      const launched = launchedPackage(server);
      if (!launched) continue;
      const spec = launched.spec.value;
      const problem = launched.ecosystem === 'npm' ? npmSpecProblem(spec) : pypiSpecProblem(spec);
      if (!problem) continue;
      const example = launched.ecosystem === 'npm' ? `${spec.replace(/(.)@[^@]*$/, '$1')}@1.2.3` : `${spec.replace(/\s*(\[[^\]]*\])?\s*([<>~^=!@].*)?$/, '$1')}==1.2.3`;
      ctx.report({
        ...rangeOf(launched.spec.node),
        names: { server: server.name, runner: launched.runner, package: spec, problem, example },
      });
    }
  },
};
