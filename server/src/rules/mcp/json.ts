/**
 * Small readers over jsonc-parser trees for the configuration rules of the mcp and agents packs: properties with
 * their key and value nodes, string values and array items, each with the offsets a finding reports.
 */
import type { Node } from 'jsonc-parser';

/** A property of a JSON object: its key (as written) and the nodes of key and value. */
export interface JsonProperty {
  key: string;
  keyNode: Node;
  value: Node;
}

/** The properties of an object node, in source order (none when the node is not an object). */
export function propertiesOf(node: Node | undefined): JsonProperty[] {
  if (node?.type !== 'object') return [];
  const out: JsonProperty[] = [];
  for (const child of node.children ?? []) {
    const [keyNode, value] = child.children ?? [];
    if (keyNode?.type === 'string' && value) out.push({ key: String(keyNode.value), keyNode, value });
  }
  return out;
}

/** The value node of `key` in an object node (the last one when a key repeats, as JSON readers do). */
export function propertyOf(node: Node | undefined, key: string): Node | undefined {
  let found: Node | undefined;
  for (const p of propertiesOf(node)) if (p.key === key) found = p.value;
  return found;
}

/** The value of a string node, or undefined. */
export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? String(node.value) : undefined;
}

/** A string item of an array, with its node. */
export interface JsonString {
  node: Node;
  value: string;
}

/** The string items of an array node (other items are skipped). */
export function stringItems(node: Node | undefined): JsonString[] {
  if (node?.type !== 'array') return [];
  return (node.children ?? []).filter((c) => c.type === 'string').map((c) => ({ node: c, value: String(c.value) }));
}

/** The offsets of a node, for `ctx.report`. */
export function rangeOf(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

/** A JSON string literal for `value` (for edits that write JSON). */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}

/** The whitespace that starts the line holding `offset` (to indent inserted properties like their neighbours). */
export function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}
