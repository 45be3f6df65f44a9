/**
 * Tokens, keys and passwords written into MCP server definitions (`env`, `headers`, secret-named `args`, URL query
 * parameters). The fix moves an `env`/`headers` value out of the file: a `${input:…}` prompt with `"password": true`
 * in `.vscode/mcp.json`, an environment reference where the client expands one.
 */
import type { Node } from 'jsonc-parser';
import type { FixDraft, ModuleContext, ModuleRule, OffsetEdit } from '../../engine/module';
import { indentationAt, jsonString, propertiesOf, propertyOf, rangeOf, stringOf } from './json';
import { isSecretName, literalSecret, looksLikeSecret } from './secret-values';
import { type McpConfig, type McpHost, type McpServer, mcpConfig } from './servers';

/** A secret found in an `env` or `headers` value: it can be moved out of the file. */
interface MovableSecret {
  server: string;
  key: string;
  where: 'env' | 'headers';
  node: Node;
  value: string;
  secret: string;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function environmentName(s: MovableSecret): string {
  if (s.where === 'env' && ENV_NAME.test(s.key)) return s.key;
  const base = /^authorization$/i.test(s.key) ? `${s.server}_TOKEN` : `${s.server}_${s.key}`;
  return base.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'MCP_SECRET';
}

function inputId(s: MovableSecret, shared: boolean): string {
  const base = s.where === 'env' ? s.key : /^authorization$/i.test(s.key) ? `${s.server}-token` : s.key;
  const id = (shared ? `${s.server}-${base}` : base).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return id || 'mcp-secret';
}

function reference(host: McpHost, name: string): string | undefined {
  switch (host) {
    case 'vscode-settings':
    case 'cursor':
      return `\${env:${name}}`;
    case 'claude-code':
    case 'gemini':
      return `\${${name}}`;
    default:
      return undefined;
  }
}

function inputEntry(id: string, s: MovableSecret): string {
  const description = /^authorization$/i.test(s.key) ? `API token for the ${s.server} MCP server` : `${s.key} for the ${s.server} MCP server`;
  return `{ "type": "promptString", "id": ${jsonString(id)}, "description": ${jsonString(description)}, "password": true }`;
}

/** Replaces the secret inside the value (keeping `Bearer ` and the like) by `replacement`. */
function valueEdit(s: MovableSecret, replacement: string): OffsetEdit {
  return { ...rangeOf(s.node), newText: jsonString(s.value.replace(s.secret, replacement)) };
}

/** The edit that declares the missing `${input:…}` entries of `.vscode/mcp.json`. */
function inputsEdits(ctx: ModuleContext, config: McpConfig, own: { id: string; entry: string }, allMissing: { id: string; entry: string }[]): OffsetEdit[] {
  const inputs = propertyOf(config.container, 'inputs');
  if (inputs?.type === 'array' && (inputs.children?.length ?? 0) > 0) {
    // Each fix adds its own entry at the head of the list; several such inserts compose.
    const first = inputs.children![0]!;
    const sameLine = !ctx.text.slice(inputs.offset, first.offset).includes('\n');
    const indent = sameLine ? ' ' : `\n${indentationAt(ctx.text, first.offset)}`;
    return [{ start: inputs.offset + 1, end: inputs.offset + 1, newText: `${indent}${own.entry},` }];
  }
  // No entries yet: every fix of the file writes the same list (so applying several shares one edit).
  const firstKey = propertiesOf(config.container)[0]?.keyNode;
  if (inputs?.type === 'array') {
    const indent = indentationAt(ctx.text, inputs.offset);
    const body = allMissing.map((m) => `${indent}  ${m.entry}`).join(',\n');
    return [{ start: inputs.offset, end: inputs.offset + inputs.length, newText: `[\n${body}\n${indent}]` }];
  }
  if (!firstKey) return [];
  const indent = indentationAt(ctx.text, firstKey.offset);
  const body = allMissing.map((m) => `${indent}  ${m.entry}`).join(',\n');
  return [{ start: firstKey.offset, end: firstKey.offset, newText: `"inputs": [\n${body}\n${indent}],\n${indent}` }];
}

function moveFixes(ctx: ModuleContext, config: McpConfig, movable: MovableSecret[]): Map<MovableSecret, FixDraft> {
  const fixes = new Map<MovableSecret, FixDraft>();
  if (config.host === 'vscode') {
    const declaredIds = new Set<string>();
    for (const entry of propertyOf(config.container, 'inputs')?.children ?? []) {
      const id = stringOf(propertyOf(entry, 'id'));
      if (id) declaredIds.add(id);
    }
    const counts = new Map<string, number>();
    for (const s of movable) counts.set(inputId(s, false), (counts.get(inputId(s, false)) ?? 0) + 1);
    const ids = movable.map((s) => ({ s, id: inputId(s, (counts.get(inputId(s, false)) ?? 0) > 1) }));
    const missing = ids.filter((x) => !declaredIds.has(x.id)).map((x) => ({ id: x.id, entry: inputEntry(x.id, x.s) }));
    const unique = missing.filter((m, i) => missing.findIndex((n) => n.id === m.id) === i);
    for (const { s, id } of ids) {
      const edits = [valueEdit(s, `\${input:${id}}`)];
      if (!declaredIds.has(id)) edits.push(...inputsEdits(ctx, config, { id, entry: inputEntry(id, s) }, unique));
      fixes.set(s, { title: `Prompt for ${s.key} with \${input:${id}} (unsafe)`, safety: 'unsafe', edits });
    }
    return fixes;
  }
  for (const s of movable) {
    const name = environmentName(s);
    const ref = reference(config.host, name);
    if (ref) fixes.set(s, { title: `Read ${s.key} from the environment variable ${name} (unsafe)`, safety: 'unsafe', edits: [valueEdit(s, ref)] });
  }
  return fixes;
}

const SECRET_FLAG = /^--?([\w-]*(token|secret|password|passwd|api-?key|apikey|access-?key|auth|credential)[\w-]*)(=(.*))?$/i;

/** A secret that can only be reported: in `args` or in the server URL. */
interface FixedSecret {
  node: Node;
  where: 'args' | 'url';
  key: string;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `--api-key sk-…`, `--token=…`, `-e GITHUB_TOKEN=ghp_…`, `Authorization: Bearer …`, provider-shaped values, URL keys. */
function fixedSecrets(server: McpServer): FixedSecret[] {
  const out: FixedSecret[] = [];
  server.args.forEach((arg, i) => {
    const flag = SECRET_FLAG.exec(arg.value);
    const next = server.args[i + 1];
    if (flag) {
      if (flag[4] !== undefined && literalSecret(flag[1]!, flag[4])) out.push({ node: arg.node, where: 'args', key: flag[1]! });
      else if (flag[4] === undefined && next && !next.value.startsWith('-') && literalSecret(flag[1]!, next.value)) out.push({ node: next.node, where: 'args', key: flag[1]! });
      return;
    }
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(arg.value) ?? /^([\w-]+)\s*:\s+(.+)$/.exec(arg.value);
    if (assignment) {
      if (isSecretName(assignment[1]!) && literalSecret(assignment[1]!, assignment[2]!)) out.push({ node: arg.node, where: 'args', key: assignment[1]! });
    } else if (looksLikeSecret(arg.value) && !SECRET_FLAG.test(server.args[i - 1]?.value ?? '')) {
      out.push({ node: arg.node, where: 'args', key: 'argument' });
    }
  });
  if (server.url) {
    const query = /[?&]([\w-]*(key|token|secret|auth|password)[\w-]*)=([^&#]+)/i.exec(server.url.value);
    if (query && literalSecret(query[1]!, safeDecode(query[3]!))) out.push({ node: server.url.node, where: 'url', key: query[1]! });
  }
  return out;
}

export const rule: ModuleRule = {
  check(ctx) {
    const config = mcpConfig(ctx);
    if (!config) return;
    const movable: MovableSecret[] = [];
    for (const server of config.servers) {
      for (const where of ['env', 'headers'] as const) {
        for (const p of propertiesOf(server[where])) {
          const value = stringOf(p.value);
          const secret = value === undefined ? undefined : literalSecret(p.key, value);
          if (secret) movable.push({ server: server.name, key: p.key, where, node: p.value, value: value!, secret });
        }
      }
    }
    const fixes = moveFixes(ctx, config, movable);
    for (const s of movable) {
      const fix = fixes.get(s);
      ctx.report({ ...rangeOf(s.node), names: { server: s.server, key: s.key, where: s.where }, ...(fix ? { fixes: [fix] } : {}) });
    }
    for (const server of config.servers) {
      for (const f of fixedSecrets(server)) ctx.report({ ...rangeOf(f.node), names: { server: server.name, key: f.key, where: f.where } });
    }
  },
};
