/** Sources of untrusted data and sanitizers for csharp. */
import type { SanitizerSpec, SourceSpec } from './types';

const LLM = 'model output';

export const sources: SourceSpec[] = [
    { pattern: 'Request.Query', kind: 'http', description: 'query parameters' },
    { pattern: 'Request.Form', kind: 'http', description: 'form data' },
    { pattern: 'Request.QueryString', kind: 'http', description: 'the query string' },
    { pattern: 'Request.Params', kind: 'http', description: 'request parameters' },
    { pattern: 'Request.Headers', kind: 'http', description: 'request headers' },
    { pattern: 'Request.Cookies', kind: 'http', description: 'cookies' },
    { pattern: 'Request.Body', kind: 'http', description: 'the request body' },
    { pattern: 'Request.RouteValues', kind: 'http', description: 'route values' },
    { pattern: 'Request.Url', kind: 'http', description: 'the request URL' },
    { pattern: 'Request.RawUrl', kind: 'http', description: 'the request URL' },
    { pattern: 'Request.UrlReferrer', kind: 'http', description: 'the Referer header' },
    { pattern: 'Request.ReadFormAsync', kind: 'http', description: 'form data' },
    { pattern: 'HttpContext.Request.*', kind: 'http', description: 'the request' },
    { pattern: 'context.Request.*', kind: 'http', description: 'the request' },
    { pattern: 'Console.ReadLine', kind: 'stdin', description: 'standard input' },
    { pattern: 'Environment.GetCommandLineArgs', kind: 'cli', description: 'command-line arguments' },
    // Model output: OpenAI .NET, Azure OpenAI, Semantic Kernel, Microsoft.Extensions.AI.
    { pattern: '*.CompleteChatAsync', kind: 'llm', description: `${LLM} (OpenAI chat completion)` },
    { pattern: '*.CompleteChat', kind: 'llm', description: `${LLM} (OpenAI chat completion)` },
    { pattern: '*.GetChatCompletionsAsync', kind: 'llm', description: `${LLM} (Azure OpenAI chat completion)` },
    { pattern: '*.GetChatMessageContentAsync', kind: 'llm', description: `${LLM} (Semantic Kernel)` },
    { pattern: '*.InvokePromptAsync', kind: 'llm', description: `${LLM} (Semantic Kernel)` },
    { pattern: '*.GetResponseAsync', kind: 'llm', description: `${LLM} (Microsoft.Extensions.AI chat client)`, imports: ['Microsoft.Extensions.AI'] },
];

export const sanitizers: SanitizerSpec[] = [
    { pattern: 'int.Parse', categories: [] },
    { pattern: 'int.TryParse', categories: [] },
    { pattern: 'long.Parse', categories: [] },
    { pattern: 'Guid.Parse', categories: [] },
    { pattern: 'HttpUtility.HtmlEncode', categories: ['xss'] },
    { pattern: 'WebUtility.HtmlEncode', categories: ['xss'] },
    { pattern: 'HtmlEncoder.Default.Encode', categories: ['xss'] },
    { pattern: '*.HtmlEncode', categories: ['xss'] },
    { pattern: 'HttpUtility.UrlEncode', categories: ['xss', 'ssrf', 'open-redirect'] },
    { pattern: 'Uri.EscapeDataString', categories: ['xss', 'ssrf', 'open-redirect'] },
    { pattern: 'Path.GetFileName', categories: ['path-traversal'] },
    { pattern: 'Url.Content', categories: ['open-redirect'] },
    { pattern: 'Url.Action', categories: ['open-redirect'] },
    { pattern: 'Url.RouteUrl', categories: ['open-redirect'] },
    { pattern: 'Regex.Escape', categories: ['regex-injection'] },
    { pattern: 'LdapFilter.Escape', categories: ['ldap-injection'] },
    { pattern: '*.EscapeLdapFilter', categories: ['ldap-injection'] },
    { pattern: 'Encoder.LdapFilterEncode', categories: ['ldap-injection'] },
];
