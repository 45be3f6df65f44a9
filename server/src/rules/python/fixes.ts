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

// `yaml.load(s, Loader=…)`, `yaml.unsafe_load(s)`, `yaml.full_load(s)` → `yaml.safe_load(s)`; skipped for a bare
// `load` imported by name (safe_load would be undefined there).
registerFix('python-yaml-safe-load', (match, { text }) => {
  const call = match.call;
  if (!call || !call.callee.includes('.')) return undefined;
  const callee = call.calleeNode;
  const attribute = callee.childForFieldName('attribute');
  if (!attribute) return undefined;
  const edits = [{ start: attribute.startIndex, end: attribute.endIndex, newText: attribute.text.endsWith('load_all') ? 'safe_load_all' : 'safe_load' }];
  const loader = call.args.find((a) => a.name === 'Loader') ?? call.args.find((a) => a.index === 1);
  if (loader) {
    let start = loader.node.startIndex;
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
    edits.push({ start, end: loader.node.endIndex, newText: '' });
  }
  return edits;
});

// `torch.load(f)` → `torch.load(f, weights_only=True)`; an explicit `weights_only=False` becomes `True`.
registerFix('python-torch-weights-only', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode) return undefined;
  const existing = call.args.find((a) => a.name === 'weights_only');
  if (existing) return [{ start: existing.value.startIndex, end: existing.value.endIndex, newText: 'True' }];
  const close = call.argsNode.endIndex - 1;
  const inner = text.slice(call.argsNode.startIndex + 1, close);
  const trimmed = inner.replace(/\s*$/, '');
  const at = call.argsNode.startIndex + 1 + trimmed.length;
  if (trimmed === '') return [{ start: at, end: at, newText: 'weights_only=True' }];
  return [{ start: at, end: at, newText: trimmed.endsWith(',') ? ' weights_only=True' : ', weights_only=True' }];
});

// `verify=False` (and `ssl=False`, `verify_ssl=False`) → removed, so the client's verifying default applies;
// `session.verify = False` → `session.verify = True`.
registerFix('python-restore-tls-verification', (match, { text }) => {
  const node = match.node;
  if (node.type === 'keyword_argument') {
    let start = node.startIndex;
    let end = node.endIndex;
    const after = /^\s*,[ \t]*/.exec(text.slice(end));
    const before = /,\s*$/.exec(text.slice(0, start));
    if (before) start -= before[0].length;
    else if (after) end += after[0].length;
    return [{ start, end, newText: '' }];
  }
  const value = match.captures.get('value');
  if (node.type === 'pair' || !value) return undefined;
  return [{ start: value.startIndex, end: value.endIndex, newText: 'True' }];
});

// `response.set_cookie(name, value)` → adds `secure=True` and `httponly=True` where they are missing and turns
// explicit `False` values into `True`.
registerFix('python-secure-cookie', (match, { text }) => {
  const call = match.call;
  if (!call?.argsNode) return undefined;
  const edits: { start: number; end: number; newText: string }[] = [];
  const missing: string[] = [];
  for (const flag of ['secure', 'httponly']) {
    const arg = call.args.find((a) => a.name === flag);
    if (!arg) missing.push(`${flag}=True`);
    else if (arg.value.text !== 'True') edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, newText: 'True' });
  }
  if (missing.length) {
    const inner = text.slice(call.argsNode.startIndex + 1, call.argsNode.endIndex - 1);
    if (call.args.length !== namedArgCount(call.argsNode)) return undefined; // `**kwargs` may already set them
    const trimmed = inner.replace(/\s*$/, '');
    const at = call.argsNode.startIndex + 1 + trimmed.length;
    edits.push({ start: at, end: at, newText: `${trimmed.endsWith(',') ? ' ' : ', '}${missing.join(', ')}` });
  }
  return edits.length ? edits : undefined;
});

/** Arguments in an argument list, counting `*args`/`**kwargs` (which `CallSite.args` leaves out). */
function namedArgCount(argsNode: import('web-tree-sitter').Node): number {
  let count = 0;
  for (let i = 0; i < argsNode.namedChildCount; i++) if (!argsNode.namedChild(i)?.type.includes('comment')) count++;
  return count;
}

// `paramiko.AutoAddPolicy()` → `paramiko.RejectPolicy()`; skipped for a class imported by name (RejectPolicy
// would not be defined there).
registerFix('python-paramiko-reject-policy', (match) => {
  const callee = match.call?.calleeNode;
  const attribute = callee?.type === 'attribute' ? callee.childForFieldName('attribute') : null;
  if (!attribute) return undefined;
  return [{ start: attribute.startIndex, end: attribute.endIndex, newText: 'RejectPolicy' }];
});

// lxml `XMLParser(resolve_entities=True)` → `False`, `no_network=False` → `True`.
registerFix('python-lxml-no-entities', (match) => {
  const edits: { start: number; end: number; newText: string }[] = [];
  for (const arg of match.call?.args ?? []) {
    if (arg.name === 'resolve_entities' && arg.value.text === 'True') edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, newText: 'False' });
    if (arg.name === 'no_network' && arg.value.text === 'False') edits.push({ start: arg.value.startIndex, end: arg.value.endIndex, newText: 'True' });
  }
  return edits.length ? edits : undefined;
});

// A secret key written into the code → `os.environ["<NAME>"]`, named after the setting (`app.secret_key` →
// `SECRET_KEY`). Unsafe: the program now needs the variable set, and the key that was in the code is still in the
// history, so it must be revoked. A key already read from the environment with a constant default is left alone.
registerFix('python-secret-key-from-environment', (match, { text }) => {
  if (match.call) return undefined;
  const value = match.captures.get('value');
  const name = (match.captures.get('key') ?? match.captures.get('target'))?.text.replace(/^['"]|['"]$/g, '').split('.').pop()?.toUpperCase();
  if (!value || !name || !/^[A-Z_][A-Z0-9_]*$/.test(name)) return undefined;
  const edits = [{ start: value.startIndex, end: value.endIndex, newText: `os.environ["${name}"]` }];
  if (!/^import os\s*$|^import os,|^import .*, ?os\b/m.test(text)) {
    // An import above `from __future__` would be a syntax error; such files are left for a person.
    if (/^from __future__ import/m.test(text)) return undefined;
    edits.push({ start: 0, end: 0, newText: 'import os\n' });
  }
  return edits;
});
