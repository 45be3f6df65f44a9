/**
 * Downloads and package installs in a Dockerfile with certificate or signature checks turned off, and
 * environment variables that turn TLS verification off for everything the image runs.
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { removeRunOption, unsafeFix } from './fixes';
import { type InstructionMatch, matchInstructions } from './run-patterns';

const RUN_PATTERNS = new RegExp(
  [
    String.raw`\bcurl\b[^\n|;&]*?\s(?:-k|--insecure|-[a-jl-zA-Z]*k[a-zA-Z]*)(?=\s|$)`,
    String.raw`\bwget\b[^\n|;&]*?\s--no-check-certificate\b`,
    String.raw`\bpip3?\b[^\n|;&]*?\s--trusted-host[= ]\S+`,
    String.raw`\b(?:npm|yarn|pnpm)\s+config\s+set\s+strict-ssl\s+false\b`,
    String.raw`\bgit\s+config\b[^\n|;&]*?\bhttp\.sslVerify\s+(?:false|0)\b`,
    String.raw`\bapt(?:-get)?\b[^\n|;&]*?\s(?:--allow-unauthenticated|--force-yes|--allow-insecure-repositories)\b`,
    String.raw`\bapk\b[^\n|;&]*?\s--allow-untrusted\b`,
    String.raw`\b(?:yum|dnf|zypper)\b[^\n|;&]*?\s(?:--nogpgcheck|--no-gpg-checks)\b`,
  ].join('|'),
  'g',
);
const ENV_PATTERNS = /\b(?:NODE_TLS_REJECT_UNAUTHORIZED[= ]["']?0|GIT_SSL_NO_VERIFY[= ]["']?(?:1|true)|PYTHONHTTPSVERIFY[= ]["']?0|PIP_TRUSTED_HOST[= ]\S+|CURL_INSECURE[= ]["']?(?:1|true)|NPM_CONFIG_STRICT_SSL[= ]["']?false)\b/gi;

const TITLE = 'Turn certificate and signature checks back on (unsafe)';
/** Options that turn checks off, at the end of a `RUN` match; removed by the fix. */
const OFF_OPTION = /\s(--insecure|-k|--no-check-certificate|--trusted-host[= ]\S+|--allow-unauthenticated|--force-yes|--allow-insecure-repositories|--allow-untrusted|--nogpgcheck|--no-gpg-checks)$/;
/** Settings whose value the fix turns back to the verifying one. */
const OFF_VALUE: [RegExp, string][] = [
  [/(?<=\bstrict-ssl\s+)false$/, 'true'],
  [/(?<=\bhttp\.sslVerify\s+)(false|0)$/, 'true'],
  [/(?<=^(?:NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY)[= ]["']?)0$/i, '1'],
  [/(?<=^NPM_CONFIG_STRICT_SSL[= ]["']?)false$/i, 'true'],
];

/**
 * The fix of one match: the option that turns checks off is removed (`-k`, `--insecure`,
 * `--no-check-certificate`, `--trusted-host host`, `--allow-unauthenticated`, `--allow-untrusted`, `--nogpgcheck`,
 * …; `-fsSLk` loses its `k`), and `strict-ssl false`, `http.sslVerify false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`,
 * `PYTHONHTTPSVERIFY=0`, `NPM_CONFIG_STRICT_SSL=false` get the verifying value. `GIT_SSL_NO_VERIFY`,
 * `CURL_INSECURE` and `PIP_TRUSTED_HOST` (set to any value they turn checks off) are left for a person.
 */
function fixOf(text: string, hit: InstructionMatch): FixDraft[] {
  const matched = hit.match[0];
  const option = OFF_OPTION.exec(matched);
  if (option) {
    const start = hit.start + option.index + 1;
    return unsafeFix(TITLE, removeRunOption(text, start, hit.end));
  }
  const cluster = /\s(-[a-zA-Z]*k[a-zA-Z]*)$/.exec(matched);
  if (cluster && /^curl\b/.test(matched)) {
    const start = hit.start + cluster.index + 1;
    return unsafeFix(TITLE, { start, end: hit.end, newText: cluster[1]!.replace(/k/g, '') });
  }
  for (const [pattern, value] of OFF_VALUE) {
    const m = pattern.exec(matched);
    if (m) return unsafeFix(TITLE, { start: hit.start + m.index, end: hit.end, newText: value });
  }
  return [];
}

export const rule: ModuleRule = {
  check(ctx) {
    for (const hit of [...matchInstructions(ctx, ['RUN'], RUN_PATTERNS), ...matchInstructions(ctx, ['ENV', 'ARG'], ENV_PATTERNS)]) {
      const text = hit.match[0].replace(/\s*\\\r?\n\s*/g, ' ');
      ctx.report({ start: hit.start, end: hit.end, names: { command: text.length > 100 ? `${text.slice(0, 100)}…` : text }, fixes: fixOf(ctx.text, hit) });
    }
  },
};
