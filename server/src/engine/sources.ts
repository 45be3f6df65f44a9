/**
 * Where untrusted data comes from, and what makes it safe again, per language (one file each under sources/).
 * A source is a name pattern for a member access or a call (with `*` wildcards, import aliases resolved);
 * `imports` narrows patterns whose names are too common to trust alone. Model output (LLM client responses,
 * tool-call arguments) is a source like an HTTP request: whoever controls the prompt controls the text.
 */
import type { RuleLanguage } from './rule';
import type { SanitizerSpec, SourceSpec } from './sources/types';
import * as python from './sources/python';
import * as javascript from './sources/javascript';
import * as go from './sources/go';
import * as java from './sources/java';
import * as csharp from './sources/csharp';
import * as php from './sources/php';
import * as ruby from './sources/ruby';
import * as bash from './sources/bash';
import * as cpp from './sources/cpp';

export type { SanitizerSpec, SourceKind, SourceSpec } from './sources/types';

export const SOURCES: Partial<Record<RuleLanguage, SourceSpec[]>> = {
  python: python.sources,
  javascript: javascript.sources,
  go: go.sources,
  java: java.sources,
  csharp: csharp.sources,
  php: php.sources,
  ruby: ruby.sources,
  bash: bash.sources,
  cpp: cpp.sources,
};

export const SANITIZERS: Partial<Record<RuleLanguage, SanitizerSpec[]>> = {
  python: python.sanitizers,
  javascript: javascript.sanitizers,
  go: go.sanitizers,
  java: java.sanitizers,
  csharp: csharp.sanitizers,
  php: php.sanitizers,
  ruby: ruby.sanitizers,
  bash: bash.sanitizers,
  cpp: cpp.sanitizers,
};
