/** Sources of untrusted data and sanitizers for ruby. */
import type { SanitizerSpec, SourceSpec } from './types';

const LLM = 'model output';

export const sources: SourceSpec[] = [
    { pattern: 'params', kind: 'http', description: 'request parameters' },
    { pattern: 'request.*', kind: 'http', description: 'the request' },
    { pattern: 'cookies', kind: 'http', description: 'cookies' },
    { pattern: 'ARGV', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'gets', kind: 'stdin', description: 'standard input' },
    { pattern: 'STDIN.*', kind: 'stdin', description: 'standard input' },
    { pattern: '$stdin.*', kind: 'stdin', description: 'standard input' },
    // Model output: ruby-openai (`client.chat(parameters: …)`), anthropic-sdk-ruby, langchainrb.
    { pattern: '*.chat', kind: 'llm', description: `${LLM} (OpenAI chat completion)` },
    { pattern: '*.completions', kind: 'llm', description: `${LLM} (completion)` },
    { pattern: '*.messages.create', kind: 'llm', description: `${LLM} (Anthropic Messages API)` },
    { pattern: '*.chat.completions.create', kind: 'llm', description: `${LLM} (OpenAI chat completion)` },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'Shellwords.escape', categories: ['command-injection'] },
    { pattern: 'Shellwords.shellescape', categories: ['command-injection'] },
    { pattern: '*.shellescape', categories: ['command-injection'] },
    { pattern: 'CGI.escapeHTML', categories: ['xss'] },
    { pattern: 'ERB.Util.html_escape', categories: ['xss'] },
    { pattern: 'ERB::Util.html_escape', categories: ['xss'] },
    { pattern: 'h', categories: ['xss'] },
    { pattern: 'html_escape', categories: ['xss'] },
    { pattern: 'sanitize', categories: ['xss'] },
    { pattern: 'strip_tags', categories: ['xss'] },
    { pattern: '*.to_i', categories: [] },
    { pattern: '*.to_f', categories: [] },
    { pattern: 'Integer', categories: [] },
    { pattern: 'Float', categories: [] },
    { pattern: 'File.basename', categories: ['path-traversal'] },
    { pattern: '*.sanitize_sql', categories: ['sql-injection'] },
    { pattern: '*.sanitize_sql_array', categories: ['sql-injection'] },
    { pattern: '*.sanitize_sql_like', categories: ['sql-injection'] },
    { pattern: '*.quote', categories: ['sql-injection'] },
    { pattern: 'ActiveRecord.Base.connection.quote', categories: ['sql-injection'] },
    { pattern: 'CGI.escape', categories: ['xss', 'ssrf', 'open-redirect'] },
    { pattern: 'ERB.Util.url_encode', categories: ['xss', 'ssrf', 'open-redirect'] },
];
