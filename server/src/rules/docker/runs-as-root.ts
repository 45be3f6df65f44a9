/**
 * The final stage of a Dockerfile that never switches to an unprivileged `USER`, or whose last `USER` is root.
 * Base images known to default to a non-root user (distroless `:nonroot`, Chainguard) are not reported.
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { type Instruction, parseDockerfile, splitFlags } from './dockerfile';
import { unsafeFix } from './fixes';

const NON_ROOT_BASE = /:(nonroot|rootless)\b|-nonroot\b|^cgr\.dev\/chainguard\/|^gcr\.io\/distroless\/[^:@]+:(debug-)?nonroot/i;

/** Options of useradd/adduser (shadow, Debian and BusyBox) that take a value. */
const USER_VALUE_OPTIONS = new Set(['-b', '-c', '-d', '-e', '-f', '-g', '-G', '-k', '-K', '-p', '-s', '-u', '-R', '-P', '-Z', '-h', '--base-dir', '--comment', '--home-dir', '--home', '--expiredate', '--inactive', '--gid', '--groups', '--skel', '--key', '--password', '--shell', '--uid', '--root', '--prefix', '--selinux-user', '--ingroup', '--gecos', '--firstuid', '--lastuid', '--conf']);

/** The login names `useradd`/`adduser` commands of these `RUN` instructions create, in order. */
function createdUsers(instructions: Instruction[]): string[] {
  const users: string[] = [];
  for (const run of instructions.filter((i) => i.keyword === 'RUN')) {
    const script = run.args.replace(/\\\r?\n/g, ' ');
    for (const m of script.matchAll(/\b(?:useradd|adduser)\b([^;&|\n]*)/g)) {
      const words = m[1]!.trim().split(/\s+/).filter(Boolean);
      const positional = words.filter((w, i) => !w.startsWith('-') && !(i > 0 && USER_VALUE_OPTIONS.has(words[i - 1]!)));
      if (positional.length === 1 && /^[a-z_][a-z0-9_-]*$/.test(positional[0]!) && positional[0] !== 'root') users.push(positional[0]!);
    }
  }
  return users;
}

/**
 * `USER <name>` appended after the last instruction, naming the unprivileged user the stage already switched to
 * or created (`useradd`/`adduser`); none when the stage does neither, since the user would not exist.
 */
function fixOf(stage: Instruction[]): FixDraft[] {
  const earlier = stage.filter((i) => i.keyword === 'USER').map((i) => i.args.trim()).filter((u) => !/^(root|0)(:|$)/.test(u) && !u.includes('$'));
  const name = earlier.at(-1) ?? createdUsers(stage).at(-1);
  if (!name) return [];
  const end = stage.at(-1)!.end;
  return unsafeFix(`End the image with USER ${name} (unsafe)`, { start: end, end, newText: `\nUSER ${name}` });
}

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
      ctx.report({ start: from.start, end: from.end, names: { what: 'sets no `USER`, so containers run as root' }, confidence: 'medium', fixes: fixOf(stage) });
      return;
    }
    const user = last.args.trim().split(':')[0]!;
    if (user === 'root' || user === '0') {
      ctx.report({ start: last.start, end: last.end, names: { what: `switches back to \`USER ${last.args.trim()}\` at the end, so containers run as root` }, fixes: fixOf(stage) });
    }
  },
};
