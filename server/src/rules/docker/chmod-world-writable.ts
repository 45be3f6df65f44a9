/** `chmod 777` (and other world-writable modes) in `RUN`, and `COPY/ADD --chmod=777`. */
import type { ModuleRule } from '../../engine/module';
import { matchInstructions } from './run-patterns';

/** Octal modes whose "others" digit includes write (2, 3, 6, 7), or symbolic `o+w` / `a+w`. */
const CHMOD = /\bchmod\s+(?:-[A-Za-z]+\s+|--[\w-]+\s+)*(?<mode>0?[0-7]?[0-7][0-7][2367]|[ugo]*[ao][ugo]*\+[rwxX]*w[rwxX]*)(?=\s)/g;
const COPY_CHMOD = /--chmod=(?<mode>0?[0-7]?[0-7][0-7][2367])\b/g;

export const rule: ModuleRule = {
  check(ctx) {
    const hits = [...matchInstructions(ctx, ['RUN'], CHMOD), ...matchInstructions(ctx, ['COPY', 'ADD'], COPY_CHMOD)];
    for (const hit of hits) {
      const mode = hit.match.groups!.mode!;
      // A sticky world-writable directory (1777, like /tmp) only lets owners delete their own files.
      if (/^[1357]\d{3}$/.test(mode)) continue;
      const modeStart = hit.start + hit.match[0].lastIndexOf(mode);
      const octal = /^\d+$/.test(mode);
      // 777 → 755 and 666 → 644 keep owner access and drop write for group and others.
      const safer = octal ? mode.slice(0, -2) + mode.slice(-2).replace(/[2367]/g, (d) => String(Number(d) & 5)) : undefined;
      ctx.report({
        start: hit.start,
        end: hit.end,
        names: { command: hit.match[0], mode },
        ...(safer ? { fixes: [{ title: `Use mode ${safer} (unsafe)`, safety: 'unsafe' as const, edits: [{ start: modeStart, end: modeStart + mode.length, newText: safer }] }] } : {}),
      });
    }
  },
};
