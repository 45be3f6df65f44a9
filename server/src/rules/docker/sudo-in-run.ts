/**
 * `sudo` in a Dockerfile: `RUN` already runs as the current `USER`, so `sudo` there means the image installs
 * sudo and gives an unprivileged user a way back to root.
 */
import type { ModuleRule } from '../../engine/module';
import { matchInstructions } from './run-patterns';

const SUDO = /(?:^|[;&|(]\s*|\s)(sudo)(?=\s)|\b(?:apt-get|apt|apk|yum|dnf)\s+(?:install|add)\b[^\n;&|]*?\s(sudo)(?=\s|$)|\bNOPASSWD\b/g;

export const rule: ModuleRule = {
  check(ctx) {
    for (const hit of matchInstructions(ctx, ['RUN'], SUDO)) {
      const word = hit.match[1] ?? hit.match[2] ?? hit.match[0];
      const start = hit.start + hit.match[0].lastIndexOf(word);
      const installs = !!hit.match[2] || word === 'NOPASSWD';
      ctx.report({ start, end: start + word.length, names: { what: installs ? 'installs or configures sudo, which gives the container user a way back to root' : 'calls `sudo`, so the image has sudo set up for a non-root user' } });
    }
  },
};
