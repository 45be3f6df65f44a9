/**
 * The one definition of a rule. `RuleSchema` is at once the TypeScript type (`Rule`), the JSON Schema written to
 * `server/src/rules/rule.schema.json` (for completion in rule files) and the validator the loader runs.
 */
import * as s from './schema';
import { CONFIDENCES, SEVERITIES } from './finding';
import type { SourceKind } from './sources/types';

/** Languages and file formats a rule can target. `javascript` covers JS, JSX, TS and TSX. */
export const RULE_LANGUAGES = [
  'javascript', 'python', 'go', 'java', 'csharp', 'php', 'ruby', 'bash', 'cpp', 'rust', 'powershell',
  'yaml', 'json', 'text', 'dockerfile', 'markdown', 'agent-rules', 'mcp-config', 'gha-workflow', 'gitlab-ci',
  'docker-compose', 'package-json', 'requirements', 'pyproject', 'go-mod', 'vscode-settings', 'claude-settings',
] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

const regex = (description: string) => s.string({ description, minLength: 1 });

/** The kinds of untrusted source a sink rule can be limited to (`sources:`). */
export const TAINT_KINDS = ['http', 'cli', 'stdin', 'file', 'llm', 'env', 'network'] as const satisfies readonly SourceKind[];

/** A condition on one argument, a property value, an assigned value or a query capture. */
export const ValueConstraintSchema: s.Schema<ValueConstraint> = s.object({
  present: s.optional(s.boolean('true: must be present; false: must be absent.')),
  literal: s.optional(s.boolean('true: a constant (literal, or built only from constants); false: anything else.')),
  value: s.optional(regex('Regular expression on the constant value (unquoted string content, or the source text of numbers, booleans and names).')),
  text: s.optional(regex('Regular expression on the source text of the expression.')),
  kind: s.optional(s.array(s.string(), { description: 'Tree-sitter node kinds the expression must have.' })),
  built: s.optional(s.boolean('true: a string built from non-constant parts (concatenation, interpolation, format, %).')),
  not: s.optional(s.lazy(() => ValueConstraintSchema)),
}) as s.Schema<ValueConstraint>;
export interface ValueConstraint {
  present?: boolean;
  literal?: boolean;
  value?: string;
  text?: string;
  kind?: string[];
  built?: boolean;
  not?: ValueConstraint;
}

const names = s.union(s.string({ minLength: 1 }), s.array(s.string({ minLength: 1 }), { minItems: 1 }));

/**
 * What to look for in a syntax tree. Exactly one anchor (`call`, `new`, `assign`, `property`, `query`, `anyOf`);
 * every other key narrows it.
 */
export interface Matcher {
  call?: string | string[];
  new?: string | string[];
  assign?: string | string[];
  property?: string | string[];
  query?: string;
  anyOf?: Matcher[];
  args?: Record<string, ValueConstraint>;
  value?: ValueConstraint;
  captures?: Record<string, ValueConstraint>;
  inside?: Matcher;
  notInside?: Matcher;
  imports?: string[];
  sink?: string;
  /** Source kinds that make a sink finding high confidence; other sources count as unknown origin. */
  sources?: SourceKind[];
  report?: string;
}

/** Flattens `anyOf` into the alternatives that carry an anchor or a query (each inherits what it does not set). */
export function alternatives(m: Matcher): Matcher[] {
  if (!m.anyOf) return [m];
  let flat = flattened.get(m);
  if (!flat) flattened.set(m, (flat = m.anyOf.flatMap((sub) => alternatives({ ...m, anyOf: undefined, ...sub, ...(sub.anyOf ? { anyOf: sub.anyOf } : {}) } as Matcher))));
  return flat;
}

const flattened = new WeakMap<Matcher, Matcher[]>();

export const MatcherSchema: s.Schema<Matcher> = s.object({
  call: s.optional(names),
  new: s.optional(names),
  assign: s.optional(names),
  property: s.optional(names),
  query: s.optional(s.string({ description: 'A raw tree-sitter query; capture the reported node as @match.' })),
  anyOf: s.optional(s.array(s.lazy(() => MatcherSchema), { minItems: 1 })),
  args: s.optional(s.record(ValueConstraintSchema, { keyPattern: /^(\d+|[A-Za-z_$][\w$]*)(\|(\d+|[A-Za-z_$][\w$]*))*$/, description: 'Argument by position (0-based) or name; `0|cmd` means either.' })),
  value: s.optional(ValueConstraintSchema),
  captures: s.optional(s.record(ValueConstraintSchema)),
  inside: s.optional(s.lazy(() => MatcherSchema)),
  notInside: s.optional(s.lazy(() => MatcherSchema)),
  imports: s.optional(s.array(s.string(), { description: 'The file must import one of these modules.' })),
  sink: s.optional(s.string({ description: 'Argument (as in `args`) or capture whose data flow sets the confidence.' })),
  sources: s.optional(s.array(s.literal(TAINT_KINDS), { minItems: 1, description: 'With `sink`: the source kinds that raise the confidence (default: all); e.g. a path from the command line is not path traversal.' })),
  report: s.optional(s.string({ description: 'Capture or argument to report instead of the whole match.' })),
}) as s.Schema<Matcher>;

/** A regular expression over the file text: secrets, hidden characters, phrases. */
export const TextMatcherSchema = s.object({
  regex: regex('JavaScript regular expression (source, without slashes).'),
  flags: s.optional(s.string({ pattern: /^[imsu]*$/ })),
  group: s.optional(s.number({ minimum: 0, maximum: 9, description: 'Capture group that is reported (default: the whole match).' })),
  minEntropy: s.optional(s.number({ minimum: 0, maximum: 8, description: 'Minimum Shannon entropy (bits per character) of the reported text.' })),
  placeholders: s.optional(s.boolean('Skip obvious placeholders and dummies (YOUR_API_KEY, xxxx, <token>, changeme, …). Default true.')),
  validator: s.optional(s.string({ description: 'Named checksum validator (see engine/secrets.ts).' })),
  scope: s.optional(s.literal(['any', 'code', 'strings', 'comments'] as const, 'Where, in code files, a match counts.')),
});

/** A fix described as data: edits of captures with `{{capture}}` templates. */
export const FixEditSchema = s.object({
  target: s.string({ description: '`match`, a capture name, `arg:<key>` or `args` (the argument list).' }),
  action: s.literal(['replace', 'insertBefore', 'insertAfter', 'remove', 'appendArgument', 'removeArgument'] as const),
  text: s.optional(s.string()),
});

export const FixSchema = s.object({
  title: s.string({ minLength: 3 }),
  safety: s.literal(['safe', 'unsafe'] as const),
  edits: s.optional(s.array(FixEditSchema, { minItems: 1 })),
  module: s.optional(s.string({ description: 'A fix implemented in code (engine/fixes), for edits data cannot express.' })),
});

export const RuleSchema = s.object({
  id: s.string({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, description: '<pack>/<kebab-name>; never reused.' }),
  title: s.string({ minLength: 5, description: 'One line, shown in lists and reports.' }),
  message: s.string({ minLength: 10, description: 'What was found and what to do; `{{capture}}` placeholders allowed.' }),
  languages: s.array(s.literal(RULE_LANGUAGES), { minItems: 1 }),
  severity: s.literal(SEVERITIES),
  confidence: s.literal(CONFIDENCES),
  category: s.string({ pattern: /^[a-z]+(-[a-z]+)*$/ }),
  cwe: s.array(s.string({ pattern: /^CWE-\d+$/ }), { minItems: 1 }),
  owasp: s.optional(s.array(s.string({ pattern: /^(A\d\d:20\d\d|LLM\d\d:20\d\d|CICD-SEC-\d+)$/ }))),
  status: s.optional(s.literal(['preview', 'stable', 'deprecated'] as const)),
  match: s.optional(MatcherSchema),
  text: s.optional(TextMatcherSchema),
  module: s.optional(s.boolean('The rule is implemented by <rule>.ts beside this file.')),
  builtin: s.optional(s.boolean('Reported by the engine itself (suppression checks), not by a matcher.')),
  keywords: s.optional(s.array(s.string({ minLength: 2 }), { description: 'A file must contain one of these to be analysed for this rule.' })),
  paths: s.optional(s.object({ include: s.optional(s.array(s.string())), exclude: s.optional(s.array(s.string())) })),
  fix: s.optional(FixSchema),
  references: s.optional(s.array(s.string({ pattern: /^https:\/\// }))),
});

export type Rule = s.Infer<typeof RuleSchema>;
export type TextMatcher = s.Infer<typeof TextMatcherSchema>;
export type FixSpec = s.Infer<typeof FixSchema>;
export type FixEdit = s.Infer<typeof FixEditSchema>;

/** Checks what the schema cannot: exactly one kind of matcher, one anchor per matcher, fixes that make sense. */
export function checkRuleSemantics(rule: Rule): string[] {
  const problems: string[] = [];
  const kinds = [rule.match, rule.text, rule.module, rule.builtin].filter((x) => x !== undefined);
  if (kinds.length !== 1) problems.push('a rule needs exactly one of match, text, module or builtin');
  const checkMatcher = (m: Matcher, where: string) => {
    const anchors = (['call', 'new', 'assign', 'property', 'query', 'anyOf'] as const).filter((k) => m[k] !== undefined);
    if (anchors.length !== 1) problems.push(`${where}: needs exactly one of call, new, assign, property, query, anyOf (found ${anchors.join(', ') || 'none'})`);
    if (m.args && !(m.call || m.new)) problems.push(`${where}: args only apply to call and new`);
    if (m.value && !(m.assign || m.property)) problems.push(`${where}: value only applies to assign and property`);
    if (m.captures && !m.query) problems.push(`${where}: captures only apply to query`);
    if (m.query && !/@match\b/.test(m.query)) problems.push(`${where}: a query must capture @match`);
    m.anyOf?.forEach((sub, i) => checkMatcher(sub, `${where}.anyOf[${i}]`));
    if (m.inside) checkMatcher(m.inside, `${where}.inside`);
    if (m.notInside) checkMatcher(m.notInside, `${where}.notInside`);
  };
  if (rule.match) checkMatcher(rule.match, 'match');
  if (rule.text) {
    try {
      new RegExp(rule.text.regex, `g${rule.text.flags ?? ''}`);
    } catch (error) {
      problems.push(`text.regex: ${(error as Error).message}`);
    }
  }
  if (rule.fix && rule.module && (rule.fix.edits || rule.fix.module)) problems.push('fix: a module rule builds its own fix; give only title and safety');
  if (rule.fix && !rule.module && !rule.fix.edits === !rule.fix.module) problems.push('fix: needs exactly one of edits or module');
  return problems;
}
