/**
 * The final stage of a Dockerfile that never switches to an unprivileged `USER`, or whose last `USER` is root.
 * Base images known to default to a non-root user (distroless `:nonroot`, Chainguard) are not reported.
 */
import type { ModuleRule } from '../../engine/module';
import { parseDockerfile, splitFlags } from './dockerfile';

const NON_ROOT_BASE = /:(nonroot|rootless)\b|-nonroot\b|^cgr\.dev\/chainguard\/|^gcr\.io\/distroless\/[^:@]+:(debug-)?nonroot/i;

export const rule: ModuleRule = {
  check(ctx) {
    const { instructions } = parseDockerfile(ctx.text);
    const lastStage = Math.max(-1, ...instructions.map((i) => i.stage));
    if (lastStage < 0) return;
    const stage = instructions.filter((i) => i.stage === lastStage);
    const from = stage[0]!;
    const image = /^\S+/.exec(splitFlags(from.args).rest)?.[0] ?? '';
    const users = stage.filter((i) => i.keyword === 'USER');
    const last = users[users.length - 1];
    if (!last) {
      if (NON_ROOT_BASE.test(image) || image === 'scratch') return;
      ctx.report({ start: from.start, end: from.end, names: { what: 'sets no `USER`, so containers run as root' }, confidence: 'medium' });
      return;
    }
    const user = last.args.trim().split(':')[0]!;
    if (user === 'root' || user === '0') {
      ctx.report({ start: last.start, end: last.end, names: { what: `switches back to \`USER ${last.args.trim()}\` at the end, so containers run as root` } });
    }
  },
};
