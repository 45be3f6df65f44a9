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
}

