/** Sources of untrusted data and sanitizers for ruby. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: 'params', kind: 'http', description: 'request parameters' },
    { pattern: 'request.*', kind: 'http', description: 'the request' },
    { pattern: 'cookies', kind: 'http', description: 'cookies' },
    { pattern: 'ARGV', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'gets', kind: 'stdin', description: 'standard input' },
    { pattern: 'STDIN.*', kind: 'stdin', description: 'standard input' },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'Shellwords.escape', categories: ['command-injection'] },
    { pattern: 'Shellwords.shellescape', categories: ['command-injection'] },
    { pattern: '*.shellescape', categories: ['command-injection'] },
    { pattern: 'CGI.escapeHTML', categories: ['xss'] },
    { pattern: 'ERB::Util.html_escape', categories: ['xss'] },
    { pattern: '*.to_i', categories: [] },
    { pattern: 'File.basename', categories: ['path-traversal'] },
];
