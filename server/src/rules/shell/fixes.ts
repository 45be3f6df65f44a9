/** Code fixes of the shell pack, registered by name for `fix.module`. */
import type { Node } from 'web-tree-sitter';
import { registerFix } from '../../engine/fix';
import type { OffsetEdit } from '../../engine/module';

/** Edits that replace every match of `pattern` (global) inside `node` by what `replace` returns (undefined: keep it). */
function rewriteInside(node: Node, pattern: RegExp, replace: (m: RegExpMatchArray) => string | undefined): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (const m of node.text.matchAll(pattern)) {
    const newText = replace(m);
    if (newText === undefined || newText === m[0]) continue;
    const start = node.startIndex + m.index;
    edits.push({ start, end: start + m[0].length, newText });
  }
  return edits;
}

/** Removes a word of a command together with the blanks before it. */
function removeWord(node: Node, text: string): OffsetEdit {
  const before = /[ \t]+$/.exec(text.slice(0, node.startIndex));
  return { start: node.startIndex - (before?.[0].length ?? 0), end: node.endIndex, newText: '' };
}

/**
 * A chmod mode without write permission for others: octal `777` → `775`, `0666` → `0664`; symbolic `a+rwx` →
 * `ug+rwx,o+rx`, `o=rwx` → `o=rx`. Undefined when nothing would be left to grant (`o+w`).
 */
export function modeWithoutOtherWrite(mode: string): string | undefined {
  if (/^\d+$/.test(mode)) return mode.slice(0, -1) + String(Number(mode.slice(-1)) & 5);
  const symbolic = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(mode);
  if (!symbolic) return undefined;
  const who = symbolic[1]!.includes('a') ? 'ugo' : symbolic[1]!;
  const op = symbolic[2]!;
  const perms = symbolic[3]!;
  const othersPerms = perms.replace(/w/g, '');
  const rest = who.replace(/o/g, '');
  const parts = [rest ? `${rest}${op}${perms}` : '', op === '=' || othersPerms ? `o${op}${othersPerms}` : ''].filter(Boolean);
  return parts.length ? parts.join(',') : undefined;
}

// `chmod 777 path` → `chmod 775 path`, `chmod a+rwx` → `chmod ug+rwx,o+rx`: others lose write permission.
registerFix('shell-chmod-no-other-write', (match) => {
  const mode = match.captures.get('mode');
  const safer = mode ? modeWithoutOtherWrite(mode.text) : undefined;
  return mode && safer ? [{ start: mode.startIndex, end: mode.endIndex, newText: safer }] : undefined;
});

// `rm -rf $DIR/x` → `rm -rf "${DIR:?}"/x`, `rm -rf "$DIR/"*` → `rm -rf "${DIR:?}/"*`: an empty or unset variable
// aborts the command instead of deleting from `/`.
registerFix('shell-rm-guard-variable', (match) => {
  const target = match.captures.get('target');
  const m = target && /^("?)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(target.text);
  if (!target || !m) return undefined;
  const name = m[2] ?? m[3]!;
  const start = target.startIndex + m[1]!.length;
  const guarded = m[1] ? `\${${name}:?}` : `"\${${name}:?}"`;
  return [{ start, end: target.startIndex + m[0].length, newText: guarded }];
});

// `TOKEN=abc…` / `export TOKEN=abc…` → `TOKEN="${TOKEN:?}"`: the value comes from the environment the script runs
// in (the CI's secret store), and the script stops when it is missing.
registerFix('shell-secret-from-environment', (match) => {
  const name = match.captures.get('target')?.text;
  const value = match.captures.get('value');
  if (!name || !value || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
  return [{ start: value.startIndex, end: value.endIndex, newText: `"\${${name}:?}"` }];
});

// `-o StrictHostKeyChecking=no` (or `off`, `accept-new`) → `=yes`, `StrictHostKeyChecking no` written to a config
// → `yes`; `-o UserKnownHostsFile=/dev/null` is removed. Declines a `/dev/null` known-hosts file in another form.
registerFix('shell-ssh-check-host-keys', (match) => {
  const node = match.node;
  const edits = [
    ...rewriteInside(node, /(StrictHostKeyChecking(?:\s*=\s*|\s+))(no|off|accept-new)\b/g, (m) => `${m[1]}yes`),
    ...rewriteInside(node, /\s+-o\s*(["']?)UserKnownHostsFile\s*=\s*\/dev\/null\1(?=[\s"']|$)/g, () => ''),
  ];
  const nullFiles = (node.text.match(/UserKnownHostsFile\s*=\s*\/dev\/null/g) ?? []).length;
  const removed = edits.filter((e) => e.newText === '').length;
  return edits.length && nullFiles === removed ? edits : undefined;
});

// `NOPASSWD: ALL` → `ALL` in a sudoers line: sudo asks for the account's password again.
registerFix('shell-sudoers-require-password', (match) => {
  const line = match.captures.get('line');
  const edits = line ? rewriteInside(line, /NOPASSWD:\s*(?=ALL\b)/g, () => '') : [];
  return edits.length ? edits : undefined;
});

// Certificate checks back on: `curl -k` / `--insecure` and `wget --no-check-certificate` lose the flag (`-fsSLk`
// → `-fsSL`), httpie `--verify=no` → `--verify=yes`, `git config http.sslVerify false` / `npm config set
// strict-ssl false` → `true`, `NODE_TLS_REJECT_UNAUTHORIZED=0` / `PYTHONHTTPSVERIFY=0` → `1`. Declines
// `GIT_SSL_NO_VERIFY` and `CURL_INSECURE`, which any value turns on.
registerFix('shell-restore-tls-verification', (match, { text }) => {
  const flag = match.captures.get('flag');
  if (flag) {
    if (flag.text === '--verify=no') return [{ start: flag.startIndex, end: flag.endIndex, newText: '--verify=yes' }];
    if (/^-[a-zA-Z]*k[a-zA-Z]*$/.test(flag.text) && flag.text !== '-k') {
      return [{ start: flag.startIndex, end: flag.endIndex, newText: flag.text.replace(/k/g, '') }];
    }
    return [removeWord(flag, text)];
  }
  const key = match.captures.get('key');
  const value = match.captures.get('value');
  if (key && /=/.test(key.text)) return rewriteInside(key, /=(false|0)$/g, () => '=true');
  if (key && value) return [{ start: value.startIndex, end: value.endIndex, newText: 'true' }];
  const variable = match.captures.get('callee')?.text;
  if (value && (variable === 'NODE_TLS_REJECT_UNAUTHORIZED' || variable === 'PYTHONHTTPSVERIFY')) {
    return [{ start: value.startIndex, end: value.endIndex, newText: '1' }];
  }
  return undefined;
});
