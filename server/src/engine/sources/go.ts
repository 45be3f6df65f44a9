/** Sources of untrusted data and sanitizers for go. */
import type { SanitizerSpec, SourceSpec } from './types';

const LLM = 'model output';
const GIN = ['github.com/gin-gonic/gin'];
const ECHO = ['github.com/labstack/echo/v4', 'github.com/labstack/echo'];
const FIBER = ['github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3', 'github.com/gofiber/fiber'];

// The names handlers give their *http.Request; members of other values called `Body` or `Header` (an HTTP
// response, say) are not request data.
const REQUEST_NAMES = ['r', 'req', 'request', 'httpReq', 'httpRequest'];
const REQUEST_MEMBERS: [string, string][] = [
    ['Body', 'the request body'],
    ['Header', 'request headers'],
    ['Form', 'form data'],
    ['PostForm', 'form data'],
    ['MultipartForm', 'multipart form data'],
    ['FormFile', 'an uploaded file'],
    ['Cookie', 'a cookie'],
    ['Cookies', 'cookies'],
    ['Referer', 'the Referer header'],
    ['UserAgent', 'the User-Agent header'],
    ['RequestURI', 'the request URI'],
    ['Host', 'the Host header'],
    ['PathValue', 'a route parameter'],
];

export const sources: SourceSpec[] = [
    { pattern: '*.URL.Query', kind: 'http', description: 'query parameters' },
    { pattern: '*.URL.RawQuery', kind: 'http', description: 'the query string' },
    { pattern: '*.URL.Path', kind: 'http', description: 'the request path' },
    { pattern: '*.FormValue', kind: 'http', description: 'form data' },
    { pattern: '*.PostFormValue', kind: 'http', description: 'form data' },
    ...REQUEST_NAMES.flatMap((name) => REQUEST_MEMBERS.map(([member, description]): SourceSpec => ({ pattern: `${name}.${member}`, kind: 'http', description }))),
    { pattern: 'mux.Vars', kind: 'http', description: 'route parameters' },
    { pattern: 'github.com/gorilla/mux.Vars', kind: 'http', description: 'route parameters' },
    { pattern: 'chi.URLParam', kind: 'http', description: 'a route parameter' },
    { pattern: 'github.com/go-chi/chi/v5.URLParam', kind: 'http', description: 'a route parameter' },
    // gin: *gin.Context is conventionally `c` or `ctx`.
    ...['c', 'ctx'].flatMap((name): SourceSpec[] => [
        { pattern: `${name}.Query`, kind: 'http', description: 'query parameters', imports: GIN },
        { pattern: `${name}.DefaultQuery`, kind: 'http', description: 'query parameters', imports: GIN },
        { pattern: `${name}.QueryArray`, kind: 'http', description: 'query parameters', imports: GIN },
        { pattern: `${name}.GetQuery`, kind: 'http', description: 'query parameters', imports: GIN },
        { pattern: `${name}.Param`, kind: 'http', description: 'route parameters', imports: [...GIN, ...ECHO] },
        { pattern: `${name}.PostForm`, kind: 'http', description: 'form data', imports: GIN },
        { pattern: `${name}.DefaultPostForm`, kind: 'http', description: 'form data', imports: GIN },
        { pattern: `${name}.GetHeader`, kind: 'http', description: 'a request header', imports: GIN },
        { pattern: `${name}.GetRawData`, kind: 'http', description: 'the request body', imports: GIN },
        { pattern: `${name}.ShouldBind`, kind: 'http', description: 'the request body', imports: GIN },
        { pattern: `${name}.ShouldBind*`, kind: 'http', description: 'the request body', imports: GIN },
        { pattern: `${name}.Bind`, kind: 'http', description: 'the request body', imports: [...GIN, ...ECHO] },
        { pattern: `${name}.Bind*`, kind: 'http', description: 'the request body', imports: [...GIN, ...ECHO] },
        { pattern: `${name}.BodyParser`, kind: 'http', description: 'the request body', imports: FIBER },
        { pattern: `${name}.FormFile`, kind: 'http', description: 'an uploaded file', imports: [...GIN, ...ECHO, ...FIBER] },
        { pattern: `${name}.Request`, kind: 'http', description: 'the request', imports: [...GIN, ...ECHO] },
        { pattern: `${name}.QueryParam`, kind: 'http', description: 'query parameters', imports: ECHO },
        { pattern: `${name}.QueryParams`, kind: 'http', description: 'query parameters', imports: ECHO },
        { pattern: `${name}.Params`, kind: 'http', description: 'route parameters', imports: FIBER },
        { pattern: `${name}.Query`, kind: 'http', description: 'query parameters', imports: FIBER },
        { pattern: `${name}.Body`, kind: 'http', description: 'the request body', imports: FIBER },
        { pattern: `${name}.Get`, kind: 'http', description: 'a request header', imports: FIBER },
        { pattern: `${name}.Cookies`, kind: 'http', description: 'a cookie', imports: FIBER },
    ]),
    { pattern: 'os.Args', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'flag.Arg', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'flag.Args', kind: 'cli', description: 'command-line arguments' },
    { pattern: 'os.Stdin', kind: 'stdin', description: 'standard input' },
    // LLM clients: openai-go, sashabaranov/go-openai, anthropic-sdk-go, Google genai, langchaingo.
    { pattern: '*.Chat.Completions.New', kind: 'llm', description: `${LLM} (OpenAI chat completion)` },
    { pattern: '*.Completions.New', kind: 'llm', description: `${LLM} (completion)` },
    { pattern: '*.Responses.New', kind: 'llm', description: `${LLM} (OpenAI Responses API)` },
    { pattern: '*.CreateChatCompletion', kind: 'llm', description: `${LLM} (OpenAI chat completion)` },
    { pattern: '*.CreateCompletion', kind: 'llm', description: `${LLM} (completion)` },
    { pattern: '*.Messages.New', kind: 'llm', description: `${LLM} (Anthropic Messages API)` },
    { pattern: '*.GenerateContent', kind: 'llm', description: `${LLM} (Gemini / langchaingo)` },
    { pattern: '*.Models.GenerateContent', kind: 'llm', description: `${LLM} (Google GenAI)` },
    { pattern: 'llms.GenerateFromSinglePrompt', kind: 'llm', description: `${LLM} (langchaingo)` },
    { pattern: 'github.com/tmc/langchaingo/llms.GenerateFromSinglePrompt', kind: 'llm', description: `${LLM} (langchaingo)` },
    { pattern: '*.ToolCalls', kind: 'llm', description: `${LLM} (tool calls)` },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'strconv.Atoi', categories: [] },
    { pattern: 'strconv.ParseInt', categories: [] },
    { pattern: 'strconv.ParseUint', categories: [] },
    { pattern: 'strconv.ParseFloat', categories: [] },
    { pattern: 'strconv.ParseBool', categories: [] },
    { pattern: 'strconv.Itoa', categories: [] },
    { pattern: 'github.com/google/uuid.Parse', categories: [] },
    { pattern: 'html.EscapeString', categories: ['xss'] },
    { pattern: 'html/template.HTMLEscapeString', categories: ['xss'] },
    { pattern: 'html/template.JSEscapeString', categories: ['xss'] },
    { pattern: '*.Sanitize', categories: ['xss'] },
    { pattern: 'path/filepath.Base', categories: ['path-traversal'] },
    { pattern: 'path.Base', categories: ['path-traversal'] },
    { pattern: 'filepath.Base', categories: ['path-traversal'] },
    { pattern: 'net/url.QueryEscape', categories: ['ssrf', 'open-redirect', 'xss'] },
    { pattern: 'net/url.PathEscape', categories: ['ssrf', 'open-redirect', 'xss'] },
    // encoding/json escapes <, > and & in strings, so its output cannot open a tag.
    { pattern: 'encoding/json.Marshal', categories: ['xss'] },
    { pattern: 'encoding/json.MarshalIndent', categories: ['xss'] },
    { pattern: 'github.com/alessio/shellescape.Quote', categories: ['command-injection'] },
    { pattern: 'github.com/lib/pq.QuoteIdentifier', categories: ['sql-injection'] },
    { pattern: 'github.com/lib/pq.QuoteLiteral', categories: ['sql-injection'] },
];
