/** Code fixes of the js pack, registered by name for `fix.module`. */
import { registerFix } from '../../engine/fix';

// `cp.exec("df -h", cb)` → `cp.execFile("df", ["-h"], cb)`: the same program without a shell. Only for member
// calls (a bare `exec` imported by destructuring would leave `execFile` undefined) and strings free of shell syntax.
registerFix('js-exec-to-exec-file', (match) => {
  const call = match.call;
  const command = call?.args.find((a) => a.index === 0);
  const callee = call?.calleeNode;
  if (!call || !command || callee?.type !== 'member_expression') return undefined;
  const property = callee.childForFieldName('property');
  if (!property || !/^exec(Sync)?$/.test(property.text)) return undefined;
  const literal = /^(['"`])([^'"`\\$|;&<>()*?[\]~{}#=]*)\1$/.exec(command.value.text);
  if (!literal) return undefined;
  const [program, ...words] = literal[2]!.trim().split(/\s+/).filter(Boolean);
  if (!program) return undefined;
  const args = words.length ? `, [${words.map((w) => JSON.stringify(w)).join(', ')}]` : '';
  return [
    { start: property.startIndex, end: property.endIndex, newText: property.text === 'exec' ? 'execFile' : 'execFileSync' },
    { start: command.value.startIndex, end: command.value.endIndex, newText: `${JSON.stringify(program)}${args}` },
  ];
});

// `el.innerHTML = data` → `el.textContent = data`: the data is shown as text instead of parsed as markup. Only plain
// `=` on `innerHTML` (appending with `+=` or replacing the element with `outerHTML` means something else).
registerFix('js-inner-html-to-text-content', (match) => {
  const target = match.captures.get('target');
  const assignment = match.captures.get('match');
  if (target?.type !== 'member_expression' || assignment?.type !== 'assignment_expression') return undefined;
  const property = target.childForFieldName('property');
  if (property?.text !== 'innerHTML') return undefined;
  return [{ start: property.startIndex, end: property.endIndex, newText: 'textContent' }];
});
