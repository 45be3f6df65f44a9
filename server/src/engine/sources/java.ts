/** Sources of untrusted data and sanitizers for java. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: '*.getParameter', kind: 'http', description: 'a request parameter' },
    { pattern: '*.getParameterValues', kind: 'http', description: 'request parameters' },
    { pattern: '*.getHeader', kind: 'http', description: 'a request header' },
    { pattern: '*.getQueryString', kind: 'http', description: 'the query string' },
    { pattern: '*.getCookies', kind: 'http', description: 'cookies' },
    { pattern: '*.getInputStream', kind: 'network', description: 'a request body stream' },
    { pattern: '*.getReader', kind: 'http', description: 'the request body' },
    { pattern: 'args', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'System.in', kind: 'stdin', description: 'standard input' },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'Integer.parseInt', categories: [] },
    { pattern: 'Long.parseLong', categories: [] },
    { pattern: 'UUID.fromString', categories: [] },
    { pattern: 'StringEscapeUtils.escapeHtml4', categories: ['xss'] },
    { pattern: 'Encode.forHtml', categories: ['xss'] },
    { pattern: 'HtmlUtils.htmlEscape', categories: ['xss'] },
    { pattern: 'FilenameUtils.getName', categories: ['path-traversal'] },
];
