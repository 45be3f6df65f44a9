/** Sources of untrusted data and sanitizers for csharp. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: 'Request.Query', kind: 'http', description: 'query parameters' },
    { pattern: 'Request.Form', kind: 'http', description: 'form data' },
    { pattern: 'Request.QueryString', kind: 'http', description: 'the query string' },
    { pattern: 'Request.Params', kind: 'http', description: 'request parameters' },
    { pattern: 'Request.Headers', kind: 'http', description: 'request headers' },
    { pattern: 'Request.Cookies', kind: 'http', description: 'cookies' },
    { pattern: 'HttpContext.Request.*', kind: 'http', description: 'the request' },
    { pattern: 'Console.ReadLine', kind: 'stdin', description: 'standard input' },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'int.Parse', categories: [] },
    { pattern: 'Guid.Parse', categories: [] },
    { pattern: 'HttpUtility.HtmlEncode', categories: ['xss'] },
    { pattern: 'WebUtility.HtmlEncode', categories: ['xss'] },
    { pattern: 'Path.GetFileName', categories: ['path-traversal'] },
];
