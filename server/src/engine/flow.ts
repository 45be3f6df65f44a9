/**
 * Local data flow, computed on demand from a sink backwards. `evaluate(node)` answers, for one expression: is it
 * a constant (and which), is it a string built from non-constant parts, does untrusted data reach it (and from
 * where), was it sanitized. It follows variables to their bindings in the enclosing function and outer scopes,
 * through string building, containers, member access, calls that pass data through, and the return values of
 * functions defined in the same file. Nothing is computed for files without a sink match.
 */
import type { Node } from 'web-tree-sitter';
import type { CallSite, CodeLanguage } from '../languages/language';
import { namedChildren } from '../languages/language';
import { lineage, nodesAroundWord, placesOf } from '../languages/query';
import { candidateNames, hasPrefix, lastSegment, namePattern } from './names';
import { SANITIZERS, SOURCES, type SanitizerSpec, type SourceKind, type SourceSpec } from './sources';

export interface TaintSource {
  kind: SourceKind;
  description: string;
  line: number;
}

/** What flow knows about one expression. */
export interface ValueFacts {
  /** Built only from literals (and names bound only to literals). */
  constant: boolean;
  /** The constant's value: string content, or the source text of a number, boolean or null. */
  value?: string;
  /** A string built by concatenation, interpolation or formatting with at least one non-constant part. */
  built: boolean;
  taint?: TaintSource;
  /** A sanitizer for the sink's category was applied. */
  sanitized: boolean;
  /**
   * Every value it may have is a constant or what a sanitizer that makes its output returned (`pickle.dumps`), one
   * at least: joined strictly, unlike `sanitized`, and through every value a variable or parameter may hold.
   */
  made?: boolean;
}

const CONSTANT: ValueFacts = { constant: true, built: false, sanitized: false };
const UNKNOWN: ValueFacts = { constant: false, built: false, sanitized: false };
const MEMBER = /member_expression|attribute|selector_expression|field_access|subscript|index_expression|element_access|element_reference|field_expression|member_access_expression/;
const CALLISH = /call|invocation/;
/** Steps from a name to its bindings, or from a call to a local function's returns, followed from one sink. */
const MAX_HOPS = 14;
/** Expressions evaluated inside one another at once (a bound for the stack, far above what code nests). */
const MAX_NESTING = 400;
/** Expressions evaluated for one sink, however they branch (a bound for the time one sink can take). */
const MAX_STEPS = 20_000;
const RETURNS = new Set(['return_statement', 'return']);

function join(parts: ValueFacts[], built: boolean): ValueFacts {
  const constant = parts.every((p) => p.constant);
  const taint = parts.find((p) => p.taint && !p.sanitized)?.taint;
  const sanitized = !taint && parts.some((p) => p.sanitized);
  const made = !taint && parts.some((p) => p.made) && parts.every((p) => p.made || p.constant);
  return { constant, built: built && !constant, ...(taint ? { taint } : {}), sanitized, ...(made ? { made } : {}), ...(constant && parts.length === 1 && parts[0]!.value !== undefined ? { value: parts[0]!.value } : {}) };
}

/** Evaluates expressions of one file; results are cached per node and sink category. */
export class FlowAnalyzer {
  private readonly cache = new Map<string, ValueFacts>();
  /** Results cut short by the hop limit alone, by node, category and the hops taken to it. */
  private readonly cutShort = new Map<string, ValueFacts>();
  private readonly scopeBindings = new Map<string, { node: Node; value: Node | null }[]>();
  private readonly functions = new Map<string, Node | undefined>();
  private readonly sources: SourceIndex;
  private readonly kindSets: { binding: ReadonlySet<string>; function: ReadonlySet<string> };
  private readonly sites = new Map<number, CallSite | undefined>();
  private readonly active = new Set<number>();
  /** How many evaluations are in progress, one inside another. */
  private nesting = 0;
  /** Expressions evaluated since the outermost evaluation began. */
  private steps = 0;
  /** Set when the evaluation in progress hit a limit or a cycle. */
  private truncated = false;
  /** Set when it hit a cycle, the nesting bound or the step budget: limits that depend on the path taken to it. */
  private pathBound = false;

  constructor(
    private readonly language: CodeLanguage,
    private readonly root: Node,
    private readonly imports: Map<string, string>,
    /** The whole text of the file: names and keywords are found there first, then in the tree. */
    private readonly text: string,
  ) {
    let kinds = kindSetsOf.get(language);
    if (!kinds) kindSetsOf.set(language, (kinds = { binding: new Set(language.kinds.binding), function: new Set(language.kinds.function) }));
    this.kindSets = kinds;
    this.sources = sourceIndexFor(language, [...imports.values()]);
  }

  /** The call site of a call node, worked out once per analysis (rules, sources and data flow all ask). */
  callSite(node: Node): CallSite | undefined {
    if (this.sites.has(node.id)) return this.sites.get(node.id);
    const site = this.language.callSite(node);
    this.sites.set(node.id, site);
    return site;
  }

  /**
   * Facts about `node` for a sink of `category` (which selects the sanitizers that count). `hops` counts the
   * steps taken so far from a name to its bindings and from a call to the returns of a local function: the depth
   * limit bounds those, not how deeply the expressions on the way nest (`"a" + b + "c" + d` is one step away from
   * each of its parts), which {@link MAX_NESTING} bounds only to keep the stack safe.
   */
  evaluate(node: Node, category = '', hops = 0): ValueFacts {
    const key = `${node.id}:${category}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // A result cut short only by the hop limit depends on nothing but how many hops were left: reused for as many
    // (without it, names that each use the one before several times would be followed down every path).
    const cut = this.cutShort.size ? this.cutShort.get(`${key}:${hops}`) : undefined;
    if (cut) {
      this.truncated = true;
      return cut;
    }
    if (this.nesting === 0) this.steps = 0;
    if (hops > MAX_HOPS) {
      this.truncated = true;
      return UNKNOWN;
    }
    if (this.nesting > MAX_NESTING || this.active.has(node.id) || ++this.steps > MAX_STEPS) {
      this.truncated = true;
      this.pathBound = true;
      return UNKNOWN;
    }
    this.active.add(node.id);
    this.nesting++;
    const outer = this.truncated;
    const outerBound = this.pathBound;
    this.truncated = false;
    this.pathBound = false;
    let facts: ValueFacts;
    try {
      facts = this.compute(this.language.unwrap(node), category, hops);
    } finally {
      this.active.delete(node.id);
      this.nesting--;
    }
    // A result cut short by a cycle or a bound of the path depends on where the evaluation started: never reused.
    if (!this.truncated) this.cache.set(key, facts);
    else if (!this.pathBound) this.cutShort.set(`${key}:${hops}`, facts);
    this.truncated ||= outer;
    this.pathBound ||= outerBound;
    return facts;
  }

  private compute(node: Node, category: string, hops: number): ValueFacts {
    const lang = this.language;
    const literal = lang.stringLiteral(node);
    if (literal) {
      if (literal.interpolations.length === 0) return { ...CONSTANT, value: literal.value };
      return join(literal.interpolations.map((n) => this.evaluate(n, category, hops)), true);
    }
    const scalar = lang.scalarLiteral(node);
    if (scalar !== undefined) return { ...CONSTANT, value: scalar };

    const parts = lang.stringParts(node);
    if (parts) return join(parts.map((n) => this.evaluate(n, category, hops)), true);

    const source = this.sourceAt(node);
    if (source) return { ...UNKNOWN, taint: source };

    if (lang.kinds.identifier.includes(node.type)) return this.identifier(node, category, hops);
    if (lang.kinds.call.includes(node.type) || lang.kinds.new.includes(node.type)) return this.call(node, category, hops);
    if (MEMBER.test(node.type)) {
      const base = node.namedChild(0);
      const facts = base ? this.evaluate(base, category, hops) : UNKNOWN;
      return { ...facts, constant: false, value: undefined, built: false };
    }
    if (/^(array|list|tuple|set|dictionary|object|array_creation_expression|composite_literal|hash|literal_value|expression_list|pair|keyed_element|spread_element|list_splat|conditional_expression|ternary_expression|binary_expression|binary_operator|boolean_operator|concatenation)$/.test(node.type)) {
      const children = namedChildren(node);
      if (children.length === 0) return CONSTANT;
      return join(children.map((n) => this.evaluate(n, category, hops)), false);
    }
    if (/comment/.test(node.type)) return CONSTANT;
    return UNKNOWN;
  }

  /** A member access or call whose name is a known source. */
  private sourceAt(node: Node): TaintSource | undefined {
    if (!(MEMBER.test(node.type) || CALLISH.test(node.type) || node.type === 'command' || this.language.kinds.identifier.includes(node.type) || node.type === 'variable_name' || node.type === 'constant')) return undefined;
    let written: string;
    if (CALLISH.test(node.type) || node.type === 'command') written = this.callSite(node)?.callee ?? '';
    else written = node.text.replace(/\s+/g, '').replace(/\?\.|->|::/g, '.').replace(/\[[^\]]*\]/g, '[]');
    if (!written) return undefined;
    const names = candidateNames(written, this.imports);
    // Only the specs that can match one of the names, in their declared order (the first that matches wins).
    const { byFirst, byLast, rest } = this.sources;
    const candidates = new Set<IndexedSource>(rest);
    for (const name of names) {
      for (const s of byFirst.get(firstSegment(name)) ?? []) candidates.add(s);
      for (const s of byLast.get(lastSegment(name)) ?? []) candidates.add(s);
    }
    for (const { spec } of [...candidates].sort((a, b) => a.order - b.order)) {
      const pattern = namePattern(spec.pattern);
      for (const name of names) {
        if (pattern.regex.test(name) || (!spec.pattern.includes('*') && hasPrefix(name, spec.pattern))) {
          return { kind: spec.kind, description: spec.description, line: node.startPosition.row + 1 };
        }
      }
    }
    return undefined;
  }

  /** The sanitizer for `category` that `callee` names, if any. */
  private sanitizer(callee: string, category: string): SanitizerSpec | undefined {
    const names = candidateNames(callee, this.imports);
    return (SANITIZERS[this.language.ruleLanguage] ?? []).find(
      (s) => (s.categories.length === 0 || s.categories.includes(category)) && names.some((n) => namePattern(s.pattern).regex.test(n)),
    );
  }

  private call(node: Node, category: string, hops: number): ValueFacts {
    const site = this.callSite(node);
    if (!site) return UNKNOWN;
    const sanitizer = this.sanitizer(site.callee, category);
    if (sanitizer) return sanitizer.makes ? { ...UNKNOWN, made: true } : { ...UNKNOWN, sanitized: true };
    const local = this.localFunction(site.callee);
    if (local) {
      const returns = this.returnValues(local);
      if (returns.length) {
        const facts = join(returns.map((r) => this.evaluate(r, category, hops + 1)), false);
        if (facts.taint || facts.constant) return facts;
      }
    }
    // Data passes through calls: a method of a tainted receiver, or a function of tainted arguments.
    const inputs: Node[] = site.args.map((a) => a.value);
    if (site.calleeNode && MEMBER.test(site.calleeNode.type) && site.calleeNode.namedChild(0)) inputs.push(site.calleeNode.namedChild(0)!);
    else if (this.language.id === 'java' || this.language.id === 'php' || this.language.id === 'ruby') {
      const receiver = node.childForFieldName('object') ?? node.childForFieldName('receiver') ?? node.childForFieldName('scope');
      if (receiver) inputs.push(receiver);
    }
    const facts = inputs.map((n) => this.evaluate(n, category, hops));
    const taint = facts.find((f) => f.taint && !f.sanitized)?.taint;
    return { ...UNKNOWN, ...(taint ? { taint } : {}) };
  }

  private identifier(node: Node, category: string, hops: number): ValueFacts {
    const name = node.text;
    for (let scope: Node | null = this.scopeOf(node); scope; scope = scope === this.root ? null : this.scopeOf(scope)) {
      const bindings = this.bindingsNamed(scope, name).filter((b) => b.node.startIndex < node.startIndex && !(b.node.startIndex <= node.startIndex && node.endIndex <= b.node.endIndex));
      if (bindings.length) {
        const facts = bindings.map((b) => (b.value ? this.evaluate(b.value, category, hops + 1) : UNKNOWN));
        // A name reassigned from itself (x = x + …) keeps the facts of its earlier values.
        const joined = join(facts, facts.some((f) => f.built));
        // A parameter also holds what the caller passed: `def load(data, obj): if fresh: data = pickle.dumps(obj)`.
        if (joined.made && scope !== this.root && this.language.parameters(scope).includes(name)) return { ...joined, made: false };
        return joined;
      }
      if (scope !== this.root && this.language.parameters(scope).includes(name)) return UNKNOWN;
      if (scope === this.root) break;
    }
    return UNKNOWN;
  }

  /** The nearest enclosing function, or the root. */
  private scopeOf(node: Node): Node {
    for (let n: Node | null = lineage(node).parent; n; n = lineage(n).parent) {
      if (this.language.kinds.function.includes(lineage(n).type)) return n;
    }
    return this.root;
  }

  /** The bindings of `name` declared directly in a scope (not in nested functions), in source order. */
  private bindingsNamed(scope: Node, name: string): { node: Node; value: Node | null }[] {
    const key = `${scope.id}:${name}`;
    let list = this.scopeBindings.get(key);
    if (list) return list;
    list = [];
    // Found where the name is written (a shell variable `$x` is assigned as `x=`).
    for (const n of nodesAroundWord(scope, this.text, name.length > 1 ? name.replace(/^\$/, '') : name, this.kindSets.binding, this.kindSets.function)) {
      for (const b of this.language.bindings(n)) if (b.name === name) list.push({ node: b.node, value: b.value });
    }
    this.scopeBindings.set(key, list);
    return list;
  }

  /** The function of the file named `callee` (a method called on `self`/`this` included); the last one wins, as at run time. */
  private localFunction(callee: string): Node | undefined {
    const name = callee.replace(/^(self|this)\./, '');
    if (name.includes('.')) return undefined;
    if (this.functions.has(name)) return this.functions.get(name);
    let found: Node | undefined;
    for (const at of placesOf(this.text, name, this.root.startIndex, this.root.endIndex)) {
      const written = this.root.descendantForIndex(at);
      const fn = written?.parent;
      if (fn && written!.startIndex === at && written!.endIndex === at + name.length && this.kindSets.function.has(fn.type) && fn.childForFieldName('name')?.id === written!.id) found = fn;
    }
    this.functions.set(name, found);
    return found;
  }

  private returnValues(fn: Node): Node[] {
    const out: Node[] = [];
    const body = fn.childForFieldName('body');
    if (body && !/block|statement|body/.test(body.type)) return [body]; // arrow function with an expression body
    if (!body) return out;
    // Last first, as the values of a function's returns have always been joined. (A `return` inside another is
    // in a nested function, left out.)
    for (const n of nodesAroundWord(body, this.text, 'return', RETURNS, this.kindSets.function).reverse()) {
      const value = n.namedChild(0);
      if (value) out.push(value.type === 'expression_list' ? value.namedChild(0) ?? value : value);
    }
    return out;
  }
}

interface IndexedSource {
  spec: SourceSpec;
  order: number;
}

/** Source specs by what a name must start or end with: a literal first segment, or `*.` and a literal last one. */
interface SourceIndex {
  byFirst: Map<string, IndexedSource[]>;
  byLast: Map<string, IndexedSource[]>;
  rest: IndexedSource[];
}

const firstSegment = (name: string) => name.split(/[.[(]/, 1)[0]!;

const kindSetsOf = new WeakMap<CodeLanguage, { binding: Set<string>; function: Set<string> }>();

/** Indexes of the sources, by language and the sources kept: most files import none of the modules that select some. */
const sourceIndexes = new Map<string, SourceIndex>();

/** The index of the sources of `language` that apply to a file importing `importedModules` (built once per choice). */
function sourceIndexFor(language: CodeLanguage, importedModules: string[]): SourceIndex {
  const all = SOURCES[language.ruleLanguage] ?? [];
  const kept: number[] = [];
  all.forEach((s, i) => {
    if (!s.imports || s.imports.some((m) => importedModules.some((module) => module === m || module.startsWith(`${m}.`) || module.startsWith(`${m}/`)))) kept.push(i);
  });
  const key = `${language.ruleLanguage}:${kept.join(',')}`;
  let index = sourceIndexes.get(key);
  if (!index) {
    if (sourceIndexes.size >= 64) sourceIndexes.delete(sourceIndexes.keys().next().value!);
    sourceIndexes.set(key, (index = indexSources(kept.map((i) => all[i]!))));
  }
  return index;
}

function indexSources(specs: SourceSpec[]): SourceIndex {
  const index: SourceIndex = { byFirst: new Map(), byLast: new Map(), rest: [] };
  const add = (map: Map<string, IndexedSource[]>, key: string, entry: IndexedSource) => (map.get(key) ?? map.set(key, []).get(key)!).push(entry);
  specs.forEach((spec, order) => {
    const entry = { spec, order };
    const first = firstSegment(spec.pattern);
    const last = lastSegment(spec.pattern);
    if (!first.includes('*')) add(index.byFirst, first, entry);
    else if (spec.pattern.startsWith('*.') && !last.includes('*') && !/[[(]/.test(last)) add(index.byLast, last, entry);
    else index.rest.push(entry);
  });
  return index;
}

/** The human-readable phrase for a taint source, for messages. */
export function describeTaint(taint: TaintSource): string {
  return `${taint.description} (line ${taint.line})`;
}
