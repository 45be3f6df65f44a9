/**
 * The whole process environment sent over the network: `requests.post(url, json=dict(os.environ))`,
 * `fetch(url, {body: JSON.stringify(process.env)})`, `curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(getenv()))`,
 * `env | curl -d @- …`. One variable read by name (`os.environ["API_URL"]`) is configuration; the whole
 * environment holds every token and key of the machine and is what credential stealers collect.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleContext, ModuleRule } from '../../engine/module';
import { namedChildren } from '../../languages/language';
import { callsNamed, nodesAroundWord } from '../../languages/query';
import { type Code, allCalls, findWithin, resolveCall } from './syntax';

/** Calls that send their arguments over the network, by language family (resolved names). */
const SENDERS: Record<string, RegExp> = {
  python: /^(requests|httpx)\.(get|post|put|patch|delete|request|head|options|stream)$|^urllib\.request\.(urlopen|Request)$|^urllib3\.request$|(^|\.)(post|put|patch|send|sendall|sendto|urlopen|request|ws_connect)$/,
  javascript: /^(fetch|node-fetch|undici\.(fetch|request)|axios|got|needle|superagent\.\w+|(http|https)\.(request|get)|navigator\.sendBeacon)$|^(axios|got|needle|ky)\.\w+$|(^|\.)(post|put|patch|send|sendBeacon|request|emit)$/,
  php: /^(curl_setopt|curl_setopt_array|stream_context_create|fsockopen|mail|wp_remote_post|wp_remote_request)$|(^|\.)(post|put|patch|request|send|sendAsync|postAsync|requestAsync)$/,
};

/** Text the whole environment cannot be named without: files without it are not searched. */
const ENVIRONMENT_TEXT: Record<string, RegExp> = {
  python: /\benvironb?\b/,
  javascript: /\bprocess\s*\.\s*env\b/,
  php: /\$_ENV\b|\$_SERVER\b|\bgetenv\b/,
};

/** Every name of Python's {@link SENDERS}, as a focused parse reads names (engine/focus.ts). */
const PYTHON_SENDERS = [
  ...['requests', 'httpx'].flatMap((m) => ['get', 'post', 'put', 'patch', 'delete', 'request', 'head', 'options', 'stream'].map((n) => `${m}.${n}`)),
  'urllib.request.urlopen', 'urllib.request.Request', 'urllib3.request',
  ...['post', 'put', 'patch', 'send', 'sendall', 'sendto', 'urlopen', 'request', 'ws_connect'].flatMap((n) => [n, `*.${n}`]),
];

/** Every last name a callee matching Python's {@link SENDERS} can have. */
const PYTHON_SENDER_NAMES = [...new Set(PYTHON_SENDERS.map((n) => n.slice(n.lastIndexOf('.') + 1)))];

/** The last names of Python's {@link SENDERS} (or their module), where they are called or imported. */
const PYTHON_SENDER_TEXT = /\b(?:requests|httpx|request|urlopen|post|put|patch|send|sendall|sendto|ws_connect)\b/;

/** The commands that print the environment ({@link dumpsEnvironment}) and those that send it ({@link SHELL_SENDERS}). */
const SHELL_DUMP_TEXT = /\benv\b|printenv|\bexport\b|\bdeclare\b|\bset\b|environ/;
const SHELL_SENDER_TEXT = /curl|wget|\bnc\b|ncat|netcat|socat|telnet|openssl|http|\bxh\b/;

/** Receivers whose `send`/`emit`/`post` is not a network call. */
const LOCAL_RECEIVER = /^(process\.(stdout|stderr)|console|logger|log|logging|events?|emitter|bus|queue|worker|parentPort)\./i;

function family(code: Code): string {
  return ['javascript', 'typescript', 'tsx'].includes(code.language.id) ? 'javascript' : code.language.id;
}

/** Whether `node` is the whole environment (not one variable read from it). */
function wholeEnvironment(node: Node, code: Code): boolean {
  const lang = family(code);
  const parent = node.parent;
  if (lang === 'python') {
    if (node.type !== 'attribute' && node.type !== 'identifier') return false;
    // `environ` as the attribute of `os.environ` is judged with its attribute node, not alone.
    if (node.type === 'identifier' && parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === node.id) return false;
    const resolved = resolveName(node.text, code);
    if (!/^os\.environb?$/.test(resolved)) return false;
    if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === node.id) return false;
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === node.id) {
      return /^(copy|items|values)$/.test(parent.childForFieldName('attribute')?.text ?? '');
    }
    return !passedAsChildEnvironment(node);
  }
  if (lang === 'javascript') {
    if (node.type !== 'member_expression' || node.text.replace(/\s+/g, '') !== 'process.env') return false;
    if ((parent?.type === 'member_expression' || parent?.type === 'subscript_expression') && parent.childForFieldName('object')?.id === node.id) return false;
    return !passedAsChildEnvironment(node);
  }
  if (lang === 'php') {
    if (node.type === 'variable_name') {
      if (!/^\$_(ENV|SERVER)$/.test(node.text)) return false;
      return !(parent?.type === 'subscript_expression' && parent.namedChild(0)?.id === node.id);
    }
    if (node.type === 'function_call_expression') {
      const site = code.language.callSite(node);
      return site?.callee === 'getenv' && site.args.length === 0;
    }
  }
  return false;
}

/** `env=os.environ` / `{env: process.env}`: handed to a child process, not sent anywhere. */
function passedAsChildEnvironment(node: Node): boolean {
  const holder = node.parent;
  if (!holder) return false;
  if (holder.type === 'keyword_argument') return holder.childForFieldName('name')?.text === 'env';
  if (holder.type === 'pair') return /^['"]?env['"]?$/.test(holder.childForFieldName('key')?.text ?? '');
  return false;
}

function resolveName(written: string, code: Code): string {
  const head = written.split('.')[0]!;
  const module = code.imports.get(head);
  return module ? module + written.slice(head.length) : written;
}

function checkCode(ctx: ModuleContext): void {
  const code = ctx.code!;
  const senders = SENDERS[family(code)];
  if (!senders) return;
  // Python's senders all end in a known name: only calls by those names (or imported under another) are looked at.
  if (family(code) === 'python') return reportSenders(ctx, callsNamed(code.root, ctx.text, PYTHON_SENDER_NAMES, code.imports, [...code.language.kinds.call, ...code.language.kinds.new]), senders);
  // JavaScript's may have any name, and every call would be looked at: unless the file holds the whole environment
  // somewhere (most name one variable of it, `process.env.PORT`), when none can send it. (Anywhere in the file: an
  // argument may name a variable bound outside the part searched.)
  if (family(code) === 'javascript' && !nodesAroundWord(code.tree.rootNode, ctx.text, 'env', MEMBER, NOTHING).some((n) => wholeEnvironment(n, code))) return;
  reportSenders(ctx, allCalls(code.root, code), senders);
}

const MEMBER: ReadonlySet<string> = new Set(['member_expression']);
const NOTHING: ReadonlySet<string> = new Set();

/** Reports the calls among `candidates` that send the whole environment. */
function reportSenders(ctx: ModuleContext, candidates: Node[], senders: RegExp): void {
  const code = ctx.code!;
  for (const node of candidates) {
    const call = resolveCall(node, code);
    if (!call || !call.names.some((n) => senders.test(n)) || LOCAL_RECEIVER.test(call.site.callee)) continue;
    // A `send`/`post` method is only trusted as a network call when its receiver is not the environment itself.
    if (/^(os\.environ|process\.env)\./.test(call.site.callee)) continue;
    const found = call.site.args.some((a) => a.name !== 'env' && findWithin(a.value, code, (n) => wholeEnvironment(n, code)));
    if (found) ctx.report({ start: node.startIndex, end: node.endIndex, names: { callee: call.site.callee } });
  }
}

const SHELL_SENDERS = /^(curl|wget|nc|ncat|netcat|socat|telnet|openssl|http|https|xh)$/;

function commandName(command: Node): string {
  return command.childForFieldName('name')?.text.replace(/^.*\//, '') ?? '';
}

/** `env`, `printenv`, `export -p`, `cat /proc/self/environ`: a command that prints the whole environment. */
function dumpsEnvironment(command: Node): boolean {
  const name = commandName(command);
  const words = namedChildren(command).slice(1).map((w) => w.text);
  if (name === 'env' || name === 'printenv') return words.length === 0 || words.every((w) => /^-/.test(w));
  if (name === 'export' || name === 'declare') return words.length === 1 && /^-[px]+$/.test(words[0]!);
  if (name === 'set') return words.length === 0;
  if (name === 'cat' || name === 'strings') return words.some((w) => /\/proc\/(self|\$\$|\d+)\/environ/.test(w));
  return false;
}

function checkShell(ctx: ModuleContext): void {
  const root = ctx.code!.root;
  const reported = new Set<number>();
  for (const pipeline of root.descendantsOfType('pipeline')) {
    if (!pipeline) continue;
    const commands = namedChildren(pipeline).filter((c) => c.type === 'command');
    const dump = commands.findIndex(dumpsEnvironment);
    const sender = commands.findIndex((c, i) => i > dump && SHELL_SENDERS.test(commandName(c)));
    if (dump < 0 || sender < 0) continue;
    reported.add(commands[sender]!.id);
    ctx.report({ start: pipeline.startIndex, end: pipeline.endIndex, names: { callee: commandName(commands[sender]!) } });
  }
  for (const command of root.descendantsOfType('command')) {
    if (!command || reported.has(command.id) || !SHELL_SENDERS.test(commandName(command))) continue;
    const words = namedChildren(command).slice(1);
    const substituted = words.some((w) => w.descendantsOfType('command').some((c) => !!c && dumpsEnvironment(c)));
    const environFile = words.some((w) => /(^@?|=@?)\/proc\/(self|\$\$|\d+)\/environ$/.test(w.text));
    if (substituted || environFile) ctx.report({ start: command.startIndex, end: command.endIndex, names: { callee: commandName(command) } });
  }
}

export const rule: ModuleRule = {
  region: true,
  // Python's senders are found by their names; the environment in their arguments, or in the variables these name.
  focus: (language) => (language === 'python' ? { names: PYTHON_SENDERS, arguments: true } : undefined),
  applies(text, _unreviewed, formats) {
    if (formats.has('bash')) return SHELL_DUMP_TEXT.test(text) && SHELL_SENDER_TEXT.test(text);
    if (formats.has('python')) return ENVIRONMENT_TEXT.python!.test(text) && PYTHON_SENDER_TEXT.test(text);
    return formats.has('javascript') ? ENVIRONMENT_TEXT.javascript!.test(text) : formats.has('php') && ENVIRONMENT_TEXT.php!.test(text);
  },
  check(ctx) {
    if (!ctx.code) return;
    if (ctx.code.language.id === 'bash') checkShell(ctx);
    else checkCode(ctx);
  },
};
