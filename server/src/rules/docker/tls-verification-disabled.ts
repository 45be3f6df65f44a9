/**
 * Downloads and package installs in a Dockerfile with certificate or signature checks turned off, and
 * environment variables that turn TLS verification off for everything the image runs.
 */
import type { ModuleRule } from '../../engine/module';
import { matchInstructions } from './run-patterns';

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

export const rule: ModuleRule = {
  check(ctx) {
    for (const hit of [...matchInstructions(ctx, ['RUN'], RUN_PATTERNS), ...matchInstructions(ctx, ['ENV', 'ARG'], ENV_PATTERNS)]) {
      const text = hit.match[0].replace(/\s*\\\r?\n\s*/g, ' ');
      ctx.report({ start: hit.start, end: hit.end, names: { command: text.length > 100 ? `${text.slice(0, 100)}…` : text } });
    }
  },
};
