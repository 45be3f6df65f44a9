/** Code fixes of the python pack, registered by name for `fix.module`. */
import { registerFix } from '../../engine/fix';

// Python `subprocess.*(cmd_string, shell=True)` → `subprocess.*(shlex.split(cmd_string))` when the command is a
// constant string: same program, no shell to reinterpret it.
registerFix('python-shell-true-to-list', (match, { text }) => {
  const call = match.call;
  const shellArg = call?.args.find((a) => a.name === 'shell');
  const command = call?.args.find((a) => a.index === 0);
  if (!call || !shellArg || !command) return undefined;
  const literal = /^(['"])([^'"\\$`|;&<>()*?[\]~{}]*)\1$/.exec(command.value.text);
  if (!literal) return undefined;
  const words = literal[2]!.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  let start = shellArg.node.startIndex;
  const before = /,\s*$/.exec(text.slice(0, start));
  if (before) start -= before[0].length;
  return [
    { start: command.value.startIndex, end: command.value.endIndex, newText: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` },
    { start, end: shellArg.node.endIndex, newText: '' },
  ];
});

// `yaml.load(s, Loader=…)` → `yaml.safe_load(s)`; skipped for a bare `load` imported by name (safe_load would be
// undefined there).
registerFix('python-yaml-safe-load', (match, { text }) => {
  const call = match.call;
  if (!call || !call.callee.includes('.')) return undefined;
  const callee = call.calleeNode;
  const attribute = callee.childForFieldName('attribute');
  if (!attribute) return undefined;
  const edits = [{ start: attribute.startIndex, end: attribute.endIndex, newText: attribute.text === 'load_all' ? 'safe_load_all' : 'safe_load' }];
  const loader = call.args.find((a) => a.name === 'Loader') ?? call.args.find((a) => a.index === 1);
  if (loader) {
    let start = loader.node.startIndex;
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
    edits.push({ start, end: loader.node.endIndex, newText: '' });
  }
  return edits;
});
