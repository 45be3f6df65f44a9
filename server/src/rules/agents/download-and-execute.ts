/** Download-and-run commands in agent rule files: `curl … | sh`, `bash <(curl …)`, `curl -o x.sh … && sh x.sh`, `iwr … | iex`. */
import type { ModuleRule } from '../../engine/module';
import { PIPE_TO_SHELL, POWERSHELL_DOWNLOAD_EVAL, PROCESS_SUBSTITUTION, SAVE_THEN_RUN, WEAK_SOURCE } from './commands';
import { phraseRule } from './phrases';

const phrases = phraseRule([
  {
    pattern: PIPE_TO_SHELL,
    what: 'pipes a download straight into an interpreter',
  },
  {
    pattern: PROCESS_SUBSTITUTION,
    what: 'runs a download through process substitution',
  },
  {
    pattern: SAVE_THEN_RUN,
    what: 'downloads a script and runs it',
  },
  {
    pattern: POWERSHELL_DOWNLOAD_EVAL,
    what: 'evaluates a download in PowerShell',
  },
]);

/** Downloads over plain HTTP or from a bare IP address are the worst case: anyone on the path picks the code. */
export const rule: ModuleRule = {
  check(ctx) {
    phrases.check({
      ...ctx,
      report: (r) => {
        const command = ctx.text.slice(r.start, r.end);
        const weak = WEAK_SOURCE.test(command);
        ctx.report({ ...r, ...(weak ? { severity: 'critical' as const, confidence: 'high' as const } : {}) });
      },
    });
  },
};
