/**
 * Online confirmation of suspicious package names, only when the user turns it on: asks the npm or PyPI registry
 * whether a name exists, with a timeout and a cache, so that "not among the popular packages" can become "does not
 * exist". It lives outside the engine on purpose: the engine stays pure and a default audit opens no socket. The
 * CLI or the language server call `confirmFindings` after analysis when the user has enabled the check.
 */
import type { Finding } from '../engine/finding';

export type Ecosystem = 'npm' | 'pypi';

/** What the registry said: the name exists, it does not, or no answer in time (network error, timeout, 5xx). */
export type Existence = 'exists' | 'missing' | 'unknown';

export interface RegistryOptions {
  /** Base URL of the npm registry (default https://registry.npmjs.org). */
  npmRegistry?: string;
  /** Base URL of the PyPI JSON API (default https://pypi.org/pypi). */
  pypiRegistry?: string;
  /** Milliseconds to wait for one answer (default 3000). */
  timeoutMs?: number;
  /** How long an answer is reused, in milliseconds (default one hour; `unknown` answers are not cached). */
  cacheTtlMs?: number;
  /** At most this many names are kept in the cache (default 5000). */
  cacheLimit?: number;
  /** The fetch implementation (tests and proxies); default the global fetch. */
  fetch?: typeof fetch;
}

/** The registry URL that answers whether a name exists. */
export function registryUrl(ecosystem: Ecosystem, name: string, options: RegistryOptions = {}): string {
  if (ecosystem === 'npm') {
    const base = (options.npmRegistry ?? 'https://registry.npmjs.org').replace(/\/+$/, '');
    return `${base}/${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
  }
  const base = (options.pypiRegistry ?? 'https://pypi.org/pypi').replace(/\/+$/, '');
  // PEP 503 names: `Flask_Cors` and `flask-cors` are one project.
  return `${base}/${encodeURIComponent(name.toLowerCase().replace(/[-_.]+/g, '-'))}/json`;
}

/** Asks registries whether names exist; answers are cached and concurrent questions about one name share a request. */
export class RegistryClient {
  private readonly cache = new Map<string, { existence: Existence; at: number }>();
  private readonly pending = new Map<string, Promise<Existence>>();
  /** Requests actually sent (for reports and tests). */
  requests = 0;

  constructor(private readonly options: RegistryOptions = {}) {}

  /** Whether `name` exists on the ecosystem's registry. Never throws. */
  async exists(ecosystem: Ecosystem, name: string): Promise<Existence> {
    const key = `${ecosystem}:${ecosystem === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < (this.options.cacheTtlMs ?? 3_600_000)) return cached.existence;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const asking = this.ask(ecosystem, name).then((existence) => {
      this.pending.delete(key);
      if (existence !== 'unknown') {
        if (this.cache.size >= (this.options.cacheLimit ?? 5000)) this.cache.delete(this.cache.keys().next().value!);
        this.cache.set(key, { existence, at: Date.now() });
      }
      return existence;
    });
    this.pending.set(key, asking);
    return asking;
  }

  private async ask(ecosystem: Ecosystem, name: string): Promise<Existence> {
    const fetchImpl = this.options.fetch ?? fetch;
    this.requests++;
    try {
      const response = await fetchImpl(registryUrl(ecosystem, name, this.options), {
        method: 'GET',
        headers: { accept: ecosystem === 'npm' ? 'application/vnd.npm.install-v1+json' : 'application/json' },
        redirect: 'follow',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 3000),
      });
      // The body is not needed; release the connection.
      await response.body?.cancel().catch(() => undefined);
      if (response.status === 404 || response.status === 410) return 'missing';
      if (response.ok) return 'exists';
      return 'unknown';
    } catch {
      return 'unknown';
    }
  }
}

/** The rules whose findings name a package the registry can confirm. */
const CONFIRMABLE = new Set(['deps/typosquat', 'deps/unknown-package', 'deps/undeclared-import']);

/** The ecosystem of a file: npm for package.json and JavaScript/TypeScript, PyPI for Python manifests and code. */
export function ecosystemOf(path: string): Ecosystem | undefined {
  const name = path.replace(/\\/g, '/').split('/').pop()!.toLowerCase();
  if (name === 'package.json' || /\.(m|c)?(j|t)sx?$/.test(name)) return 'npm';
  if (name === 'pyproject.toml' || /^(requirements|constraints)[\w.-]*\.(txt|in)$/.test(name) || /\.pyi?$/.test(name)) return 'pypi';
  return undefined;
}

/** The package a finding of the deps name rules is about: the first `name` in backticks of its message. */
export function packageOf(finding: Finding): string | undefined {
  return CONFIRMABLE.has(finding.ruleId) ? /^`([^`]+)`/.exec(finding.message)?.[1] : undefined;
}

/**
 * Confirms the package-name findings of one file against the registry: a name that does not exist becomes a
 * high-confidence, high-severity finding that says so; a name that exists is noted in the message. Other findings
 * pass through unchanged. At most `limit` names are asked about per file.
 */
export async function confirmFindings(path: string, findings: Finding[], client: RegistryClient, limit = 50): Promise<Finding[]> {
  const ecosystem = ecosystemOf(path);
  if (!ecosystem) return findings;
  const names = [...new Set(findings.map(packageOf).filter((n): n is string => !!n))].slice(0, limit);
  const answers = new Map(await Promise.all(names.map(async (name) => [name, await client.exists(ecosystem, name)] as const)));
  return findings.map((finding) => {
    const name = packageOf(finding);
    const answer = name ? answers.get(name) : undefined;
    if (answer === 'missing') {
      return { ...finding, severity: 'high', confidence: 'high', message: `${finding.message} The ${ecosystem === 'npm' ? 'npm' : 'PyPI'} registry has no package named \`${name}\`: it does not exist, and anyone can register it.` };
    }
    if (answer === 'exists' && finding.ruleId === 'deps/unknown-package') {
      return { ...finding, message: `${finding.message} (It exists on the ${ecosystem === 'npm' ? 'npm' : 'PyPI'} registry.)` };
    }
    return finding;
  });
}
