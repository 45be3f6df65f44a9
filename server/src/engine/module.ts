/**
 * The contract for rules that need code (structured files, decoding hidden text, cross-checks): the same
 * metadata and sidecar files as data rules, plus a `check` function that reports offsets of the analysed text.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { Document as YamlDocument } from 'yaml';
import type { Node as JsonNode } from 'jsonc-parser';
import type { CodeLanguage } from '../languages/language';
import type { Confidence, FixSafety, Severity } from './finding';
import type { FlowAnalyzer } from './flow';
import type { RuleLanguage } from './rule';

/** An edit by offsets into the analysed text. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix before positions are computed. */
export interface FixDraft {
  title: string;
  safety: FixSafety;
  edits: OffsetEdit[];
}

/** What a module rule reports; metadata not given here comes from the rule's YAML. */
export interface ModuleReport {
  start: number;
  end: number;
  /** Replaces the rule's message; `{{name}}` placeholders are filled from `names`. */
  message?: string;
  names?: Record<string, string>;
  severity?: Severity;
  confidence?: Confidence;
  fixes?: FixDraft[];
  revealed?: string;
}

/** Zero-based, inclusive lines of a block of the document (e.g. code inserted by one large edit, not yet reviewed). */
export interface LineSpan {
  startLine: number;
  endLine: number;
}

/** Everything a module rule may look at. Parsers run lazily, once per file. */
export interface ModuleContext {
  path: string;
  text: string;
  formats: ReadonlySet<RuleLanguage>;
  code?: {
    language: CodeLanguage;
    tree: Tree;
    /**
     * Where a region-aware rule looks for what it reports: the tree's root, or, when the engine re-analyses only the
     * function an edit changed, that function. Rules without `region` always get the root.
     */
    root: Node;
    imports: Map<string, string>;
    flow: FlowAnalyzer;
  };
  /** The YAML documents of the file (with source ranges), or [] when it is not YAML or does not parse. */
  yaml(): YamlDocument.Parsed[];
  /** The JSONC tree (with offsets), or undefined when it is not JSON. */
  json(): JsonNode | undefined;
  report(report: ModuleReport): void;
  /** Blocks the editor marked as unreviewed AI-sized code ({@link AnalyseOptions.unreviewed}); empty otherwise. */
  unreviewed: readonly LineSpan[];
}

export interface ModuleRule {
  check(ctx: ModuleContext): void;
  /**
   * The rule searches only under `code.root` and reports only inside what it found there (it may look outward,
   * e.g. at enclosing scopes, but never reports elsewhere): after an edit inside a function it runs on that function
   * alone and its earlier findings elsewhere are kept. Rules without it run on the whole file every time.
   */
  region?: boolean;
  /**
   * A cheap test of the whole text (and the unreviewed blocks, and what kind of file it is, as in
   * {@link ModuleContext.formats}) that is false only when `check` cannot report anything: when every rule a file
   * passes to says no, the file is never parsed. Without it, rules with no keywords always run.
   */
  applies?(text: string, unreviewed: readonly LineSpan[], formats: ReadonlySet<RuleLanguage>, memory?: GateMemory): boolean;
  /**
   * For a file audited once in a language the engine can parse in part (engine/focus.ts): `names`, as a rule's
   * `call:` gives them (a wildcard only before the last segment), one of which every node `check` starts from is
   * written with, as written or through the file's imports; everything else it reads it finds from there through the
   * parent chain, the file's imports or data flow (`code.flow`), not by a search of the whole tree. With `arguments`,
   * it also follows the variables named in the arguments of the calls it starts from to their assignments anywhere
   * in the file (llm/syntax.ts `findWithin`). The engine then parses only the top-level statements and class members
   * where a node can be, and those these lookups can reach. Undefined: the whole file is parsed.
   */
  focus?(language: CodeLanguage['id']): FocusSpec | undefined;
}

/** What a module rule's findings can be found from ({@link ModuleRule.focus}). */
export interface FocusSpec {
  names: readonly string[];
  arguments?: boolean;
  /** Where a node it starts from is not in a function, it reads the whole tree (before it): then the file is parsed whole. */
  inFunctions?: boolean;
}

/**
 * What a gate ({@link ModuleRule.applies}) remembered of the last text of an open document it answered for, so that
 * after an edit it can answer from the text around the edit instead of searching the whole file on every keystroke.
 */
export interface GateMemory {
  /** The memo kept for the text before the edit, and the edit: `before.slice(start, oldEnd)` became `text.slice(start, newEnd)`. */
  previous?: { memo: unknown; start: number; oldEnd: number; newEnd: number };
  /** Keeps `memo` for the next edit of this document. */
  remember(memo: unknown): void;
}
