/**
 * Loads rules (the bundled rules.json, or the YAML sources during development), validates each against the
 * schema, and compiles them: name patterns, keyword prefilters, regular expressions. A broken rule is reported
 * by `problems` and left out; it never takes the others down.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { plainFixTitle } from './finding';
import { check } from './schema';
import { type Matcher, type Rule, type RuleLanguage, RuleSchema, type ValueConstraint, alternatives, checkRuleSemantics } from './rule';
import { lastSegment, namePattern } from './names';
import { containingPattern, requiredLiterals } from './literals';

/** A rule ready to run. */
export interface CompiledRule extends Rule {
  /** Path of the YAML file relative to the rules folder, e.g. `python/yaml-load.yaml`. */
  file: string;
  /** Words a file must contain (any one) for this rule to run; empty: always runs. */
  prefilter: string[];
  /** Whether the prefilter words are whole identifiers (checked against the word set) or substrings. */
  prefilterWords: boolean;
  /** The prefilter words as one case-insensitive expression, for languages whose keywords ignore case (PHP). */
  prefilterIgnoringCase?: RegExp;
  /**
   * What a file needs for one of the matcher's alternatives to match, derived from its names: every word of the
   * literal segments of one name (`subprocess.run` needs both words; a name resolved through an import still has
   * them in the import), and one of the alternative's `imports` modules as a substring. Absent: no such bound.
   */
  requirements?: Requirement[];
  textRegex?: RegExp;
}

/**
 * One way a matcher can match: all of `words` (identifiers) occur, one of `modules` (substrings) if any, for each
 * set of `texts`, one of its strings (literals a `text:` constraint's expression cannot match without), and every
 * one of `patterns` (regular expressions) matches somewhere in the file.
 */
export interface Requirement {
  words: string[][];
  modules: string[];
  texts: string[][];
  /**
   * Searched only in files audited once (an open document is parsed again incrementally, and a search of the whole
   * text on every keystroke would cost more than it saves): a `text:` constraint loosened to hold on the whole file
   * ({@link containingPattern}), and how the names of the alternative begin where each begins with a literal part
   * (`$*.html`: an identifier that starts with `$`).
   */
  patterns?: string[];
  /**
   * One of these words must occur where a call can name it (scan.ts `mayBeCalled`: followed by `(`, renamed in an
   * import, …), in a file audited once: the last segment of every name of an alternative made only of `call:`
   * names, in languages whose calls always have parentheses.
   */
  called?: string[];
}

export interface RuleProblem {
  file: string;
  message: string;
}

export interface RuleSet {
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
  problems: RuleProblem[];
  /** Folder holding the documentation pages (`<pack>/<rule>.md`). */
  docsDir: string;
}

function anchorNames(m: Matcher): string[] {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  if (m.anyOf) return m.anyOf.flatMap(anchorNames);
  return [...list(m.call), ...list(m.new), ...list(m.assign), ...list(m.property)];
}

function hasQuery(m: Matcher): boolean {
  return !!m.query || !!m.anyOf?.some(hasQuery);
}

/**
 * Languages whose words run names and options together (`-oStrictHostKeyChecking=no`, `DEPLOY_TOKEN=…`): a
 * keyword may be part of a longer word, so their keywords are substrings.
 */
const RUN_TOGETHER = new Set<string>(['bash']);

/** Languages whose keywords and function names ignore case (`ECHO $x`, `Include $f`): so do their keywords. */
const CASE_INSENSITIVE = new Set<string>(['php']);

/** Identifier keywords a file must contain for a matcher to match: the literal last segment of each name. */
function derivePrefilter(rule: Rule): { words: string[]; identifiers: boolean; ignoreCase?: boolean } {
  if (rule.keywords) {
    const ignoreCase = rule.languages.some((l) => CASE_INSENSITIVE.has(l));
    // Keywords of text rules are substrings (`hf_`, `AKIA`): a token is one word, so the word set cannot find them.
    const substrings = !!rule.text || ignoreCase || rule.languages.some((l) => RUN_TOGETHER.has(l));
    return { words: rule.keywords, identifiers: !substrings && rule.keywords.every((k) => /^[A-Za-z_$][\w$]*$/.test(k)), ignoreCase };
  }
  // A raw query (also as one alternative of `anyOf`) names no identifier the file must contain.
  if (!rule.match || hasQuery(rule.match)) return { words: [], identifiers: true };
  const names = anchorNames(rule.match);
  const words = new Set<string>();
  for (const name of names) {
    const last = namePattern(name).last ?? lastSegment(name);
    if (!last || last.includes('*') || !/^[A-Za-z_$][\w$]*$/.test(last)) return { words: [], identifiers: true };
    words.add(last);
  }
  return { words: [...words], identifiers: true };
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/**
 * The words a name pattern needs: those of its literal segments (`*` may stand for parts of a segment, so
 * segments with one say nothing). A written name is made of the file's own identifiers, and a name resolved
 * through an import takes its module path from the import statement, so every such word occurs in the file.
 */
function patternWords(pattern: string): string[] {
  return [...new Set(pattern.split('.').filter((segment) => !segment.includes('*')).flatMap((segment) => segment.match(IDENTIFIER) ?? []))];
}

/**
 * The requirements of a matcher, one per alternative (and per alternative of its `inside`); undefined when some
 * alternative needs nothing a text search can see (a raw query without `imports`, a name made only of `*`).
 */
function deriveRequirements(m: Matcher, languages: readonly RuleLanguage[]): Requirement[] | undefined {
  const out: Requirement[] = [];
  for (const alt of alternatives(m)) {
    const modules = alt.imports ?? [];
    const constraints = constraintsOf(alt);
    const names = namesOf(alt);
    const words = alt.query ? [] : names.map(patternWords);
    const heads = alt.query || alt.property !== undefined ? undefined : headPattern(names, languages);
    const own: Requirement = {
      // A raw query names no identifier; a pattern without a literal word needs none.
      words: alt.query || words.some((w) => w.length === 0) ? [] : words,
      modules,
      texts: textLiterals(constraints),
      patterns: [...new Set([...textPatterns(constraints), ...(heads ? [heads] : [])])],
    };
    const called = alt.call !== undefined && !alt.new && !alt.assign && !alt.property && !alt.query && languages.every((l) => CALLS_WITH_PARENTHESES.has(l)) ? calledWords(names) : undefined;
    const around = alt.inside ? ancestorNeeds(alt.inside) : undefined;
    for (const q of around ? around.map((a) => joined(own, a)) : [own]) {
      if (!q.words.length && !q.modules.length && !q.texts.length && !q.patterns?.length) return undefined;
      if (!q.patterns?.length) delete q.patterns;
      out.push(called ? { ...q, called } : q);
    }
  }
  return out;
}

/**
 * Languages where a call always has its arguments in parentheses (or a template, type arguments): not Ruby, shell,
 * PowerShell or PHP (`system "ls"`, `echo $x`).
 */
const CALLS_WITH_PARENTHESES = new Set<RuleLanguage>(['javascript', 'python', 'go', 'java', 'csharp', 'cpp', 'rust']);

/** The last segments of call names, when each is a literal identifier (the word written where the call is). */
function calledWords(names: string[]): string[] | undefined {
  const words = new Set<string>();
  for (const name of names) {
    const last = namePattern(name).last;
    if (!last || !/^[A-Za-z_$][\w$]*$/.test(last)) return undefined;
    words.add(last);
  }
  return [...words];
}

function namesOf(alt: Matcher): string[] {
  return [alt.call, alt.new, alt.assign, alt.property].flatMap((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
}

/** The constraints an alternative cannot match without: on its arguments, its value and its captures (not `not`). */
function constraintsOf(alt: Matcher): ValueConstraint[] {
  return [...Object.values(alt.args ?? {}), ...(alt.value ? [alt.value] : []), ...Object.values(alt.captures ?? {})];
}

/** At most this many groups of words in one requirement (an `inside` multiplies the groups of its alternative). */
const MAX_WORD_GROUPS = 64;

/**
 * What an `inside` matcher needs of the file, one per alternative: an ancestor matches it by its names and its
 * arguments alone (engine/match.ts `matchesNode`: its own `imports`, `inside` and value are not checked, and a raw
 * query there names node kinds). Undefined when some alternative needs nothing.
 */
function ancestorNeeds(m: Matcher): Requirement[] | undefined {
  const out: Requirement[] = [];
  for (const alt of alternatives(m)) {
    const names = namesOf(alt);
    if (alt.query || !names.length) return undefined;
    const words = names.map(patternWords);
    const constraints = Object.values(alt.args ?? {});
    out.push({ words: words.some((w) => w.length === 0) ? [] : words, modules: [], texts: textLiterals(constraints), patterns: textPatterns(constraints) });
  }
  return out;
}

/** Both requirements at once: every group of words of one with every group of the other (when not too many). */
function joined(a: Requirement, b: Requirement): Requirement {
  let words = a.words.length ? a.words : b.words;
  if (a.words.length && b.words.length && a.words.length * b.words.length <= MAX_WORD_GROUPS) {
    words = a.words.flatMap((x) => b.words.map((y) => [...new Set([...x, ...y])]));
  }
  // (Two lists of modules one of each must occur would need two lists: the first one alone still holds.)
  return { words, modules: a.modules.length ? a.modules : b.modules, texts: [...a.texts, ...b.texts], patterns: [...new Set([...(a.patterns ?? []), ...(b.patterns ?? [])])] };
}

/** Between two tokens of JavaScript: spaces and comments. */
const JS_GAP = String.raw`(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*)*`;

/**
 * How a callee or an assignment target whose name begins with `prefix` (an identifier's start) is written, by
 * language: in JavaScript an identifier that begins with it, continued after spaces and comments by what can follow
 * the head of a callee (`.`, `?.`, `(`, `[`, a template, TypeScript's `!` and `<`: `${` opens a template's
 * substitution, never a name), or an import of a module whose path begins with it (a name resolved through the
 * import begins with the path).
 */
const NAME_HEADS: Partial<Record<RuleLanguage, (prefix: string) => string>> = {
  javascript: (prefix) => {
    const p = prefix.replace(/[$]/g, '\\$&');
    return String.raw`(?<![\w$])${p}[\w$\\\u0080-\uffff]*${JS_GAP}(?:[.(\[\`!<]|\?\.)|\b(?:from|require)${JS_GAP}(?:\(${JS_GAP})?['"](?:node:)?${p}`;
  },
};

/**
 * What every name of an alternative needs its file to hold where each name's first segment begins with a literal
 * part before a `*` (`$*.html`, `jQuery*.append`): the literal words of such a name leave its head out. Undefined
 * where some name has no such part, or a language of the rule has no description of how names begin.
 */
function headPattern(names: string[], languages: readonly RuleLanguage[]): string | undefined {
  if (!names.length || !languages.length) return undefined;
  const prefixes = new Set<string>();
  for (const name of names) {
    const first = name.split('.')[0]!;
    const star = first.indexOf('*');
    const prefix = star > 0 ? first.slice(0, star) : '';
    if (!/^[A-Za-z_$][\w$]*$/.test(prefix)) return undefined;
    prefixes.add(prefix);
  }
  const branches = new Set<string>();
  for (const language of languages) {
    const head = NAME_HEADS[language];
    if (!head) return undefined;
    for (const prefix of prefixes) branches.add(head(prefix));
  }
  return [...branches].join('|');
}

/**
 * For each `text:` constraint an alternative cannot match without (on an argument, the value or a capture, outside
 * `not`), the literals its expression needs: the constraint is tested on a node's source text, a piece of the file.
 */
function textLiterals(constraints: ValueConstraint[]): string[][] {
  return constraints.flatMap((c) => {
    const literals = c.text !== undefined ? requiredLiterals(c.text) : undefined;
    return literals ? [literals] : [];
  });
}

/** Literal characters and `|`: an expression that {@link textLiterals}' strings say all of. */
const LITERALS_ONLY = /^(?:[^\\^$.*+?()[\]{}]|\\[^A-Za-z0-9])+$/;

/**
 * The loosened expression of each `text:` constraint of {@link textLiterals}: one the whole file must match (left
 * out where it is only the literals the substring search already finds).
 */
function textPatterns(constraints: ValueConstraint[]): string[] {
  return constraints.flatMap((c) => {
    const pattern = c.text !== undefined ? containingPattern(c.text) : undefined;
    return pattern && !(LITERALS_ONLY.test(pattern) && requiredLiterals(c.text!)) ? [pattern] : [];
  });
}

/**
 * What compiling a rule works out from it beyond its own fields: the prefilter and the requirements. The build
 * stores it in rules.json for every bundled rule that compiles cleanly, so a thread that starts does not validate
 * and derive the bundled rules again (deriving them took 25-30 of the 35-50 ms a thread spent on its rules).
 */
export interface DerivedRule {
  prefilter: string[];
  prefilterWords: boolean;
  ignoreCase?: boolean;
  requirements?: Requirement[];
}

/** Validates one parsed rule document and works out what it derives; undefined (and problems) when it is broken. */
export function deriveRule(file: string, raw: unknown, problems: RuleProblem[]): DerivedRule | undefined {
  const errors = check(RuleSchema, raw);
  if (errors.length) {
    for (const e of errors) problems.push({ file, message: `${e.path || '(rule)'}: ${e.message}` });
    return undefined;
  }
  const rule = raw as Rule;
  const semantic = checkRuleSemantics(rule);
  if (semantic.length) {
    for (const message of semantic) problems.push({ file, message });
    return undefined;
  }
  const expectedId = file.replace(/\.yaml$/, '');
  if (rule.id !== expectedId) problems.push({ file, message: `id "${rule.id}" does not match its path (expected "${expectedId}")` });
  const prefilter = derivePrefilter(rule);
  const requirements = rule.match ? deriveRequirements(rule.match, rule.languages) : undefined;
  return { prefilter: prefilter.words, prefilterWords: prefilter.identifiers, ...(prefilter.ignoreCase ? { ignoreCase: true } : {}), ...(requirements ? { requirements } : {}) };
}

/** A rule ready to run from its document and what {@link deriveRule} worked out. */
function assembleRule(file: string, rule: Rule, derived: DerivedRule): CompiledRule {
  return {
    ...rule,
    file,
    prefilter: derived.prefilter,
    prefilterWords: derived.prefilterWords,
    ...(derived.ignoreCase ? { prefilterIgnoringCase: new RegExp(derived.prefilter.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i') } : {}),
    ...(derived.requirements ? { requirements: derived.requirements } : {}),
    ...(rule.fix ? { fix: { ...rule.fix, title: plainFixTitle(rule.fix.title) } } : {}),
    ...(rule.text ? { textRegex: new RegExp(rule.text.regex, `g${rule.text.flags ?? ''}`) } : {}),
  };
}

/** Validates and compiles one parsed rule document. */
export function compileRule(file: string, raw: unknown, problems: RuleProblem[]): CompiledRule | undefined {
  const derived = deriveRule(file, raw, problems);
  return derived && assembleRule(file, raw as Rule, derived);
}

/**
 * Builds a rule set from parsed documents. Duplicate ids are problems; the first wins. An entry with `derived`
 * (the bundled rules.json, written by the build from a clean compile) is taken as it is.
 */
export function buildRuleSet(entries: { path: string; rule: unknown; derived?: DerivedRule }[], docsDir: string): RuleSet {
  const problems: RuleProblem[] = [];
  const rules: CompiledRule[] = [];
  const byId = new Map<string, CompiledRule>();
  for (const entry of entries) {
    const compiled = entry.derived ? assembleRule(entry.path, entry.rule as Rule, entry.derived) : compileRule(entry.path, entry.rule, problems);
    if (!compiled) continue;
    if (byId.has(compiled.id)) {
      problems.push({ file: entry.path, message: `duplicate rule id "${compiled.id}"` });
      continue;
    }
    byId.set(compiled.id, compiled);
    rules.push(compiled);
  }
  return { rules, byId, problems, docsDir };
}

/** The rules folder of the source tree, found by walking up from this module (development and tests). */
export function sourceRulesDir(): string | undefined {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'server/src/rules');
    // The transpiled tree under out/ mirrors the folder but holds no YAML.
    if (existsSync(join(candidate, 'ai-audit/ignore-malformed.yaml'))) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** Reads every `<pack>/<rule>.yaml` below a folder. */
export function readRuleFiles(rulesDir: string): { path: string; rule: unknown }[] {
  const out: { path: string; rule: unknown }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.yaml') && !name.endsWith('.test.yaml')) {
        const path = relative(rulesDir, full).split('\\').join('/');
        try {
          out.push({ path, rule: parseYaml(readFileSync(full, 'utf8')) });
        } catch (error) {
          out.push({ path, rule: { __parseError: (error as Error).message } });
        }
      }
    }
  };
  walk(rulesDir);
  return out;
}

let bundled: RuleSet | undefined;

/** The rules that ship with ai-audit: rules.json next to the bundle, else the YAML sources. Cached. */
export function loadBundledRules(): RuleSet {
  if (bundled) return bundled;
  const json = join(__dirname, 'rules.json');
  if (existsSync(json)) {
    bundled = buildRuleSet(JSON.parse(readFileSync(json, 'utf8')), join(__dirname, 'docs'));
  } else {
    const dir = sourceRulesDir();
    if (!dir) throw new Error('no rules found: neither rules.json next to the bundle nor server/src/rules');
    bundled = buildRuleSet(readRuleFiles(dir), dir);
  }
  return bundled;
}
