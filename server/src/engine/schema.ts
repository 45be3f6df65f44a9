/**
 * A small schema language: one definition yields the TypeScript type (through `Infer`), the JSON Schema (for
 * editor completion in rule and config files) and a validator with path-aware messages. Rules and the
 * configuration file are both defined with it, so the type, the schema and the checks can never drift apart.
 */

export interface ValidationError {
  /** Where the problem is, as `check()` writes it (`a.b[0]["c/d"]`); `pathSegments` splits it. */
  path: string;
  message: string;
  /** The problem is the key at `path` itself (unknown, or not matching the key pattern), not its value. */
  key?: true;
}

/** A schema node: validates a value and describes itself as JSON Schema. */
export interface Schema<T> {
  readonly __type?: T;
  readonly optional?: boolean;
  validate(value: unknown, path: string, errors: ValidationError[]): void;
  toJsonSchema(): Record<string, unknown>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type ObjectType<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> };
type Simplify<T> = { [K in keyof T]: T[K] } & {};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Edit distance, to suggest the key the author probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function withDescription<T>(schema: Schema<T>, description?: string): Schema<T> {
  if (!description) return schema;
  return { ...schema, toJsonSchema: () => ({ description, ...schema.toJsonSchema() }) };
}

/** A string, optionally restricted by a regular expression. */
export function string(options: { pattern?: RegExp; description?: string; minLength?: number } = {}): Schema<string> {
  return withDescription(
    {
      validate(value, path, errors) {
        if (typeof value !== 'string') errors.push({ path, message: `expected a string, found ${describe(value)}` });
        else if (options.minLength !== undefined && value.length < options.minLength)
          errors.push({ path, message: `must not be shorter than ${options.minLength} characters` });
        else if (options.pattern && !options.pattern.test(value))
          errors.push({ path, message: `"${value}" does not match ${options.pattern.source}` });
      },
      toJsonSchema: () => ({
        type: 'string',
        ...(options.pattern ? { pattern: options.pattern.source } : {}),
        ...(options.minLength !== undefined ? { minLength: options.minLength } : {}),
      }),
    },
    options.description,
  );
}

/** A number within optional bounds. */
export function number(options: { minimum?: number; maximum?: number; description?: string } = {}): Schema<number> {
  return withDescription(
    {
      validate(value, path, errors) {
        if (typeof value !== 'number' || !Number.isFinite(value))
          errors.push({ path, message: `expected a number, found ${describe(value)}` });
        else if ((options.minimum !== undefined && value < options.minimum) || (options.maximum !== undefined && value > options.maximum))
          errors.push({ path, message: `${value} is outside ${options.minimum ?? '-∞'}..${options.maximum ?? '∞'}` });
      },
      toJsonSchema: () => ({ type: 'number', minimum: options.minimum, maximum: options.maximum }),
    },
    options.description,
  );
}

/** A boolean. */
export function boolean(description?: string): Schema<boolean> {
  return withDescription(
    {
      validate(value, path, errors) {
        if (typeof value !== 'boolean') errors.push({ path, message: `expected true or false, found ${describe(value)}` });
      },
      toJsonSchema: () => ({ type: 'boolean' }),
    },
    description,
  );
}

/** One of a fixed set of strings. */
export function literal<const T extends readonly string[]>(values: T, description?: string): Schema<T[number]> {
  return withDescription(
    {
      validate(value, path, errors) {
        if (typeof value !== 'string' || !values.includes(value))
          errors.push({ path, message: `expected one of ${values.join(', ')}, found ${describe(value)}` });
      },
      toJsonSchema: () => ({ enum: [...values] }),
    },
    description,
  );
}

/** A list of items. */
export function array<T>(item: Schema<T>, options: { minItems?: number; description?: string } = {}): Schema<T[]> {
  return withDescription(
    {
      validate(value, path, errors) {
        if (!Array.isArray(value)) {
          errors.push({ path, message: `expected a list, found ${describe(value)}` });
          return;
        }
        if (options.minItems !== undefined && value.length < options.minItems)
          errors.push({ path, message: `needs at least ${options.minItems} item(s)` });
        value.forEach((v, i) => item.validate(v, `${path}[${i}]`, errors));
      },
      toJsonSchema: () => ({ type: 'array', items: item.toJsonSchema(), minItems: options.minItems }),
    },
    options.description,
  );
}

/** An object with known keys; unknown keys are errors (with a suggestion). */
export function object<S extends Shape>(shape: S, description?: string): Schema<Simplify<ObjectType<S>>> {
  return withDescription(
    {
      validate(value, path, errors) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          errors.push({ path, message: `expected an object, found ${describe(value)}` });
          return;
        }
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          if (!(key in shape)) {
            const close = Object.keys(shape).find((known) => distance(known, key) <= 2);
            errors.push({ path: join(path, key), message: `unknown key "${key}"${close ? ` (did you mean "${close}"?)` : ''}`, key: true });
          }
        }
        for (const [key, child] of Object.entries(shape)) {
          if (record[key] === undefined) {
            if (!child.optional) errors.push({ path: join(path, key), message: `"${key}" is required` });
          } else child.validate(record[key], join(path, key), errors);
        }
      },
      toJsonSchema: () => ({
        type: 'object',
        properties: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.toJsonSchema()])),
        required: Object.entries(shape).filter(([, v]) => !v.optional).map(([k]) => k),
        additionalProperties: false,
      }),
    },
    description,
  );
}

/** A map from any string key to values of one schema. */
export function record<T>(value: Schema<T>, options: { keyPattern?: RegExp; description?: string } = {}): Schema<Record<string, T>> {
  return withDescription(
    {
      validate(input, path, errors) {
        if (typeof input !== 'object' || input === null || Array.isArray(input)) {
          errors.push({ path, message: `expected an object, found ${describe(input)}` });
          return;
        }
        for (const [key, v] of Object.entries(input)) {
          if (options.keyPattern && !options.keyPattern.test(key))
            errors.push({ path: join(path, key), message: `key "${key}" does not match ${options.keyPattern.source}`, key: true });
          value.validate(v, join(path, key), errors);
        }
      },
      toJsonSchema: () => ({
        type: 'object',
        additionalProperties: value.toJsonSchema(),
        ...(options.keyPattern ? { propertyNames: { pattern: options.keyPattern.source } } : {}),
      }),
    },
    options.description,
  );
}

/** The first alternative that validates wins; errors of the closest alternative are reported. */
export function union<T extends Schema<unknown>[]>(...alternatives: T): Schema<Infer<T[number]>> {
  return {
    validate(value, path, errors) {
      let best: ValidationError[] | undefined;
      for (const alternative of alternatives) {
        const local: ValidationError[] = [];
        alternative.validate(value, path, local);
        if (local.length === 0) return;
        if (!best || local.length < best.length) best = local;
      }
      errors.push(...(best ?? []));
    },
    toJsonSchema: () => ({ anyOf: alternatives.map((a) => a.toJsonSchema()) }),
  };
}

/** Marks an object key as optional. */
export function optional<T>(schema: Schema<T>): Schema<T> & { optional: true } {
  return { ...schema, optional: true };
}

/** A schema defined later, for recursive structures. */
export function lazy<T>(get: () => Schema<T>): Schema<T> {
  return {
    validate: (value, path, errors) => get().validate(value, path, errors),
    toJsonSchema: () => ({ $ref: '#/definitions/matcher' }),
  };
}

function join(path: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** A path step as `join` and the list validator write it: `.key` (or a leading `key`), `[0]` or `["any key"]`. */
const PATH_STEP = /(?:^|\.)([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * Splits a validation path back into keys and indexes (for jsonc-parser's `findNodeAtLocation`), the inverse of
 * how the validators build it. Stops at the first step it cannot read, so a path it does not know yields its prefix.
 */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  PATH_STEP.lastIndex = 0;
  for (let match = PATH_STEP.exec(path); match; match = PATH_STEP.exec(path)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}

/** Validates and returns the errors (empty when valid). */
export function check<T>(schema: Schema<T>, value: unknown): ValidationError[] {
  const errors: ValidationError[] = [];
  schema.validate(value, '', errors);
  return errors;
}
