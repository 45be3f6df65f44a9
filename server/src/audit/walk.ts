/**
 * Finds the files an audit should read: below a root, without following symbolic links, respecting .gitignore
 * files, the user's exclude globs and the folders that hold vendored or generated code, and setting aside binary,
 * generated and oversized files with a reason (so reports can say how many and why, never silently).
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative as relativePath, sep } from 'node:path';
import { globMatch } from '../engine/engine';
import { type IgnoreRule, isIgnored, parseGitignore } from './gitignore';

export interface WalkOptions {
  /** Globs relative to the root (`dist/**`, `**\/*.test.ts`). */
  exclude?: string[];
  maxFileSizeKb?: number;
  signal?: AbortSignal;
  /** Also read folders that hold vendored or generated code (node_modules, dist, …). */
  includeVendored?: boolean;
}

export interface SkippedFile {
  path: string;
  reason: 'binary' | 'too large' | 'generated' | 'unreadable';
}

export interface WalkResult {
  files: string[];
  skipped: SkippedFile[];
}

/** Folders of dependencies, build output and tool caches: third-party or generated, never audited by default. */
export const VENDORED_FOLDERS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party', 'third-party',
  'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', '.output', 'coverage', '.nyc_output', '__pycache__',
  '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'site-packages', 'target', '.gradle',
  '.idea', '.vs', 'Pods', '.terraform', '.cache', '.parcel-cache', '.turbo', '.yarn', '.pnpm-store', 'obj',
]);

const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'webp', 'avif', 'tiff', 'psd', 'svgz', 'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz',
  'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'class', 'dll', 'exe', 'so', 'dylib', 'a', 'o', 'obj', 'lib', 'wasm',
  'pyc', 'pyo', 'whl', 'egg', 'node', 'woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'flac',
  'mov', 'avi', 'mkv', 'webm', 'sqlite', 'sqlite3', 'db', 'bin', 'dat', 'pkl', 'pickle', 'pt', 'pth', 'ckpt',
  'safetensors', 'onnx', 'h5', 'keras', 'npy', 'npz', 'joblib', 'parquet', 'feather', 'arrow', 'vsix', 'deb', 'rpm',
  'dmg', 'iso', 'img', 'xlsx', 'docx', 'pptx', 'xls', 'doc', 'ppt', 'icns',
]);

const GENERATED_FILE = /(\.min\.(js|css|mjs)|\.bundle\.js|-lock\.(json|yaml)|\.lock|\.map|\.snap)$|^(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|poetry\.lock|composer\.lock|Gemfile\.lock|go\.sum)$/;

/** Collects the files to audit below `root` (absolute paths, sorted). */
export async function collectFiles(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const maxBytes = (options.maxFileSizeKb ?? 1024) * 1024;
  const exclude = options.exclude ?? [];
  const rootInfo = await lstat(root).catch(() => undefined);
  if (!rootInfo) throw new Error(`No such file or folder: ${root}`);
  if (rootInfo.isFile()) {
    classifyFile(root, rootInfo.size, maxBytes, files, skipped);
    return { files, skipped };
  }

  const visit = async (dir: string, rules: IgnoreRule[]): Promise<void> => {
    if (options.signal?.aborted) return;
    const rel = toRelative(root, dir);
    const gitignore = await readFile(join(dir, '.gitignore'), 'utf8').catch(() => undefined);
    const inForce = gitignore === undefined ? rules : [...rules, ...parseGitignore(gitignore, rel)];
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (options.signal?.aborted) return;
      if (entry.isSymbolicLink()) continue;
      const full = join(dir, entry.name);
      const relative = toRelative(root, full);
      if (entry.isDirectory()) {
        if (!options.includeVendored && VENDORED_FOLDERS.has(entry.name)) continue;
        if (isIgnored(inForce, relative, true)) continue;
        if (exclude.some((g) => globMatch(g, relative) || globMatch(`${g.replace(/\/\*\*$/, '')}`, relative))) continue;
        await visit(full, inForce);
      } else if (entry.isFile()) {
        if (isIgnored(inForce, relative, false)) continue;
        if (exclude.some((g) => globMatch(g, relative))) continue;
        const info = await lstat(full).catch(() => undefined);
        if (!info) {
          skipped.push({ path: full, reason: 'unreadable' });
          continue;
        }
        classifyFile(full, info.size, maxBytes, files, skipped);
      }
    }
  };
  await visit(root, []);
  return { files, skipped };
}

function classifyFile(full: string, size: number, maxBytes: number, files: string[], skipped: SkippedFile[]): void {
  const name = full.slice(full.lastIndexOf(sep) + 1);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (BINARY_EXTENSIONS.has(extension)) skipped.push({ path: full, reason: 'binary' });
  else if (GENERATED_FILE.test(name)) skipped.push({ path: full, reason: 'generated' });
  else if (size > maxBytes) skipped.push({ path: full, reason: 'too large' });
  else files.push(full);
}

function toRelative(root: string, full: string): string {
  return relativePath(root, full).split(sep).join('/');
}
