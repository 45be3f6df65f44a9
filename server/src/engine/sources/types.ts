/** Types of the flow data: sources of untrusted data and the sanitizers that make it safe for a sink category. */

export type SourceKind = 'http' | 'cli' | 'stdin' | 'file' | 'llm' | 'env' | 'network';

export interface SourceSpec {
  pattern: string;
  kind: SourceKind;
  /** Shown in messages: "model output (OpenAI chat completion)". */
  description: string;
  imports?: string[];
}

export interface SanitizerSpec {
  pattern: string;
  /** Sink categories it protects; empty: every category. */
  categories: string[];
  /**
   * It makes the data it returns, rather than cleaning what it is given (`pickle.dumps`: what the program pickled
   * itself). Such a value is safe only where every value the sink may get is one (or a constant): mixed with data
   * of unknown origin it protects nothing, as an escaping function still does.
   */
  makes?: boolean;
}

