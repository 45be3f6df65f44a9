/**
 * Files and folders created writable by every user because the program cleared its umask. The mode given to
 * `os.Mkdir`, `os.WriteFile` or `os.OpenFile` is masked by the umask, so 0777/0666 there are Go's usual defaults
 * (go/file-permissions leaves them alone); after `syscall.Umask(0)` in the same file they are the modes the files get.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleContext, ModuleRule } from '../../engine/module';
import { candidateNames } from '../../engine/names';
import { callsNamed } from '../../languages/query';
import { WORLD_WRITABLE_MODE, withoutGroupWorldWrite } from './fixes';

const UMASK = new Set(['syscall.Umask', 'golang.org/x/sys/unix.Umask']);

/** Creating calls and the index of their mode argument (`os.OpenFile` creates only with `O_CREATE` in its flags). */
const CREATORS: Record<string, number> = { 'os.Mkdir': 1, 'os.MkdirAll': 1, 'os.WriteFile': 2, 'io/ioutil.WriteFile': 2, 'os.OpenFile': 2 };

const CREATOR_NAMES: ReadonlySet<string> = new Set(Object.keys(CREATORS));

/** The value of a Go integer literal (`0`, `0o002`, `022`, `0x12`), or undefined for anything else. */
function integer(text: string): number | undefined {
  const t = text.replace(/_/g, '');
  if (/^0[oO]?[0-7]+$/.test(t)) return parseInt(t.replace(/^0[oO]?/, '') || '0', 8);
  if (/^0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t.slice(2), 16);
  if (/^(0|[1-9][0-9]*)$/.test(t)) return parseInt(t, 10);
  return undefined;
}

/** The call site of `call` and the name of `names` its callee resolves to through the imports, if it does. */
function resolved(call: Node, names: ReadonlySet<string>, code: NonNullable<ModuleContext['code']>) {
  const site = code.language.callSite(call);
  const name = site && candidateNames(site.callee, code.imports).find((n) => names.has(n));
  return site && name ? { site, name } : undefined;
}

export const rule: ModuleRule = {
  applies: (text) => text.includes('Umask'),
  check(ctx) {
    const code = ctx.code;
    if (!code || code.language.id !== 'go') return;
    const calls = code.language.kinds.call;
    // A umask that lets the world write bit through (its own bit 0o002 is clear): `syscall.Umask(0)`, anywhere in the
    // file (where it runs first cannot be told).
    const cleared = callsNamed(code.tree.rootNode, ctx.text, ['Umask'], code.imports, calls)
      .map((call) => resolved(call, UMASK, code))
      .find((c) => {
        const mask = c?.site.args.find((a) => a.index === 0)?.value.text;
        const value = mask === undefined ? undefined : integer(mask);
        return value !== undefined && (value & 0o002) === 0;
      });
    if (!cleared) return;
    const umask = `${cleared.site.callee}(${cleared.site.args[0]!.value.text})`;
    for (const call of callsNamed(code.root, ctx.text, ['Mkdir', 'MkdirAll', 'WriteFile', 'OpenFile'], code.imports, calls)) {
      const found = resolved(call, CREATOR_NAMES, code);
      if (!found) continue;
      const mode = found.site.args.find((a) => a.index === CREATORS[found.name])?.value;
      if (!mode || !WORLD_WRITABLE_MODE.test(mode.text)) continue;
      if (found.name === 'os.OpenFile' && !/O_CREATE/.test(found.site.args.find((a) => a.index === 1)?.value.text ?? '')) continue;
      ctx.report({
        start: call.startIndex,
        end: call.endIndex,
        names: { callee: found.site.callee, mode: mode.text, umask },
        fixes: [{ title: `Remove group and world write permission: ${withoutGroupWorldWrite(mode.text)} (unsafe)`, safety: 'unsafe', edits: [{ start: mode.startIndex, end: mode.endIndex, newText: withoutGroupWorldWrite(mode.text) }] }],
      });
    }
  },
};
