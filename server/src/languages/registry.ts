/**
 * Decides what a file is from its path and content (never from the editor's language id alone: VS Code calls
 * copilot-instructions.md "instructions" and mcp.json "jsonc"), and loads tree-sitter grammars lazily, once.
 */
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { RuleLanguage } from '../engine/rule';
import type { CodeLanguage, CodeLanguageId } from './language';
import { javascript, typescript, tsx } from './javascript';
import { python } from './python';
import { go } from './go';
import { java } from './java';
import { csharp } from './csharp';
import { php } from './php';
import { ruby } from './ruby';
import { bash } from './bash';
import { cpp } from './cpp';
import { rust } from './rust';
import { powershell } from './powershell';

export const CODE_LANGUAGES: readonly CodeLanguage[] = [javascript, typescript, tsx, python, go, java, csharp, php, ruby, bash, cpp, rust, powershell];

const byExtension = new Map<string, CodeLanguage>();
for (const language of CODE_LANGUAGES) for (const ext of language.extensions) byExtension.set(ext, language);

/** What the engine knows about a file: its programming language (if any) and every format rule set it belongs to. */
export interface FileClass {
  code?: CodeLanguage;
  formats: Set<RuleLanguage>;
}

const AGENT_RULE_FILE = /(^|\/)(\.cursorrules|\.windsurfrules|\.clinerules(\/[^/]+)?|AGENTS\.md|CLAUDE\.md|GEMINI\.md|SKILL\.md|\.cursor\/rules\/[^/]+\.mdc?|\.github\/copilot-instructions\.md|\.github\/instructions\/[^/]+\.md|\.github\/prompts\/[^/]+\.prompt\.md|\.github\/chatmodes\/[^/]+\.md|\.claude\/(commands|agents)\/[^/]+\.md|\.windsurf\/rules\/[^/]+\.md|\.roo\/rules(-[\w-]+)?\/[^/]+\.md|\.kiro\/steering\/[^/]+\.md|\.junie\/guidelines\.md|\.amazonq\/rules\/[^/]+\.md)$/i;
const MCP_CONFIG = /(^|\/)(\.vscode\/mcp\.json|\.cursor\/mcp\.json|\.mcp\.json|mcp\.json|claude_desktop_config\.json|cline_mcp_settings\.json|mcp_config\.json|\.gemini\/settings\.json|\.kiro\/settings\/mcp\.json)$/i;

function shebangLanguage(text: string): CodeLanguage | undefined {
  const first = /^#![^\n]*/.exec(text)?.[0];
  if (!first) return undefined;
  if (/\b(ba|z|k|da)?sh\b/.test(first)) return bash;
  if (/python/.test(first)) return python;
  if (/\b(node|deno|bun)\b/.test(first)) return javascript;
  if (/ruby/.test(first)) return ruby;
  if (/php/.test(first)) return php;
  if (/pwsh|powershell/.test(first)) return powershell;
  return undefined;
}

/** Classifies a file. `path` uses forward slashes; it may be absolute or relative. */
export function classify(path: string, text: string): FileClass {
  const normalised = path.replace(/\\/g, '/');
  const name = normalised.slice(normalised.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  const extension = dot > 0 ? lower.slice(dot) : '';
  const formats = new Set<RuleLanguage>(['text']);
  let code = byExtension.get(extension);
  if (!code && dot <= 0) code = shebangLanguage(text);
  if (code) formats.add(code.ruleLanguage);

  if (extension === '.yml' || extension === '.yaml') {
    formats.add('yaml');
    if (/(^|\/)\.github\/workflows\/[^/]+$/.test(normalised) || /^(action)\.ya?ml$/.test(lower)) formats.add('gha-workflow');
    if (/^\.gitlab-ci\.ya?ml$/.test(lower) || /(^|\/)\.gitlab\/ci\//.test(normalised)) formats.add('gitlab-ci');
    if (/^(docker-)?compose([.-][\w-]+)?\.ya?ml$/.test(lower)) formats.add('docker-compose');
  }
  if (extension === '.json' || extension === '.jsonc' || extension === '.code-workspace' || lower === '.mcp.json') {
    formats.add('json');
    if (lower === 'package.json') formats.add('package-json');
    if (MCP_CONFIG.test(normalised)) formats.add('mcp-config');
    if (/(^|\/)\.vscode\/settings\.json$/.test(normalised) || /\.code-workspace$/.test(lower)) formats.add('vscode-settings');
    if (/(^|\/)\.claude\/settings(\.local)?\.json$/.test(normalised)) formats.add('claude-settings');
  }
  if (lower === 'dockerfile' || lower === 'containerfile' || lower.endsWith('.dockerfile') || lower.startsWith('dockerfile.')) formats.add('dockerfile');
  if (/^requirements[\w.-]*\.(txt|in)$/.test(lower) || /^constraints[\w.-]*\.txt$/.test(lower)) formats.add('requirements');
  if (lower === 'pyproject.toml') formats.add('pyproject');
  if (lower === 'go.mod') formats.add('go-mod');
  if (extension === '.md' || extension === '.mdc' || extension === '.markdown') formats.add('markdown');
  if (AGENT_RULE_FILE.test(normalised)) formats.add('agent-rules');
  return code ? { code, formats } : { formats };
}

/** Looks up a code language by id. */
export function codeLanguage(id: CodeLanguageId): CodeLanguage {
  return CODE_LANGUAGES.find((l) => l.id === id)!;
}

let directory: { runtime: string; grammars: string } | undefined;

/**
 * The folder holding the WASM runtime and grammars: next to the bundle, or in node_modules during development.
 * Looked up once (every analysis asks for its grammar; a look-up of the file system each time added up in audits).
 */
function grammarDirectory(): { runtime: string; grammars: string } {
  return (directory ??= findGrammarDirectory());
}

function findGrammarDirectory(): { runtime: string; grammars: string } {
  const bundled = join(__dirname, 'grammars');
  if (existsSync(join(bundled, 'web-tree-sitter.wasm'))) return { runtime: join(bundled, 'web-tree-sitter.wasm'), grammars: bundled };
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const modules = join(dir, 'node_modules');
    if (existsSync(join(modules, '@vscode/tree-sitter-wasm/wasm'))) {
      return { runtime: join(modules, 'web-tree-sitter/web-tree-sitter.wasm'), grammars: join(modules, '@vscode/tree-sitter-wasm/wasm') };
    }
    dir = dirname(dir);
  }
  throw new Error('tree-sitter grammars not found next to the bundle or in node_modules');
}

let initialised: Promise<void> | undefined;

/**
 * Holds Node's event loop open until `work` settles. An asynchronous WebAssembly compile keeps no handle open, so
 * while the only thing pending is a grammar's compile Node would leave its loop, and on leaving it waits for every
 * background compile to finish, including V8's optimising compile of grammars already in use: a second or more of
 * idle waiting for a large grammar. With the loop held open, the compile's completion wakes it as soon as it ends.
 */
function holdingLoop<T>(work: Promise<T>): Promise<T> {
  const timer = setInterval(() => {}, 60_000);
  return work.finally(() => clearInterval(timer));
}
const languages = new Map<string, Promise<Language>>();

/** Loads (once) and returns the tree-sitter language of a code language. */
export async function loadGrammar(language: CodeLanguage): Promise<Language> {
  const dirs = grammarDirectory();
  initialised ??= holdingLoop(Parser.init({ locateFile: () => dirs.runtime }));
  await initialised;
  let loading = languages.get(language.grammar);
  if (!loading) {
    loading = holdingLoop(Language.load(join(dirs.grammars, language.grammar)));
    languages.set(language.grammar, loading);
    loading.catch(() => languages.delete(language.grammar));
  }
  return loading;
}
