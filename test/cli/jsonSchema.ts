/**
 * A small JSON Schema (draft-04/07 subset) validator: enough for the SARIF 2.1.0 schema ($ref to local
 * definitions, type, enum, const, required, properties, additionalProperties, items, min/max, minItems,
 * uniqueItems, pattern, oneOf/anyOf, format uri). It backs up the SARIF multitool, which accepts unknown enum
 * values such as a bogus `level` without a word.
 */
type Schema = Record<string, unknown>;

export interface SchemaError {
  path: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Validates `value` against `schema` (whose `#/definitions/...` references resolve against `root`). */
export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (message: string) => errors.push({ path, message });
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>((node, key) => (node as Schema)?.[key], root);
    if (!target) return [{ path, message: `unresolved $ref ${schema.$ref}` }];
    return validate(target as Schema, value, root, path);
  }
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeMatches(t, actual))) return [{ path, message: `expected ${types.join('|')}, got ${actual}` }];
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) fail(`expected ${JSON.stringify(schema.const)}`);
  if (actual === 'integer' || actual === 'number') {
    const n = value as number;
    if (typeof schema.minimum === 'number' && n < schema.minimum) fail(`${n} is less than ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && n > schema.maximum) fail(`${n} is more than ${schema.maximum}`);
  }
  if (actual === 'string') {
    const s = value as string;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(s)) fail(`"${s}" does not match ${schema.pattern}`);
    if (schema.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(s)) fail(`"${s}" is not an absolute URI`);
    if (schema.format === 'uri-reference' && /\s/.test(s)) fail(`"${s}" is not a URI reference`);
  }
  if (actual === 'array') {
    const items = value as unknown[];
    if (typeof schema.minItems === 'number' && items.length < schema.minItems) fail(`fewer than ${schema.minItems} items`);
    if (schema.uniqueItems === true && new Set(items.map((i) => JSON.stringify(i))).size !== items.length) fail('items are not unique');
    if (schema.items && typeof schema.items === 'object') items.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, root, `${path}[${i}]`)));
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) fail(`missing required property "${key}"`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, child] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(properties[key]!, child, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unexpected property "${key}"`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as Schema, child, root, `${path}.${key}`));
    }
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((option) => validate(option, value, root, path).length === 0).length;
    if (keyword === 'oneOf' ? passing !== 1 : passing === 0) fail(`${keyword}: ${passing} of ${options.length} alternatives match`);
  }
  return errors;
}
