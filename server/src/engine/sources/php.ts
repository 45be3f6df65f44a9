/** Sources of untrusted data and sanitizers for php. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: '$_GET', kind: 'http', description: 'query parameters' },
    { pattern: '$_POST', kind: 'http', description: 'form data' },
    { pattern: '$_REQUEST', kind: 'http', description: 'request parameters' },
    { pattern: '$_COOKIE', kind: 'http', description: 'cookies' },
    { pattern: '$_FILES', kind: 'http', description: 'uploaded files' },
    { pattern: '$_SERVER', kind: 'http', description: 'request headers' },
    { pattern: '$request.input', kind: 'http', description: 'request input' },
    { pattern: '$request.get', kind: 'http', description: 'request input' },
    { pattern: '$request.query', kind: 'http', description: 'query parameters' },
    { pattern: 'file_get_contents', kind: 'file', description: 'file or URL contents' },
    { pattern: '$argv', kind: 'cli', description: 'command-line arguments' },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'escapeshellarg', categories: ['command-injection'] },
    { pattern: 'escapeshellcmd', categories: ['command-injection'] },
    { pattern: 'htmlspecialchars', categories: ['xss'] },
    { pattern: 'htmlentities', categories: ['xss'] },
    { pattern: 'intval', categories: [] },
    { pattern: 'basename', categories: ['path-traversal'] },
    { pattern: '*.quote', categories: ['sql-injection'] },
    { pattern: 'mysqli_real_escape_string', categories: ['sql-injection'] },
];
