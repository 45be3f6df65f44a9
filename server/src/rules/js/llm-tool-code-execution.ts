/**
 * Agent tools whose handler passes its arguments — chosen by the model — to a shell, `eval`/`vm`, or a raw SQL
 * call. Tool handlers are recognised in the Vercel AI SDK and OpenAI Agents SDK (`execute` beside `parameters`,
 * `inputSchema` or `description`), LangChain (`func`, `tool(fn, {...})`) and MCP servers (`server.tool(...,
 * handler)`, `registerTool`). Data flow follows the handler's parameters through local variables.
 */
import type { Node } from 'web-tree-sitter';
import type { ModuleRule } from '../../engine/module';
import { candidateNames } from '../../engine/names';
import { namedChildren, normaliseCallee } from '../../languages/language';
import { nodesAtText } from '../../languages/query';

const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function']);
const TOOL_KEYS = new Set(['parameters', 'inputSchema', 'schema', 'description', 'name']);

/** Sinks by resolved callee, with what the model gets to choose there. */
const SINKS: [RegExp, string][] = [
  [/^child_process\.(exec|execSync|spawn|spawnSync|execFile|execFileSync)$/, 'the command'],
  [/^(eval|Function|(window|globalThis)\.eval)$/, 'the JavaScript code'],
  [/^vm\.(runInNewContext|runInContext|runInThisContext|compileFunction|Script)$/, 'the JavaScript code'],
  [/\.(\$queryRawUnsafe|\$executeRawUnsafe|query|execute|raw)$/, 'the SQL statement'],
];

/** The handler functions of agent tool definitions in the file. */
function toolHandlers(root: Node, text: string): Node[] {
  const handlers: Node[] = [];
  // Candidates by their text: `execute:`/`func:` properties and calls of `tool`/`….tool`/`registerTool`.
  for (const pair of nodesAtText(root, text, /\b(?:execute|func)['"]?\s*:/g, ['pair'])) {
    const key = pair.childForFieldName('key')?.text.replace(/^['"]|['"]$/g, '');
    const value = pair.childForFieldName('value');
    if (!value || !FUNCTIONS.has(value.type) || (key !== 'execute' && key !== 'func')) continue;
    const siblings = namedChildren(pair.parent).map((p) => p.childForFieldName('key')?.text ?? '');
    if (siblings.some((k) => TOOL_KEYS.has(k))) handlers.push(value);
  }
  for (const call of nodesAtText(root, text, /\b(?:tool|registerTool)\s*\(/g, ['call_expression'])) {
    const callee = call.childForFieldName('function');
    const args = namedChildren(call.childForFieldName('arguments'));
    if (!callee || !args.length) continue;
    const name = normaliseCallee(callee.text);
    if (name === 'tool' && FUNCTIONS.has(args[0]!.type)) handlers.push(args[0]!);
    else if (/\.(tool|registerTool)$/.test(name) && FUNCTIONS.has(args[args.length - 1]!.type)) handlers.push(args[args.length - 1]!);
  }
  return handlers;
}

/** Names bound to the handler's parameters, and to local variables computed from them. */
function modelControlledNames(handler: Node): Set<string> {
  const names = new Set<string>();
  const params = handler.childForFieldName('parameters') ?? handler.childForFieldName('parameter');
  for (const id of params ? [params, ...params.descendantsOfType(['identifier', 'shorthand_property_identifier_pattern'])] : []) {
    if (id && (id.type === 'identifier' || id.type === 'shorthand_property_identifier_pattern')) names.add(id.text);
  }
  const body = handler.childForFieldName('body');
  const declarators = body ? body.descendantsOfType('variable_declarator') : [];
  for (let pass = 0; pass < 3; pass++) {
    for (const d of declarators) {
      const value = d?.childForFieldName('value');
      const target = d?.childForFieldName('name');
      if (!value || !target || !mentions(value, names)) continue;
      for (const id of [target, ...target.descendantsOfType(['identifier', 'shorthand_property_identifier_pattern'])]) {
        if (id && (id.type === 'identifier' || id.type === 'shorthand_property_identifier_pattern')) names.add(id.text);
      }
    }
  }
  return names;
}

function mentions(node: Node, names: Set<string>): boolean {
  if ((node.type === 'identifier' || node.type === 'shorthand_property_identifier') && names.has(node.text)) return true;
  return namedChildren(node).some((child) => mentions(child, names));
}

export const rule: ModuleRule = {
  check(ctx) {
    const code = ctx.code;
    if (!code || !/\b(execute|func|tool|registerTool)\b/.test(ctx.text)) return;
    const seen = new Set<number>();
    for (const handler of toolHandlers(code.tree.rootNode, ctx.text)) {
      const names = modelControlledNames(handler);
      if (!names.size) continue;
      const body = handler.childForFieldName('body');
      if (!body) continue;
      for (const call of body.descendantsOfType(['call_expression', 'new_expression'])) {
        if (!call || seen.has(call.id)) continue;
        const site = code.language.callSite(call);
        const first = site?.args[0];
        if (!site || !first || !mentions(first.value, names)) continue;
        const resolved = candidateNames(site.callee, code.imports);
        const sink = SINKS.find(([pattern]) => resolved.some((n) => pattern.test(n)));
        if (!sink) continue;
        seen.add(call.id);
        ctx.report({ start: call.startIndex, end: call.endIndex, names: { callee: site.callee, what: sink[1] } });
      }
    }
  },
};
