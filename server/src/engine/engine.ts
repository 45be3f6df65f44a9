/**
 * `analyse(document, config) → findings`: the one entry point every front end calls. It classifies the file,
 * skips what no active rule can match (size, binary, keyword prefilter), parses once (incrementally when it has
 * seen the document before), runs code, text and module rules, applies ignore directives and config, and turns
 * matches into findings with fixes and fingerprints. It never throws for bad input and never outlives its budget.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Edit, Parser, type Node, type Tree } from 'web-tree-sitter';
import { parseAllDocuments, type Document as YamlDocument } from 'yaml';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { classify, loadGrammar } from '../languages/registry';
import { forgetLineage } from '../languages/query';
import type { CodeLanguage } from '../languages/language';
import { type AuditConfig, DEFAULT_CONFIG, passesThresholds, ruleSetting } from './config';
import { type Finding, type Fix, type Notice, type Severity, type Confidence, compareFindings, plainFixTitle, SEVERITIES } from './finding';
import { FlowAnalyzer, describeTaint } from './flow';
import { matchTree, type RawMatch } from './match';
import type { FixDraft, FocusSpec, GateMemory, LineSpan, ModuleContext, ModuleReport, ModuleRule } from './module';
import type { CompiledRule, RuleSet } from './ruleset';
import type { RuleLanguage } from './rule';
import { matchText } from './text';
import { changedSpan } from './apply';
import { WordSet, isWordChar, mayBeCalled, substringsIn } from './scan';
import { buildDirectiveFix, buildFix, buildTextFix, fillMessage, fixReadsFile, matchValue } from './fix';
import { directiveCovers, parseDirectives, type Directive } from './suppress';
import { MODULE_RULES } from '../rules/modules';
import { lineStartsOf, positionAt } from './position';
import { IMPORT_WORDS, changedRegion, keptFindings, type PreviousResult, type Region } from './incremental';
import { type FocusRange, matcherFocus, pythonFocus } from './focus';

export { lineStartsOf, positionAt };

export interface SourceDocument {
  /** File path (absolute or workspace-relative, `/` separators): decides what the file is. */
  path: string;
  text: string;
  /** Key for incremental re-parsing (the document URI); omit for one-off analysis. */
  key?: string;
}

export interface AnalyseOptions {
  config?: AuditConfig;
  /** Today's date as YYYY-MM-DD (tests pin it); decides which `until` directives have expired. */
  today?: string;
  /** Keep suppressed findings (with `suppression` set) instead of dropping them: SARIF and reports show them. */
  keepSuppressed?: boolean;
  /** Blocks the editor marked as unreviewed AI-sized code; rules such as `review/*` look only inside them. */
  unreviewed?: readonly LineSpan[];
  /**
   * The document was just edited: when the edit is inside one function, analyse only that function and keep the
   * previous findings elsewhere (the result is then `partial`; run a full analysis when typing pauses).
   */
  incremental?: boolean;
}

export interface AnalysisResult {
  findings: Finding[];
  notices: Notice[];
  /** Milliseconds spent. */
  elapsed: number;
  /** Whether the file was parsed with tree-sitter (for benchmarks). */
  parsed: boolean;
  /** Only the edited function was analysed; findings elsewhere come from the previous analysis. */
  partial?: boolean;
  /** Only some top-level statements were parsed (engine/focus.ts). */
  focused?: boolean;
}

const MINIFIED_LINE = 5000;
const PARSE_CHUNK = 1024;
const TREE_CACHE_LIMIT = 64;

interface CachedTree {
  text: string;
  tree: Tree;
  grammar: string;
  /** The findings of the last complete analysis of `text`, for an incremental one after the next edit. */
  previous?: PreviousResult;
}

function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let replacement = 0;
  for (let i = head.indexOf('\uFFFD'); i !== -1; i = head.indexOf('\uFFFD', i + 1)) replacement++;
  return head.length > 0 && replacement / head.length > 0.1;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

/** The base of a finding's fingerprint (`finalise` adds the occurrence index and hashes it): its rule and code, white space runs read as one space. */
function fingerprintBase(ruleId: string, text: string, start: number, end: number): string {
  return `${ruleId}\u0000${text.slice(start, Math.min(end, start + 400)).replace(/\s+/g, ' ')}`;
}

function maxLineLength(lineStarts: number[], length: number): number {
  let max = 0;
  for (let i = 0; i < lineStarts.length; i++) max = Math.max(max, (lineStarts[i + 1] ?? length + 1) - lineStarts[i]! - 1);
  return max;
}

/**
 * What the keyword prefilter knows about a text: its word counts, and which substring keywords occur (after an
 * edit, the previous keywords plus those around the edit: one the edit removed may stay, which only means its
 * rules run; a prefilter may let through, never hold back).
 */
interface PrefilterFacts {
  text: string;
  words?: Map<string, number>;
  substrings?: { keywords: string; found: Set<string> };
  /** The last edit: `before` became `text`. */
  edit?: { before: string; start: number; oldEnd: number; newEnd: number };
  /** What the module rules' gates remembered of a text (this one, or `edit.before`) read as the kinds of file `formats` names, by rule. */
  gates?: { text: string; formats: string; memos: Map<string, unknown> };
  /** The facts of an open document (kept edit to edit); a file audited once has no gate memory. */
  open?: boolean;
  /** Whether each requirement pattern (by source) matches the text (a file audited once). */
  patterns?: Map<string, boolean>;
  /** The words some requirement needs called that occur where a call can name them (a file audited once). */
  called?: Set<string>;
}

/** The compiled requirement patterns, by source (a rule set's few dozen, shared by every engine of a thread). */
const requirementPatterns = new Map<string, RegExp>();

/** The keywords found before an edit plus those in the text around it (as far as the longest keyword reaches). */
function grownSubstrings(before: string, after: string, known: { keywords: string; found: Set<string> }, span = changedSpan(before, after)): Set<string> {
  const keywords = known.keywords.split('\u0000');
  const reach = Math.max(0, ...keywords.map((k) => k.length));
  const { start, newEnd } = span;
  const around = substringsIn(after.slice(Math.max(0, start - reach), Math.min(after.length, newEnd + reach)), keywords);
  return around.size ? new Set([...known.found, ...around]) : known.found;
}

/** Adds (or with `sign` -1 removes) the words of `only` (those some rule asks about) that a text holds to counts. */
export function countWords(text: string, counts: Map<string, number>, sign: 1 | -1, only: WordSet): Map<string, number> {
  only.forEachIn(text, 0, text.length, (word) => {
    const n = (counts.get(word) ?? 0) + sign;
    if (n > 0) counts.set(word, n);
    else counts.delete(word);
  });
  return counts;
}

/**
 * {@link countWords} of a whole text, noting also which of the words of `callable` occur where a call can name
 * them: one scan for both.
 */
function countWordsAndCalls(text: string, only: WordSet, callable: ReadonlySet<string>): { counts: Map<string, number>; called: Set<string> } {
  const counts = new Map<string, number>();
  const called = new Set<string>();
  only.forEachIn(text, 0, text.length, (word, at) => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (callable.has(word) && !called.has(word) && mayBeCalled(text, at, at + word.length)) called.add(word);
  });
  return { counts, called };
}

/**
 * The word counts of `after`, from those of `before` and the one edit between them: only the words around the
 * edit are counted again, so the prefilter of a large open file costs microseconds per keystroke.
 */
export function updateWords(before: string, after: string, counts: Map<string, number>, only: WordSet, span = changedSpan(before, after)): Map<string, number> {
  let { start, oldEnd, newEnd } = span;
  while (start > 0 && isWordChar(before.charCodeAt(start - 1))) start--;
  while (oldEnd < before.length && isWordChar(before.charCodeAt(oldEnd))) oldEnd++;
  while (newEnd < after.length && isWordChar(after.charCodeAt(newEnd))) newEnd++;
  countWords(before.slice(start, oldEnd), counts, -1, only);
  return countWords(after.slice(start, newEnd), counts, 1, only);
}

/**
 * How the prefilter finds the rules of one choice that can run, worked out once per choice: each rule is indexed
 * by the words or substrings one of which must occur for it to pass, so a file touches only the rules some word
 * or keyword of it names (a file names few), and the full check runs on those alone.
 */
interface PrefilterPlan {
  /** Rules with nothing to index them by: always checked. */
  unindexed: number[];
  byWord: Map<string, number[]>;
  bySubstring: Map<string, number[]>;
  /** The substring keywords (for {@link substringsIn}) and their key. */
  substrings: { list: string[]; joined: string };
}

function prefilterPlan(rules: readonly CompiledRule[]): PrefilterPlan {
  const plan: PrefilterPlan = { unindexed: [], byWord: new Map(), bySubstring: new Map(), substrings: { list: [], joined: '' } };
  const index = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key) ?? map.set(key, []).get(key)!;
    if (list[list.length - 1] !== i) list.push(i);
  };
  rules.forEach((rule, i) => {
    if (rule.prefilter.length && !rule.prefilterIgnoringCase) {
      // One of its keywords must occur.
      for (const keyword of rule.prefilter) index(rule.prefilterWords ? plan.byWord : plan.bySubstring, keyword, i);
    } else if (rule.requirements?.length && rule.requirements.every((q) => q.words.length && q.words.every((all) => all.length))) {
      // Every word of one group of one alternative must occur, so the first word of one group does.
      for (const q of rule.requirements) for (const all of q.words) index(plan.byWord, all[0]!, i);
    } else plan.unindexed.push(i);
  });
  const list = [...new Set(rules.flatMap((r) => [...(r.prefilterWords || r.prefilterIgnoringCase ? [] : r.prefilter), ...(r.requirements?.flatMap((q) => [...q.modules, ...q.texts.flat()]) ?? [])]))];
  plan.substrings = { list, joined: list.join('\u0000') };
  return plan;
}

export class Engine {
  private readonly parser = new Map<string, Parser>();
  private readonly trees = new Map<string, CachedTree>();
  private readonly running = new Map<string, Promise<AnalysisResult>>();
  /** The rules that apply to each kind of file, per configuration (by content; the last few kept). */
  private readonly ruleChoice = new Map<string, Map<string, CompiledRule[]>>();
  /** Each configuration object's content, as a key (an audit passes the same object for every file). */
  private readonly configKeys = new WeakMap<AuditConfig, string>();
  /** The rules of a choice that apply on a path, by the rules the path leaves out (same choice, same array). */
  private readonly pathChoice = new WeakMap<readonly CompiledRule[], Map<string, CompiledRule[]>>();
  /** The prefilter's index of a choice of rules (by identity: {@link applicableRules} returns cached arrays). */
  private readonly prefilterPlans = new WeakMap<readonly CompiledRule[], PrefilterPlan>();
  /** Every word some rule's prefilter asks about: the only words a text's prefilter counts. */
  private readonly askedWords: WordSet;
  /** The words some requirement needs called (Requirement.called). */
  private readonly callable: ReadonlySet<string>;
  /** Prefilter facts of the last analysed text of each open document, updated edit by edit. */
  private readonly prefilters = new Map<string, PrefilterFacts>();

  /**
   * `prefilter: false` runs every applicable rule on every file: slower, and only for checking that the prefilter
   * holds nothing back (tests, `bench/prefilter.mjs`). `focus: false` parses whole files where a part would do
   * (engine/focus.ts), to check the same.
   */
  constructor(readonly ruleSet: RuleSet, private readonly options: { prefilter?: boolean; focus?: boolean } = {}) {
    this.askedWords = new WordSet(new Set(ruleSet.rules.flatMap((r) => [...(r.prefilterWords ? r.prefilter : []), ...(r.requirements?.flatMap((q) => [...q.words.flat(), ...(q.called ?? [])]) ?? [])])));
    this.callable = new Set(ruleSet.rules.flatMap((r) => r.requirements?.flatMap((q) => q.called ?? []) ?? []));
  }

  /** The documentation link of a rule. */
  docUrl(rule: { id: string }, config: AuditConfig = DEFAULT_CONFIG): string {
    if (config.docsBaseUrl) return `${config.docsBaseUrl.replace(/\/+$/, '')}/${rule.id}.md`;
    return pathToFileURL(join(this.ruleSet.docsDir, `${rule.id}.md`)).toString();
  }

  /** Forgets the cached tree of a closed document (after any analysis of it that is still running). */
  forget(key: string): void {
    const running = this.running.get(key);
    if (running) void running.finally(() => this.dropTree(key));
    else this.dropTree(key);
  }

  private dropTree(key: string): void {
    this.prefilters.delete(key);
    const cached = this.trees.get(key);
    if (cached) {
      cached.tree.delete();
      this.trees.delete(key);
    }
  }


  /**
   * The prefilter facts of a document's text, brought up to date from the previous version's: only the words
   * around the edit are counted again, and only the text around it is searched for substring keywords.
   */
  private prefilterFacts(doc: SourceDocument): PrefilterFacts {
    if (!doc.key) return { text: doc.text };
    let facts = this.prefilters.get(doc.key);
    if (!facts) facts = { text: doc.text, open: true };
    else if (facts.text !== doc.text) {
      const span = changedSpan(facts.text, doc.text);
      if (facts.words) facts.words = updateWords(facts.text, doc.text, facts.words, this.askedWords, span);
      if (facts.substrings) facts.substrings = { ...facts.substrings, found: grownSubstrings(facts.text, doc.text, facts.substrings, span) };
      facts.edit = { before: facts.text, ...span };
      facts.text = doc.text;
    }
    this.prefilters.delete(doc.key);
    this.prefilters.set(doc.key, facts);
    if (this.prefilters.size > TREE_CACHE_LIMIT) this.prefilters.delete(this.prefilters.keys().next().value!);
    return facts;
  }

  /**
   * The rules that can match `text`: their keywords occur, the words and modules one alternative of their matcher
   * needs occur, and a module rule's gate lets the file through. A prefilter may let through, never hold back.
   */
  private prefiltered(rules: CompiledRule[], text: string, facts: PrefilterFacts, unreviewed: readonly LineSpan[], formats: ReadonlySet<RuleLanguage>): CompiledRule[] {
    if (this.options.prefilter === false) return rules;
    let plan = this.prefilterPlans.get(rules);
    if (!plan) this.prefilterPlans.set(rules, (plan = prefilterPlan(rules)));
    if (!facts.words && !facts.open) ({ counts: facts.words, called: facts.called } = countWordsAndCalls(text, this.askedWords, this.callable));
    const words = (facts.words ??= countWords(text, new Map(), 1, this.askedWords));
    const { list, joined } = plan.substrings;
    const substrings = () => {
      if (facts.substrings?.keywords !== joined) facts.substrings = { keywords: joined, found: substringsIn(text, list) };
      return facts.substrings.found;
    };
    const found = (keyword: string) => substrings().has(keyword);
    const has = (word: string) => words.has(word);
    const isCalled = (word: string) => facts.called!.has(word);
    // (An open document's requirements leave out their patterns and calls: see Requirement.patterns.)
    const matches = (source: string) => {
      const known = (facts.patterns ??= new Map()).get(source);
      if (known !== undefined) return known;
      let regex = requirementPatterns.get(source);
      if (!regex) requirementPatterns.set(source, (regex = new RegExp(source)));
      const answer = regex.test(text);
      facts.patterns.set(source, answer);
      return answer;
    };
    // The rules some word or keyword of the text names, and those with nothing to index them by; then the full check.
    const candidates = new Uint8Array(rules.length);
    for (const i of plan.unindexed) candidates[i] = 1;
    for (const word of words.keys()) for (const i of plan.byWord.get(word) ?? []) candidates[i] = 1;
    if (plan.bySubstring.size) for (const keyword of substrings()) for (const i of plan.bySubstring.get(keyword) ?? []) candidates[i] = 1;
    const memory = this.gateMemory(facts, text, formats);
    return rules.filter((rule, i) => {
      if (!candidates[i]) return false;
      if (rule.prefilter.length && !(rule.prefilterIgnoringCase ? rule.prefilterIgnoringCase.test(text) : rule.prefilter.some(rule.prefilterWords ? has : found))) return false;
      if (rule.requirements && !rule.requirements.some((q) => (q.words.length === 0 || q.words.some((all) => all.every(has))) && (q.modules.length === 0 || q.modules.some(found)) && q.texts.every((one) => one.some(found)) && (!facts.called || !q.called || q.called.some(isCalled)) && (facts.open || !q.patterns || q.patterns.every(matches)))) return false;
      const impl = rule.module ? MODULE_RULES[rule.id] : undefined;
      return !impl?.applies || impl.applies(text, unreviewed, formats, memory?.(rule.id));
    });
  }

  /**
   * The memory each gate of an open document gets: what it kept for the text before the last edit (or for this same
   * text), and where to keep what it learns of this one. Undefined for a file that is not open.
   */
  private gateMemory(facts: PrefilterFacts, text: string, formats: ReadonlySet<RuleLanguage>): ((id: string) => GateMemory) | undefined {
    if (!facts.open || facts.text !== text) return undefined;
    // (A gate's terms depend on the kind of file, which the text itself may change: a shebang line.)
    const kinds = [...formats].sort().join(',');
    const kept = facts.gates?.formats === kinds ? facts.gates : undefined;
    // The memos are of this text, or of the text before the last edit (when they are of an older one, forgotten).
    const span = kept?.text === text ? { start: text.length, oldEnd: text.length, newEnd: text.length } : kept && facts.edit?.before === kept.text ? facts.edit : undefined;
    const memos = new Map<string, unknown>();
    facts.gates = { text, formats: kinds, memos };
    return (id) => {
      const memo = span ? kept!.memos.get(id) : undefined;
      return { ...(memo !== undefined ? { previous: { memo, start: span!.start, oldEnd: span!.oldEnd, newEnd: span!.newEnd } } : {}), remember: (m) => memos.set(id, m) };
    };
  }

  /** Rules that apply to a file class under a config (before the keyword prefilter). */
  private applicableRules(formats: ReadonlySet<string>, path: string, config: AuditConfig): CompiledRule[] {
    // What depends on the config and the kind of file is worked out once per configuration and kind (the editor
    // builds a new, equal config object for every analysis, so they are told apart by content).
    let configKey = this.configKeys.get(config);
    if (configKey === undefined) this.configKeys.set(config, (configKey = JSON.stringify(config)));
    let byFormats = this.ruleChoice.get(configKey);
    if (!byFormats) {
      if (this.ruleChoice.size >= 16) this.ruleChoice.delete(this.ruleChoice.keys().next().value!);
      this.ruleChoice.set(configKey, (byFormats = new Map()));
    }
    const formatsKey = [...formats].sort().join(',');
    let chosen = byFormats.get(formatsKey);
    if (!chosen) {
      chosen = this.ruleSet.rules.filter((rule) => {
        if (rule.status === 'deprecated') return false;
        const setting = ruleSetting(config, rule.id);
        if (setting === 'off') return false;
        if (!config.all && setting === undefined && (rule.status === 'preview' || rule.confidence === 'low')) return false;
        return rule.languages.some((l) => formats.has(l));
      });
      byFormats.set(formatsKey, chosen);
    }
    const left: number[] = [];
    chosen.forEach((rule, i) => {
      if ((rule.paths?.include && !rule.paths.include.some((g) => globMatch(g, path))) || rule.paths?.exclude?.some((g) => globMatch(g, path))) left.push(i);
    });
    if (!left.length) return chosen;
    // The same array for the same choice, so what is derived from it (the prefilter's index, the query) is cached
    // by identity: the rules a path leaves out are few and the same for most paths.
    let byLeft = this.pathChoice.get(chosen);
    if (!byLeft) this.pathChoice.set(chosen, (byLeft = new Map()));
    const leftKey = left.join(',');
    let onPath = byLeft.get(leftKey);
    if (!onPath) {
      if (byLeft.size >= 64) byLeft.delete(byLeft.keys().next().value!);
      const out = new Set(left);
      byLeft.set(leftKey, (onPath = chosen.filter((_, i) => !out.has(i))));
    }
    return onPath;
  }

  /**
   * Analyses one document. Never throws: problems become notices. Analyses of the same document key run one at a
   * time, because they share (and edit) the document's cached syntax tree.
   */
  analyse(doc: SourceDocument, options: AnalyseOptions = {}): Promise<AnalysisResult> {
    const key = doc.key;
    if (!key) return this.analyseNow(doc, options);
    const previous = this.running.get(key);
    const current = previous ? previous.then(() => this.analyseNow(doc, options)) : this.analyseNow(doc, options);
    this.running.set(key, current);
    void current.finally(() => {
      if (this.running.get(key) === current) this.running.delete(key);
    });
    return current;
  }

  private async analyseNow(doc: SourceDocument, options: AnalyseOptions): Promise<AnalysisResult> {
    const started = performance.now();
    const config = options.config ?? DEFAULT_CONFIG;
    const notices: Notice[] = [];
    // Trees of one-off analyses (no document key) are freed when this analysis ends.
    const owned: Tree[] = [];
    const done = (findings: Finding[], parsed = false): AnalysisResult => ({ findings, notices, elapsed: performance.now() - started, parsed });
    try {
      const { text } = doc;
      if (text.length > config.maxFileSizeKb * 1024) {
        notices.push({ kind: 'skipped', message: `Skipped: the file is ${Math.round(text.length / 1024)} KB, over the ${config.maxFileSizeKb} KB limit (aiAudit.maxFileSizeKb).` });
        return done([]);
      }
      if (looksBinary(text)) {
        notices.push({ kind: 'skipped', message: 'Skipped: the file looks binary (NUL bytes or invalid UTF-8).' });
        return done([]);
      }
      const fileClass = classify(doc.path, text);
      const lineStarts = lineStartsOf(text);
      let rules = this.applicableRules(fileClass.formats, doc.path, config);
      let code = fileClass.code;
      if (code && text.length > 20000 && maxLineLength(lineStarts, text.length) > MINIFIED_LINE) {
        notices.push({ kind: 'skipped', message: 'Syntax rules skipped: the file looks minified or generated (very long lines); secrets and hidden-character checks still ran.' });
        code = undefined;
        rules = rules.filter((r) => !r.match);
      }
      // Keyword prefilter: one pass over the words of the file, one over its substrings; rules that cannot match
      // (a word or module their names need is absent, a module rule's own gate says no) never run.
      // (A directive for a rule the prefilter left out suppresses nothing here: it counts as unused.)
      const runnable = rules;
      rules = this.prefiltered(rules, text, this.prefilterFacts(doc), options.unreviewed ?? [], fileClass.formats);
      // Loading a grammar happens once per process; it does not count against this file's budget.
      const loadStarted = performance.now();
      if (code) await loadGrammar(code);
      let deadline = started + config.timeBudgetMs + (performance.now() - loadStarted);
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      const mayHaveDirectives = text.includes('ai-audit-ignore');
      const codeRules = rules.filter((r) => r.match);
      // A text rule reads the tree only where its pattern matched (to check the match is in a string, or to build its
      // fix). Read without the tree, its patterns match at least as often: where none does, the file is not parsed
      // for it (secrets rules' keywords alone made a quarter of the parsed bytes).
      const textNeedingTree = rules.filter((r) => r.text && ((r.text.scope && r.text.scope !== 'any') || r.fix));
      const treeForOthers = codeRules.length > 0 || rules.some((r) => r.module) || mayHaveDirectives;
      const needsTree = !!code && (treeForOthers || (textNeedingTree.length > 0 && matchText(textNeedingTree, text, undefined, deadline, true).length > 0));

      let codeCtx: { language: CodeLanguage; tree: Tree; root: Node; imports: Map<string, string>; flow: FlowAnalyzer } | undefined;
      const signature = doc.key ? JSON.stringify([doc.path, config, options.unreviewed ?? [], today]) : '';
      let region: Region | undefined;
      let previous: PreviousResult | undefined;
      let focused = false;
      if (needsTree && code) {
        // A file audited once is parsed only where its rules can find something (and directives are read from the
        // comments of the whole tree).
        const focus = !doc.key && !mayHaveDirectives && this.options.focus !== false ? this.focusRanges(code, rules, text, textNeedingTree, deadline) : undefined;
        const parsed = await this.parse(code, doc, deadline, owned, focus);
        if (!parsed) {
          notices.push({ kind: 'timeout', message: `Analysis cut off: parsing took longer than the ${config.timeBudgetMs} ms budget (aiAudit.timeBudgetMs).` });
          return done([]);
        }
        const { tree } = parsed;
        focused = parsed.focused ?? false;
        previous = parsed.previous?.signature === signature ? parsed.previous : undefined;
        // Half-typed code is the normal case while typing: where an edit makes the parser read code far from it
        // differently, the changed ranges say so and the region grows (or the whole file is analysed).
        let importsNow: Map<string, string> | undefined;
        const currentImports = () => (importsNow ??= code.imports(tree.rootNode));
        const before = previous;
        if (options.incremental && before && parsed.previousTree && before.text !== text) {
          region = changedRegion(tree, code, before.text, text, parsed.previousTree, {
            importsUnchanged: () => sameEntries(currentImports(), before.imports),
            // (Touching counts: an edit that ends or inserts where white space was added may have to take it in.)
            fixAcross: (start, end) => before.local.some((f) => f.fixes.some((fix) => fix.edits.some((e) => e.startOffset <= end && e.endOffset >= start))),
          });
        }
        // An edit inside code that imports nothing (or of white space between tokens) leaves the file's imports as
        // they were.
        const imports = region && previous && !region.parts.slice(0, region.edited).some((p) => IMPORT_WORDS.test(p.node.text) || IMPORT_WORDS.test(previous!.text.slice(p.oldStart, p.oldEnd))) ? previous.imports : currentImports();
        codeCtx = { language: code, tree, root: tree.rootNode, imports, flow: new FlowAnalyzer(code, tree.rootNode, imports, text) };
      }

      // Findings of code rules and region-aware module rules (reusable outside an edited function), and the rest.
      const local: Finding[] = [];
      const findings: Finding[] = [];
      let into = local;
      const emit = (rule: CompiledRule, start: number, end: number, extra: Partial<Finding> & { names?: Map<string, string> }, fixes: FixDraft[]) => {
        into.push(this.toFinding(rule, text, lineStarts, start, end, extra, fixes, config));
      };

      // Rules whose fix reads the file beyond the match are matched over the whole file even after an edit: a
      // finding kept from before would keep a fix of the text before (sha256 put for md5 where the edit added a use).
      // After an edit of the imports, so is every rule with a finding that has a fix: many fixes add an import the
      // file lacks, and read the import lines as text to tell.
      const fixed = region?.imports && previous ? new Set(previous.local.filter((f) => f.fixes.length).map((f) => f.ruleId)) : undefined;
      const readingFile = region ? new Set(codeRules.filter((r) => r.fix?.module && (fixReadsFile(r.fix.module) || fixed?.has(r.id)))) : new Set<CompiledRule>();
      // Findings outside the edit are kept from the analysis before. One whose fix the edit touched (the fix would
      // edit changed text) is found again over the whole file with its rule, so that its fix is not lost.
      let kept: Finding[] = [];
      if (region && previous) {
        const active = new Set(rules.map((r) => r.id));
        for (const r of readingFile) active.delete(r.id);
        const lost = new Set<string>();
        kept = keptFindings(previous.local, region, lineStarts, (id) => active.has(id), (id) => !!this.ruleSet.byId.get(id)?.module, previous.text, (id) => lost.add(id));
        for (const r of codeRules) if (lost.has(r.id)) readingFile.add(r);
        if (lost.size) kept = kept.filter((f) => !readingFile.has(this.ruleSet.byId.get(f.ruleId)!));
      }
      if (codeCtx && codeRules.length) {
        const grammar = await loadGrammar(codeCtx.language);
        const matches: RawMatch[] = [];
        let timedOut = false;
        const regional = readingFile.size ? codeRules.filter((r) => !readingFile.has(r)) : codeRules;
        const runs: [CompiledRule[], Node[] | undefined][] = [[regional, region?.parts.map((p) => p.node)]];
        if (readingFile.size) runs.push([[...readingFile], undefined]);
        for (const [some, parts] of runs) {
          const ctx = { ...codeCtx, grammar, text, deadline };
          matches.push(...matchTree(some, ctx, parts));
          deadline = ctx.deadline;
          timedOut ||= !!(ctx as { timedOut?: boolean }).timedOut;
        }
        if (timedOut) notices.push({ kind: 'timeout', message: `Analysis cut off after ${config.timeBudgetMs} ms (aiAudit.timeBudgetMs); some findings may be missing.` });
        for (const m of matches) this.emitMatch(m, text, codeCtx.language, emit);
      }

      into = findings;
      const textRules = rules.filter((r) => r.text);
      for (const m of matchText(textRules, text, codeCtx, deadline)) {
        const fix = m.rule.fix ? buildTextFix(m.rule.fix, m, { text, ...(codeCtx ? { code: codeCtx } : {}) }) : undefined;
        emit(m.rule, m.start, m.end, { names: new Map([['value', m.value], ['redacted', redact(m.value)]]) }, fix ? [fix] : []);
      }

      if (performance.now() > deadline && !notices.some((n) => n.kind === 'timeout')) {
        notices.push({ kind: 'timeout', message: `Analysis cut off after ${config.timeBudgetMs} ms (aiAudit.timeBudgetMs); some findings may be missing.` });
      }
      const moduleRules = rules.filter((r) => r.module);
      if (moduleRules.length) {
        this.runModules(moduleRules, doc.path, text, fileClass.formats, codeCtx, region?.parts.map((p) => p.node), (regional) => (into = regional ? local : findings), emit, notices, options.unreviewed ?? []);
      }

      // (Their code may hold the edit: white space put between two tokens is in its fingerprint.)
      for (const f of kept) local.push({ ...f, fingerprint: fingerprintBase(f.ruleId, text, f.startOffset, f.endOffset) });
      // Keep this analysis for the next edit, unless the budget cut it short (its gaps would be kept too).
      const cached = doc.key ? this.trees.get(doc.key) : undefined;
      if (cached && cached.text === text && codeCtx) {
        if (notices.some((n) => n.kind === 'timeout')) delete cached.previous;
        else cached.previous = { signature, text, local: local.map((f) => ({ ...f })), imports: codeCtx.imports };
      }

      // Ignore directives, then the config's thresholds and overrides.
      const directives = parseDirectives(text, lineStarts, codeCtx, today, !codeCtx && fileClass.formats.has('json'));
      const result = this.applyDirectives([...local, ...findings], directives, runnable, text, lineStarts, config, options.keepSuppressed ?? false);
      return { ...done(finalise(result, config, text), !!codeCtx), ...(region ? { partial: true } : {}), ...(focused ? { focused: true } : {}) };
    } catch (error) {
      notices.push({ kind: 'error', message: `Analysis failed: ${(error as Error).message}` });
      return done([]);
    } finally {
      for (const tree of owned) tree.delete();
    }
  }

  private emitMatch(m: RawMatch, text: string, language: CodeLanguage, emit: (rule: CompiledRule, start: number, end: number, extra: Partial<Finding> & { names?: Map<string, string> }, fixes: FixDraft[]) => void): void {
    const fix = buildFix(m.rule.fix, m, text, language);
    // Messages may name captures as well as names (`{{arg:0}}`, `{{value:shell}}`).
    const message = fillMessage(m.rule.message, matchValue(m));
    const extra: Partial<Finding> & { names?: Map<string, string> } = { names: m.names, message };
    if (m.sink?.taint) {
      extra.confidence = 'high';
      extra.message = `${message} Untrusted data reaches it from ${describeTaint(m.sink.taint)}.`;
    }
    emit(m.rule, m.node.startIndex, m.node.endIndex, extra, fix ? [fix] : []);
  }

  /**
   * Runs module rules. With `region` (the function an edit changed), region-aware rules look only there and the
   * others look at the whole file; `route` tells the caller which findings are which.
   */
  private runModules(rules: CompiledRule[], path: string, text: string, formats: ReadonlySet<string>, code: ModuleContext['code'], region: Node[] | undefined, route: (regional: boolean) => void, emit: (rule: CompiledRule, start: number, end: number, extra: Partial<Finding> & { names?: Map<string, string> }, fixes: FixDraft[]) => void, notices: Notice[], unreviewed: readonly LineSpan[]): void {
    let yamlDocs: YamlDocument.Parsed[] | undefined;
    let json: JsonNode | undefined | null;
    const regionCodes = code && region ? region.map((root) => ({ ...code, root })) : [code];
    for (const rule of rules) {
      const impl = MODULE_RULES[rule.id];
      if (!impl) continue;
      const regional = !!impl.region && !!code;
      route(regional);
      for (const part of regional ? regionCodes : [code]) this.runModule(rule, impl, part, path, text, formats, emit, notices, unreviewed, () => (yamlDocs ??= safeYaml(text)), () => (json === undefined ? (json = parseTree(text, [], { allowTrailingComma: true, disallowComments: false }) ?? null) : json) ?? undefined);
    }
  }

  private runModule(rule: CompiledRule, impl: ModuleRule, code: ModuleContext['code'], path: string, text: string, formats: ReadonlySet<string>, emit: (rule: CompiledRule, start: number, end: number, extra: Partial<Finding> & { names?: Map<string, string> }, fixes: FixDraft[]) => void, notices: Notice[], unreviewed: readonly LineSpan[], yaml: () => YamlDocument.Parsed[], json: () => JsonNode | undefined): void {
    const ctx: ModuleContext = {
      path,
      text,
      formats: formats as ModuleContext['formats'],
      unreviewed,
      ...(code ? { code } : {}),
      yaml,
      json,
      report: (r: ModuleReport) => {
        const names = new Map(Object.entries(r.names ?? {}));
        const message = r.message ? fillMessage(r.message, (k) => names.get(k)) : undefined;
        emit(rule, r.start, r.end, { names, ...(message ? { message } : {}), ...(r.severity ? { severity: r.severity } : {}), ...(r.confidence ? { confidence: r.confidence } : {}), ...(r.revealed ? { revealed: r.revealed } : {}) }, r.fixes ?? []);
      },
    };
    try {
      impl.check(ctx);
    } catch (error) {
      notices.push({ kind: 'error', message: `Rule ${rule.id} failed on this file: ${(error as Error).message}` });
    }
  }

  private toFinding(rule: CompiledRule, text: string, lineStarts: number[], start: number, end: number, extra: Partial<Finding> & { names?: Map<string, string> }, drafts: FixDraft[], config: AuditConfig): Finding {
    const names = extra.names ?? new Map<string, string>();
    const message = extra.message ?? fillMessage(rule.message, (k) => names.get(k));
    const fixes: Fix[] = drafts.map((d) => ({
      title: plainFixTitle(d.title),
      safety: d.safety,
      edits: d.edits.map((e) => ({ range: { start: positionAt(lineStarts, e.start), end: positionAt(lineStarts, e.end) }, startOffset: e.start, endOffset: e.end, newText: e.newText })),
    }));
    const finding: Finding = {
      ruleId: rule.id,
      title: rule.title,
      message,
      severity: extra.severity ?? rule.severity,
      confidence: extra.confidence ?? rule.confidence,
      cwe: rule.cwe,
      owasp: rule.owasp ?? [],
      category: rule.category,
      range: { start: positionAt(lineStarts, start), end: positionAt(lineStarts, end) },
      startOffset: start,
      endOffset: end,
      // The base of the fingerprint; `finalise` adds the occurrence index and hashes it.
      fingerprint: fingerprintBase(rule.id, text, start, end),
      fixes,
      docUrl: this.docUrl(rule, config),
      ...(extra.revealed ? { revealed: extra.revealed } : {}),
    };
    return finding;
  }

  private applyDirectives(findings: Finding[], directives: Directive[], activeRules: CompiledRule[], text: string, lineStarts: number[], config: AuditConfig, keepSuppressed: boolean): Finding[] {
    const out: Finding[] = [];
    const used = new Set<Directive>();
    const valid = directives.filter((d) => !d.problem);
    for (const finding of findings) {
      const directive = valid.find((d) => d.ruleIds.some((id) => directiveCovers(id, finding.ruleId) && this.ruleSet.byId.has(finding.ruleId)) && (d.scope === 'file' || d.line === finding.range.start.line));
      if (directive) {
        used.add(directive);
        if (keepSuppressed) out.push({ ...finding, suppression: { kind: 'inSource', justification: directive.reason } });
        continue;
      }
      out.push(finding);
    }
    const meta = (id: string, d: Directive, message: string) => {
      const rule = this.ruleSet.byId.get(id);
      if (!rule || ruleSetting(config, id) === 'off') return;
      const fix = rule.fix ? buildDirectiveFix(rule.fix, d, { text, ruleIds: [...this.ruleSet.byId.keys()] }) : undefined;
      out.push(this.toFinding(rule, text, lineStarts, d.start, d.end, { message }, fix ? [fix] : [], config));
    };
    const activeIds = new Set(activeRules.map((r) => r.id));
    for (const d of directives) {
      if (d.problem === 'malformed') meta('ai-audit/ignore-malformed', d, 'This ignore directive is malformed and suppresses nothing. Write `ai-audit-ignore <rule-id> -- <reason>`.');
      else if (d.problem === 'no-reason') meta('ai-audit/ignore-without-reason', d, `This ignore directive for ${d.ruleIds.join(', ')} has no reason and suppresses nothing. Add \`-- <why this is safe>\`.`);
      else if (d.problem === 'expired') meta('ai-audit/ignore-expired', d, `This ignore directive expired on ${d.until} and suppresses nothing. Fix the finding or renew the date with a reason.`);
      else {
        const unknown = d.ruleIds.filter((id) => !(id.endsWith('/*') ? this.ruleSet.rules.some((r) => directiveCovers(id, r.id)) : this.ruleSet.byId.has(id)));
        if (unknown.length) meta('ai-audit/ignore-unknown-rule', d, `Unknown rule id ${unknown.join(', ')} in this ignore directive.`);
        else if (!used.has(d) && d.ruleIds.every((id) => [...activeIds].some((a) => directiveCovers(id, a)))) {
          meta('ai-audit/ignore-unused', d, `This ignore directive for ${d.ruleIds.join(', ')} suppresses nothing here; remove it.`);
        }
      }
    }
    return out;
  }

  private parserFor(grammar: string): Parser | undefined {
    return this.parser.get(grammar);
  }

  /**
   * The parts of a file audited once to parse (engine/focus.ts): when every rule that reads the tree says which
   * names its findings are written with, and the language can be split at its top-level statements (Python).
   * Undefined: all.
   */
  private focusRanges(language: CodeLanguage, rules: readonly CompiledRule[], text: string, textNeedingTree: readonly CompiledRule[], deadline: number): FocusRange[] | undefined {
    if (language.id !== 'python') return undefined;
    const names = new Set<string>();
    const followed = new Set<string>();
    const inFunctions = new Set<string>();
    const substrings = new Set<string>();
    for (const rule of rules) {
      const spec: (FocusSpec & { substrings?: readonly string[] }) | undefined = rule.match ? matcherFocus(rule.match) : rule.module ? MODULE_RULES[rule.id]?.focus?.(language.id) : { names: [] };
      if (!spec) return undefined;
      for (const name of spec.names) {
        names.add(name);
        if (spec.arguments) followed.add(name);
        if (spec.inFunctions) inFunctions.add(name);
      }
      for (const part of spec.substrings ?? []) substrings.add(part);
    }
    const ranges = pythonFocus(text, { names, followed, inFunctions, substrings });
    // A text rule whose pattern matches reads the tree there (is the match in a string?): the whole file is parsed.
    return ranges && !(textNeedingTree.length && matchText([...textNeedingTree], text, undefined, deadline, true).length) ? ranges : undefined;
  }

  /**
   * Parses, reusing the previous tree of the same document for an incremental re-parse; with `focus`, only those
   * ranges of the text, unless the parser reads a syntax error in them (then all of it).
   */
  private async parse(language: CodeLanguage, doc: SourceDocument, deadline: number, owned: Tree[], focus?: FocusRange[]): Promise<{ tree: Tree; previous?: PreviousResult; previousTree?: Tree; focused?: boolean } | undefined> {
    const grammar = await loadGrammar(language);
    let parser = this.parserFor(language.grammar);
    if (!parser) {
      parser = new Parser();
      parser.setLanguage(grammar);
      this.parser.set(language.grammar, parser);
    }
    const cached = doc.key ? this.trees.get(doc.key) : undefined;
    let oldTree: Tree | undefined;
    if (cached && cached.grammar === language.grammar) {
      if (cached.text === doc.text) return { tree: cached.tree, ...(cached.previous ? { previous: cached.previous } : {}) };
      oldTree = cached.tree;
      editTree(oldTree, cached.text, doc.text);
    }
    // While parsing, the text goes to the parser in small chunks: it asks for text at each position it re-reads,
    // and each answer is copied into its memory (an incremental re-parse copies a few kilobytes instead of tens).
    // Afterwards the tree reads node text through the same function, whole.
    const text = doc.text;
    let parsing = true;
    const input = (index: number) => (parsing ? text.slice(index, index + PARSE_CHUNK) : text.slice(index));
    const progressCallback = () => performance.now() > deadline;
    let tree = parser.parse(input, oldTree ?? null, { progressCallback, ...(focus ? { includedRanges: focus } : {}) }) ?? undefined;
    let focused = !!focus;
    if (tree && focus && tree.rootNode.hasError) {
      tree.delete();
      tree = parser.parse(input, null, { progressCallback }) ?? undefined;
      focused = false;
    }
    parsing = false;
    parser.reset();
    if (!tree) {
      // The cached tree was edited for the new text: it no longer matches the cached text.
      if (doc.key && cached) this.dropTree(doc.key);
      return undefined;
    }
    if (doc.key) {
      // The previous tree, edited to the new text, is kept until the analysis ends: the changed region is worked
      // out by comparing the two.
      const previous = oldTree ? cached?.previous : undefined;
      if (cached && !oldTree) cached.tree.delete();
      if (oldTree) owned.push(oldTree);
      this.trees.delete(doc.key);
      this.trees.set(doc.key, { text: doc.text, tree, grammar: language.grammar });
      if (this.trees.size > TREE_CACHE_LIMIT) this.dropTree(this.trees.keys().next().value!);
      return { tree, ...(previous ? { previous, previousTree: oldTree } : {}) };
    }
    owned.push(tree);
    return { tree, ...(focused ? { focused } : {}) };
  }
}

/** Tells a tree about the single edit that turns `before` into `after` (common prefix and suffix kept). */
export function editTree(tree: Tree, before: string, after: string): void {
  const { start, oldEnd, newEnd } = changedSpan(before, after);
  const point = (text: string, offset: number) => {
    let row = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) row++;
    return { row, column: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
  };
  forgetLineage(tree);
  tree.edit(new Edit({ startIndex: start, oldEndIndex: oldEnd, newEndIndex: newEnd, startPosition: point(before, start), oldEndPosition: point(before, oldEnd), newEndPosition: point(after, newEnd) }));
}

function safeYaml(text: string): YamlDocument.Parsed[] {
  try {
    return parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false }) as YamlDocument.Parsed[];
  } catch {
    return [];
  }
}

/** `sk-abc…xyz`: enough to recognise a key in a report without printing it. */
export function redact(secret: string): string {
  return secret.length <= 12 ? `${secret.slice(0, 3)}…` : `${secret.slice(0, 6)}…${secret.slice(-4)}`;
}

/** Applies severity overrides and thresholds, computes fingerprints, sorts. */
function finalise(findings: Finding[], config: AuditConfig, text: string): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings.sort(compareFindings)) {
    const setting = ruleSetting(config, f.ruleId);
    if (setting && (SEVERITIES as readonly string[]).includes(setting)) f.severity = setting as Severity;
    if (!passesThresholds(config, f.severity, f.confidence as Confidence) && !(setting && setting !== 'off')) continue;
    out.push(f);
  }
  // Deduplicate identical reports (two alternatives of one rule matching the same node).
  const unique = out.filter((f, i) => i === 0 || !(out[i - 1]!.ruleId === f.ruleId && out[i - 1]!.startOffset === f.startOffset && out[i - 1]!.endOffset === f.endOffset));
  const outer = outermost(unique, text);
  for (const f of outer) f.fingerprint = fingerprint(f, seen);
  return outer;
}

/**
 * One finding per construct: a finding that is an argument of another finding of its rule, a call away
 * (`compile(…)` in `exec(compile(…))`, the path built inside `send_file Rails.root.join(…)`), is the same problem
 * and is reported once, on the outer call. A finding elsewhere inside another (a second query in the callback of
 * the first, a command built inside the argument of another) is a problem of its own; so is one inside a finding
 * that an ignore directive silenced. `findings` are sorted by start, then end.
 */
function outermost(findings: Finding[], text: string): Finding[] {
  const around = new Map<string, Finding[]>();
  return findings.filter((f) => {
    const open = (around.get(f.ruleId) ?? []).filter((g) => g.endOffset > f.startOffset);
    around.set(f.ruleId, [...open, f]);
    return !open.some((g) => !g.suppression && g.startOffset < f.startOffset && f.endOffset <= g.endOffset && argumentOf(text, g, f));
  });
}

/** Whether `inner` is written as an argument of the call `outer`: only the callee and an opening bracket or a space come before it, a comma or the closing bracket after it. */
function argumentOf(text: string, outer: Finding, inner: Finding): boolean {
  return /^[^\s()'"`,;{}[\]]+\s*[(\s]\s*$/.test(text.slice(outer.startOffset, inner.startOffset)) && (inner.endOffset === outer.endOffset || /^\s*[,)]/.test(text.slice(inner.endOffset, outer.endOffset)));
}

/** Rule + normalised matched text + occurrence index: survives edits above the finding. */
function fingerprint(f: Finding, seen: Map<string, number>): string {
  const base = f.fingerprint;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32);
}

/** Minimal glob: `**` any path, `*` any name part, `?` one character; matched against the path's suffix. */
export function globMatch(glob: string, path: string): boolean {
  let pattern = globCache.get(glob);
  if (!pattern) {
    const source = glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\/\*\*$/, '\u0001')
      .replace(/\*\*\/?/g, '\u0000')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')
      .replace(/\u0000/g, '(?:.*/)?')
      .replace(/\u0001/g, '(?:/.*)?');
    // `(^|/)` already lets any folders come first: a leading `**/` adds nothing but backtracking over the path.
    pattern = new RegExp(`(^|/)${source.replace(/^\(\?:\.\*\/\)\?/, '')}$`);
    globCache.set(glob, pattern);
  }
  return pattern.test(path.replace(/\\/g, '/'));
}

const globCache = new Map<string, RegExp>();
