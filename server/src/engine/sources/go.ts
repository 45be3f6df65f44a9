/** Sources of untrusted data and sanitizers for go. */
import type { SanitizerSpec, SourceSpec } from './types';

export const sources: SourceSpec[] = [
    { pattern: '*.URL.Query', kind: 'http', description: 'query parameters' },
    { pattern: '*.FormValue', kind: 'http', description: 'form data' },
    { pattern: '*.PostFormValue', kind: 'http', description: 'form data' },
    { pattern: '*.URL.Path', kind: 'http', description: 'the request path' },
    { pattern: 'r.Body', kind: 'http', description: 'the request body' },
    { pattern: 'r.Header', kind: 'http', description: 'request headers' },
    { pattern: 'c.Query', kind: 'http', description: 'query parameters', imports: ['github.com/gin-gonic/gin'] },
    { pattern: 'c.Param', kind: 'http', description: 'route parameters', imports: ['github.com/gin-gonic/gin', 'github.com/labstack/echo/v4'] },
    { pattern: 'c.PostForm', kind: 'http', description: 'form data', imports: ['github.com/gin-gonic/gin'] },
    { pattern: 'c.QueryParam', kind: 'http', description: 'query parameters', imports: ['github.com/labstack/echo/v4'] },
    { pattern: 'mux.Vars', kind: 'http', description: 'route parameters' },
    { pattern: 'os.Args', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'flag.Arg', kind: 'cli', description: 'command-line arguments' },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'strconv.Atoi', categories: [] },
    { pattern: 'strconv.ParseInt', categories: [] },
    { pattern: 'html.EscapeString', categories: ['xss'] },
    { pattern: 'html/template.HTMLEscapeString', categories: ['xss'] },
    { pattern: 'path/filepath.Base', categories: ['path-traversal'] },
    { pattern: 'filepath.Base', categories: ['path-traversal'] },
    { pattern: 'net/url.QueryEscape', categories: ['ssrf', 'open-redirect'] },
];
