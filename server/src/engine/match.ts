/**
 * Matching rules on a syntax tree. Anchored rules (calls, constructor calls, assignments, properties) are matched
 * on the nodes where the last segments of their names are written, found from the text, each dispatched only to
 * the rules whose last name segment it can match; the raw `query:` patterns of the active rules run as one
 * combined tree-sitter query.
 */
import { Query, type Language, type Node, type Tree } from 'web-tree-sitter';
import type { Argument, CallSite, CodeLanguage } from '../languages/language';
import { type Matcher, type ValueConstraint, alternatives } from './rule';
import type { CompiledRule } from './ruleset';
import { FlowAnalyzer, type ValueFacts } from './flow';
import { candidateNames, lastSegment, namePattern } from './names';
import { WordSet, isWordChar } from './scan';

type AnchorKind = 'call' | 'new' | 'assign' | 'property';

/** One match of one rule, before it becomes a finding. */
export interface RawMatch {
  rule: CompiledRule;
  node: Node;
  /** Nodes and names a fix or message can refer to: `match`, `callee`, `target`, `key`, `value`, `arg:<k>`, captures. */
  captures: Map<string, Node>;
  names: Map<string, string>;
  call?: CallSite;
  /** Facts of the sink, when the rule declares one. */
  sink?: ValueFacts;
}

interface Entry {
  rule: CompiledRule;
  matcher: Matcher;
  patterns: ReturnType<typeof namePattern>[];
}

interface Plan {
  query: Query;
  /** Query pattern index → the raw query's key ({@link rawKey}). */
  raw: Map<number, string>;
}

const planCache = new Map<string, Plan | null>();

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function anchorOf(m: Matcher): AnchorKind | undefined {
  if (m.call) return 'call';
  if (m.new) return 'new';
  if (m.assign) return 'assign';
  if (m.property) return 'property';
  return undefined;
}

export interface MatchContext {
  language: CodeLanguage;
  grammar: Language;
  tree: Tree;
  text: string;
  imports: Map<string, string>;
  flow: FlowAnalyzer;
  deadline: number;
  /** Where to look when no parts are given: the whole tree by default, or one subtree. */
  root?: Node;
  /** Set when the query was cut off by the time budget. */
  timedOut?: boolean;
}

/**
 * Runs the code rules over the tree and returns the raw matches: anchored rules on the calls, assignments and
 * properties their names can match ({@link anchorNodes}), raw queries through one query of those of the active
 * rules ({@link buildPlan}). `parts` restricts the search to some subtrees (the statements an edit changed), each
 * with the nodes around it; the rules are indexed once for all of them (an edit the parser reads as a hundred
 * loose statements is a hundred parts).
 */
export function matchTree(rules: CompiledRule[], ctx: MatchContext, parts?: readonly Node[]): RawMatch[] {
  const byKind = new Map<AnchorKind, { indexed: Map<string, Entry[]>; wildcard: Entry[] }>();
  const activeRaw = new Map<string, { rule: CompiledRule; matcher: Matcher }>();
  for (const rule of rules) {
    if (!rule.match) continue;
    if (rule.match.imports && !importsAny(ctx.imports, ctx.text, rule.match.imports)) continue;
    for (const alt of alternatives(rule.match)) {
      // An alternative of `anyOf` may narrow the imports on its own.
      if (alt.imports && alt.imports !== rule.match.imports && !importsAny(ctx.imports, ctx.text, alt.imports)) continue;
      if (alt.query) {
        activeRaw.set(rawKey(rule, alt), { rule, matcher: alt });
        continue;
      }
      const kind = anchorOf(alt);
      if (!kind) continue;
      let bucket = byKind.get(kind);
      if (!bucket) byKind.set(kind, (bucket = { indexed: new Map(), wildcard: [] }));
      const patterns = list(alt.call ?? alt.new ?? alt.assign ?? alt.property).map(namePattern);
      const entry: Entry = { rule, matcher: alt, patterns };
      const lasts = new Set(patterns.map((p) => p.last));
      if (lasts.has(undefined)) bucket.wildcard.push(entry);
      else for (const last of lasts) (bucket.indexed.get(last!) ?? bucket.indexed.set(last!, []).get(last!)!).push(entry);
    }
  }
  if (byKind.size === 0 && activeRaw.size === 0) return [];
  const kinds = new Map<string, AnchorKind>();
  for (const kind of byKind.keys()) {
    const nodeKinds = kind === 'call' ? ctx.language.kinds.call : kind === 'new' ? ctx.language.kinds.new : kind === 'assign' ? ctx.language.kinds.assign : ctx.language.kinds.property;
    for (const k of nodeKinds) if (!kinds.has(k)) kinds.set(k, kind);
  }
  const roots = parts ?? [ctx.root ?? ctx.tree.rootNode];
  // The nodes around the parts (once each, however many parts they hold): a finding on `app.get('/', (req, res) =>
  // …)` spans the edited callback.
  const around = new Map<number, Node>();
  if (parts || ctx.root) for (const root of roots) for (let n = root.parent; n && n.parent && !around.has(n.id); n = n.parent) around.set(n.id, n);
  const results: RawMatch[] = [];
  const progressCallback = () => {
    if (performance.now() > ctx.deadline) {
      ctx.timedOut = true;
      return true;
    }
    return false;
  };

  // Anchor nodes (calls, assignments, properties) that some rule's last name can match, in document order.
  const anchors = kinds.size ? anchorNodes(byKind, kinds, roots, around.values(), ctx, progressCallback) : [];
  for (let i = 0; i < anchors.length; i++) {
    // Candidates are cheap to find but not to check (data flow): the budget covers this loop too.
    if ((i & 127) === 127 && performance.now() > ctx.deadline) {
      ctx.timedOut = true;
      return results;
    }
    const node = anchors[i]!;
    const kind = kinds.get(node.type)!;
    // A call rule also sees constructor calls of languages whose grammar has no separate `new` (Python).
    for (const kindToTry of kind === 'call' || kind === 'new' ? (['call', 'new'] as AnchorKind[]) : [kind]) {
      const bucket = byKind.get(kindToTry);
      if (!bucket) continue;
      if (kindToTry === 'new' && !ctx.language.kinds.new.includes(node.type)) continue;
      if (kindToTry === 'call' && !ctx.language.kinds.call.includes(node.type) && !ctx.language.kinds.new.includes(node.type)) continue;
      dispatch(node, kindToTry, bucket, ctx, results);
    }
  }

  if (activeRaw.size) {
    // Compiling a combination's query happens once (until the cache lets it go); it does not count against this
    // file's budget.
    const planStarted = performance.now();
    const plan = buildPlan(ctx, activeRaw);
    ctx.deadline += performance.now() - planStarted;
    if (!plan) return results;
    const matches = roots.flatMap((root) => plan.query.matches(root, { progressCallback } as never));
    for (const n of around.values()) matches.push(...plan.query.matches(n, { maxStartDepth: 0, progressCallback } as never));
    for (const m of matches) {
      const key = plan.raw.get(m.patternIndex);
      const raw = key === undefined ? undefined : activeRaw.get(key);
      if (!raw) continue;
      const captures = new Map<string, Node>();
      for (const c of m.captures) if (!captures.has(c.name)) captures.set(c.name, c.node);
      const node = captures.get('match');
      if (!node) continue;
      const result = checkQueryMatch(raw.rule, raw.matcher, node, captures, ctx);
      if (result) results.push(result);
    }
  }
  return results;
}

/** How anchor nodes are found: by the text of the names rules look for (`text`), or every node of the kinds. */
export const anchorSearch = { mode: 'text' as 'text' | 'all' };

/**
 * The anchor nodes under the `roots` (and among the nodes `around` them) that a rule can match. A call, assignment
 * or property matches a rule only through the last segment of its name, which is written at the node (or, for a
 * name imported under an alias, the alias is): so the occurrences of those words, each walked up to the nearest
 * anchor node, are every candidate. Most nodes of a file are never handed to JavaScript. Kinds with a rule for any last name (`*_TOKEN`) take every node
 * of the kind, as does `anchorSearch.mode = 'all'` (the reference the tests compare with).
 */
function anchorNodes(byKind: Map<AnchorKind, { indexed: Map<string, Entry[]>; wildcard: Entry[] }>, kinds: Map<string, AnchorKind>, roots: readonly Node[], around: Iterable<Node>, ctx: MatchContext, progressCallback: () => boolean): Node[] {
  const found = new Map<number, Node>();
  const add = (n: Node) => {
    if (!found.has(n.id)) found.set(n.id, n);
  };
  const everyKind = new Set<string>();
  for (const [nodeType, kind] of kinds) {
    if (anchorSearch.mode === 'all' || byKind.get(kind)!.wildcard.length || (kind === 'new' && byKind.get('call')?.wildcard.length) || (kind === 'call' && byKind.get('new')?.wildcard.length)) everyKind.add(nodeType);
  }
  if (everyKind.size) {
    const query = anchorQuery(ctx, [...everyKind]);
    for (const root of roots) for (const m of query.matches(root, { progressCallback } as never)) add(m.captures[0]!.node);
  }
  if (everyKind.size < kinds.size) {
    const words = new Set<string>();
    for (const bucket of byKind.values()) for (const last of bucket.indexed.keys()) words.add(lastWord(last));
    // `from subprocess import run as r`: the call is written `r(…)`.
    for (const [local, path] of ctx.imports) if (words.has(lastWord(lastSegment(path))) || byKind.get('call')?.indexed.has(lastSegment(path))) words.add(local);
    const wordSet = new WordSet(words);
    for (const root of roots) {
      for (const at of wordsAt(ctx.text, wordSet, root.startIndex, root.endIndex)) {
        for (let n: Node | null = root.descendantForIndex(at); n; n = n.id === root.id ? null : n.parent) {
          if (!kinds.has(n.type)) continue;
          if (!everyKind.has(n.type)) add(n);
          break;
        }
      }
    }
  }
  // A part of the tree (the function an edit changed) also re-checks the nodes around it, each on its own.
  for (const n of around) if (kinds.has(n.type)) add(n);
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
}

/** The last identifier of a name's last segment (`PDO` of `\\PDO`, `permit` of `permit!`): the word written there. */
export function lastWord(last: string): string {
  const words = last.match(/[A-Za-z_$][\w$]*/g);
  return words ? words[words.length - 1]! : last;
}

/** Offsets of the whole-word occurrences of `words` in `text` between `start` and `end`. */
function wordsAt(text: string, words: WordSet, start: number, end: number): number[] {
  const out: number[] = [];
  let i = start;
  // Start at a word boundary: a region may begin inside nothing but whitespace or a keyword.
  while (i > 0 && i < end && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i))) i++;
  words.forEachIn(text, i, end, (_, at) => out.push(at));
  return out;
}

const anchorQueries = new Map<string, Query>();

/** A query capturing every node of the given types. */
function anchorQuery(ctx: MatchContext, nodeTypes: string[]): Query {
  const key = `${ctx.language.id}|${nodeTypes.sort().join(',')}`;
  let query = anchorQueries.get(key);
  if (!query) anchorQueries.set(key, (query = new Query(ctx.grammar, `[${nodeTypes.map((k) => `(${k})`).join(' ')}] @node`)));
  return query;
}

/** A raw query of a rule (alternatives of one rule may each have one). */
const rawKey = (rule: CompiledRule, alt: Matcher) => `${rule.id}\u0000${alt.query}`;

/** Combined queries kept, most recently used last: a few per language cover the combinations files activate. */
const PLAN_CACHE_LIMIT = 64;

/**
 * The raw queries of the rules active on this file, combined into one query (one traversal), compiled once per
 * language and combination. Most files activate none (the prefilter found none of their keywords), and a query
 * is never run for them: one that matches every identifier and tests each with a predicate (`#match?` runs in
 * JavaScript) cost more than the rest of the analysis of a Python file. A combination costs a few ms to compile,
 * once (while it stays among the last {@link PLAN_CACHE_LIMIT} used).
 */
function buildPlan(ctx: MatchContext, active: ReadonlyMap<string, { matcher: Matcher }>): Plan | null {
  const raw = [...active].map(([key, { matcher }]) => [key, matcher.query!] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const key = `${ctx.language.id}|${raw.map(([k]) => k).join('\u0001')}`;
  const cached = planCache.get(key);
  if (cached !== undefined) {
    planCache.delete(key);
    planCache.set(key, cached);
    return cached;
  }
  const plan = combinedPlan(ctx.grammar, raw);
  planCache.set(key, plan);
  if (planCache.size > PLAN_CACHE_LIMIT) {
    const oldest = planCache.keys().next().value!;
    planCache.get(oldest)?.query.delete();
    planCache.delete(oldest);
  }
  return plan;
}

/**
 * The raw queries compiled as one (one compile: a large grammar takes ~10 ms per query), each pattern mapped back to
 * its query by where it starts. A query that does not compile for this grammar (one written for another grammar of
 * its family, JSX in TSX say) is left out: the error says where it is, and the rest is compiled again.
 */
function combinedPlan(grammar: Language, raw: readonly (readonly [string, string])[]): Plan | null {
  let left = [...raw];
  while (left.length) {
    const starts: number[] = [];
    let offset = 0;
    for (const [, source] of left) {
      starts.push(offset);
      offset += source.length + 1;
    }
    const at = (index: number) => {
      let q = 0;
      while (q + 1 < starts.length && starts[q + 1]! <= index) q++;
      return q;
    };
    let query: Query;
    try {
      query = new Query(grammar, left.map(([, source]) => source).join('\n'));
    } catch (error) {
      const index = (error as { index?: unknown }).index;
      // Without a position (a bad predicate), each query is tried alone.
      const kept = typeof index === 'number' ? left.filter((_, q) => q !== at(index)) : left.filter(([, source]) => compiles(grammar, source));
      // (Queries that each compile also compile together: patterns are independent. Never loop on it.)
      if (kept.length === left.length) return null;
      left = kept;
      continue;
    }
    const rawIndex = new Map<number, string>();
    for (let i = 0; i < query.patternCount(); i++) rawIndex.set(i, left[at(query.startIndexForPattern(i))]![0]);
    return { query, raw: rawIndex };
  }
  return null;
}

function compiles(grammar: Language, source: string): boolean {
  try {
    new Query(grammar, source).delete();
    return true;
  } catch {
    return false;
  }
}

const importRegexCache = new Map<string, RegExp>();

function importsAny(imports: Map<string, string>, text: string, modules: string[]): boolean {
  const values = [...imports.values()];
  return modules.some((m) => {
    if (values.some((v) => v === m || v.startsWith(`${m}.`) || v.startsWith(`${m}/`))) return true;
    const lines = importLines(text);
    // (A module its import lines never name is not imported: the search for the name alone is far cheaper.)
    if (!lines.includes(m)) return false;
    let re = importRegexCache.get(m);
    if (!re) importRegexCache.set(m, (re = new RegExp(`\\b(?:import|require|using|use|from)\\b[^\\n]{0,200}\\b${m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`)));
    return re.test(lines);
  });
}

/** The lines of the last text asked about that could import something: the module regexes scan only these. */
let importLinesOf: { text: string; lines: string } | undefined;
function importLines(text: string): string {
  if (importLinesOf?.text === text) return importLinesOf.lines;
  // Found from the keywords outward: a line-anchored regex would try every position of a large file.
  const lines: string[] = [];
  const keyword = /\b(?:import|require|using|use|from)\b/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    lines.push(text.slice(start, end));
    keyword.lastIndex = end;
  }
  importLinesOf = { text, lines: lines.join('\n') };
  return importLinesOf.lines;
}

function dispatch(node: Node, kind: AnchorKind, bucket: { indexed: Map<string, Entry[]>; wildcard: Entry[] }, ctx: MatchContext, out: RawMatch[]): void {
  const lang = ctx.language;
  let written: string | undefined;
  let call: CallSite | undefined;
  if (kind === 'call' || kind === 'new') {
    // A call whose last name no rule is indexed under (and that is not an imported alias, which resolves to
    // another last name) cannot match: skip building its call site.
    if (bucket.wildcard.length === 0 && lang.calleeLast) {
      const last = lang.calleeLast(node);
      if (last !== undefined && !bucket.indexed.has(last) && !ctx.imports.has(last)) return;
    }
    call = ctx.flow.callSite(node);
    written = call?.callee;
  } else if (kind === 'assign') written = lang.assignment(node)?.targetText;
  else written = lang.property(node)?.key;
  if (!written) return;
  const names = kind === 'property' ? [written] : candidateNames(written, ctx.imports);
  const entries = new Set<Entry>(bucket.wildcard);
  for (const name of names) for (const e of bucket.indexed.get(lastSegment(name)) ?? []) entries.add(e);
  for (const entry of entries) {
    const name = names.find((n) => entry.patterns.some((p) => p.regex.test(n)));
    if (!name) continue;
    const result = checkAnchored(entry.rule, entry.matcher, node, kind, name, written, call, ctx);
    if (result) out.push(result);
  }
}

/** Checks constraints of an anchored matcher on a node whose name already matched. */
function checkAnchored(rule: CompiledRule, m: Matcher, node: Node, kind: AnchorKind, name: string, written: string, call: CallSite | undefined, ctx: MatchContext): RawMatch | undefined {
  const captures = new Map<string, Node>([['match', node]]);
  const names = new Map<string, string>([['name', name], ['callee', written]]);
  const lang = ctx.language;
  if (call) {
    captures.set('callee', call.calleeNode);
    if (call.argsNode) captures.set('args', call.argsNode);
    for (const [key, constraint] of Object.entries(m.args ?? {})) {
      const arg = findArgument(call.args, key);
      if (!checkValue(constraint, arg?.value, ctx, rule.category)) return undefined;
      if (arg) {
        captures.set(`arg:${key}`, arg.node);
        captures.set(`value:${key}`, arg.value);
      }
    }
    for (const arg of call.args) {
      const k = arg.name ?? String(arg.index);
      if (!captures.has(`arg:${k}`)) captures.set(`arg:${k}`, arg.node);
      if (!captures.has(`value:${k}`)) captures.set(`value:${k}`, arg.value);
    }
  } else if (kind === 'assign') {
    const assignment = lang.assignment(node)!;
    captures.set('target', assignment.target);
    captures.set('value', assignment.value);
    names.set('target', assignment.targetText);
    if (m.value && !checkValue(m.value, assignment.value, ctx, rule.category)) return undefined;
  } else {
    const property = lang.property(node)!;
    captures.set('key', property.keyNode);
    if (property.value) captures.set('value', property.value);
    names.set('key', property.key);
    if (m.value && !checkValue(m.value, property.value ?? undefined, ctx, rule.category)) return undefined;
  }
  if (!checkContext(m, node, ctx)) return undefined;
  return finish(rule, m, node, captures, names, call, ctx);
}

function checkQueryMatch(rule: CompiledRule, m: Matcher, node: Node, captures: Map<string, Node>, ctx: MatchContext): RawMatch | undefined {
  for (const [name, constraint] of Object.entries(m.captures ?? {})) {
    if (!checkValue(constraint, captures.get(name), ctx, rule.category)) return undefined;
  }
  if (!checkContext(m, node, ctx)) return undefined;
  const names = new Map<string, string>();
  for (const [k, v] of captures) names.set(k, v.text);
  return finish(rule, m, node, captures, names, undefined, ctx);
}

function finish(rule: CompiledRule, m: Matcher, node: Node, captures: Map<string, Node>, names: Map<string, string>, call: CallSite | undefined, ctx: MatchContext): RawMatch | undefined {
  let sink: ValueFacts | undefined;
  if (m.sink) {
    const sinkNode = (call ? findArgument(call.args, m.sink)?.value : undefined) ?? captures.get(m.sink);
    if (!sinkNode) return undefined;
    sink = ctx.flow.evaluate(sinkNode, rule.category);
    // A constant or sanitized value never reaches a sink as injection, nor one the program made itself for it.
    if (sink.constant || sink.sanitized || sink.made) return undefined;
    // A source the rule does not count (a path named on the command line, say) leaves the value of unknown origin.
    if (sink.taint && m.sources && !m.sources.includes(sink.taint.kind)) sink = { ...sink, taint: undefined };
  }
  const reported = m.report ? captures.get(m.report) ?? captures.get(`arg:${m.report}`) ?? node : node;
  return { rule, node: reported, captures, names, ...(call ? { call } : {}), ...(sink ? { sink } : {}) };
}

/** `inside` / `notInside`: some ancestor matches (or none does). */
function checkContext(m: Matcher, node: Node, ctx: MatchContext): boolean {
  if (m.inside && !hasAncestor(m.inside, node, ctx)) return false;
  if (m.notInside && hasAncestor(m.notInside, node, ctx)) return false;
  return true;
}

function hasAncestor(m: Matcher, node: Node, ctx: MatchContext): boolean {
  for (let n = node.parent; n; n = n.parent) if (matchesNode(m, n, ctx)) return true;
  return false;
}

/** Whether a single node satisfies a matcher (used for `inside`). Raw queries there name node kinds: `(try_statement)`. */
function matchesNode(m: Matcher, node: Node, ctx: MatchContext): boolean {
  if (m.anyOf) return m.anyOf.some((sub) => matchesNode(sub, node, ctx));
  if (m.query) {
    const kinds = [...m.query.matchAll(/\(([a-z_]+)/g)].map((x) => x[1]);
    return kinds.includes(node.type);
  }
  const kind = anchorOf(m);
  if (!kind) return false;
  const lang = ctx.language;
  let written: string | undefined;
  let call: CallSite | undefined;
  if ((kind === 'call' && lang.kinds.call.includes(node.type)) || (kind === 'new' && lang.kinds.new.includes(node.type))) {
    call = ctx.flow.callSite(node);
    written = call?.callee;
  } else if (kind === 'assign' && lang.kinds.assign.includes(node.type)) written = lang.assignment(node)?.targetText;
  else if (kind === 'property' && lang.kinds.property.includes(node.type)) written = lang.property(node)?.key;
  if (!written) return false;
  const names = kind === 'property' ? [written] : candidateNames(written, ctx.imports);
  const patterns = list(m.call ?? m.new ?? m.assign ?? m.property).map(namePattern);
  if (!names.some((n) => patterns.some((p) => p.regex.test(n)))) return false;
  if (call) {
    for (const [key, constraint] of Object.entries(m.args ?? {})) {
      if (!checkValue(constraint, findArgument(call.args, key)?.value, ctx, '')) return false;
    }
  }
  return true;
}

/** Finds an argument by `0`, `name` or `0|name`. */
export function findArgument(args: Argument[], key: string): Argument | undefined {
  for (const part of key.split('|')) {
    const found = /^\d+$/.test(part) ? args.find((a) => a.index === Number(part)) : args.find((a) => a.name === part);
    if (found) return found;
  }
  return undefined;
}

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let r = regexCache.get(source);
  if (!r) regexCache.set(source, (r = new RegExp(source)));
  return r;
}

/** Checks one value constraint; an absent value passes only `present: false` and `not`. */
export function checkValue(c: ValueConstraint, node: Node | undefined, ctx: MatchContext, category: string): boolean {
  if (c.present !== undefined && c.present !== !!node) return false;
  if (c.not && checkValue(c.not, node, ctx, category)) return false;
  const needsNode = c.literal !== undefined || c.value !== undefined || c.text !== undefined || c.kind !== undefined || c.built !== undefined;
  if (!needsNode) return true;
  if (!node) return false;
  if (c.kind && !c.kind.includes(node.type)) return false;
  if (c.text !== undefined && !regex(c.text).test(node.text)) return false;
  if (c.literal !== undefined || c.value !== undefined || c.built !== undefined) {
    const facts = ctx.flow.evaluate(node, category);
    if (c.literal !== undefined && facts.constant !== c.literal) return false;
    if (c.built !== undefined && facts.built !== c.built) return false;
    if (c.value !== undefined && (facts.value === undefined || !regex(c.value).test(facts.value))) return false;
  }
  return true;
}

/** Frees the compiled queries (tests and shutdown). */
export function clearPlans(): void {
  for (const plan of planCache.values()) plan?.query.delete();
  planCache.clear();
  for (const query of anchorQueries.values()) query.delete();
  anchorQueries.clear();
}
