/**
 * Finds the files an audit should read: below a root, without following symbolic links, respecting .gitignore
 * files, the user's exclude globs and the folders that hold vendored or generated code, and setting aside binary,
 * generated and oversized files with a reason (so reports can say how many and why, never silently).
 */
import { type Dirent, type Stats, lstatSync, readdirSync, readFileSync } from 'node:fs';
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
  /**
   * Look files up on this thread, blocking it (the command line, whose thread has nothing else to do meanwhile): a
   * look-up through the I/O threads costs more than the look-up itself, and the corpus benchmark's walk took twice
   * as long that way. Without it (the language server) nothing blocks the thread.
   */
  blocking?: boolean;
}

/** The file system look-ups of a walk. */
interface WalkFs {
  lstat(path: string): Promise<Stats>;
  readdir(path: string): Promise<Dirent[]>;
  readText(path: string): Promise<string>;
}

const THROUGH_IO_THREADS: WalkFs = { lstat, readdir: (path) => readdir(path, { withFileTypes: true }), readText: (path) => readFile(path, 'utf8') };

const ON_THIS_THREAD: WalkFs = {
  lstat: async (path) => lstatSync(path),
  readdir: async (path) => readdirSync(path, { withFileTypes: true }),
  readText: async (path) => readFileSync(path, 'utf8'),
};

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
  const fs = options.blocking ? ON_THIS_THREAD : THROUGH_IO_THREADS;
  const rootInfo = await fs.lstat(root).catch(() => undefined);
  if (!rootInfo) throw new Error(`No such file or folder: ${root}`);
  if (rootInfo.isFile()) {
    classifyFile(root, rootInfo.size, maxBytes, files, skipped);
    return { files, skipped };
  }

  // Folders and the files in them are looked at concurrently (unless blocking, each look-up is a round trip through
  // the thread pool), and the results are put together in the order of the sorted entries, so the list is the same
  // every time. (At most FS_CONCURRENCY look-ups wait at once, however large the tree.)
  type Found = { files: string[]; skipped: SkippedFile[] };
  const limited = limiter(FS_CONCURRENCY);
  const visit = async (dir: string, rules: IgnoreRule[]): Promise<Found> => {
    const found: Found = { files: [], skipped: [] };
    if (options.signal?.aborted) return found;
    const rel = toRelative(root, dir);
    const gitignore = await limited(() => fs.readText(join(dir, '.gitignore'))).catch(() => undefined);
    const inForce = gitignore === undefined ? rules : [...rules, ...parseGitignore(gitignore, rel)];
    const entries = await limited(() => fs.readdir(dir)).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const parts: Promise<Found>[] = [];
    for (const entry of entries) {
      if (options.signal?.aborted) break;
      if (entry.isSymbolicLink()) continue;
      const full = join(dir, entry.name);
      const relative = toRelative(root, full);
      if (entry.isDirectory()) {
        if (!options.includeVendored && VENDORED_FOLDERS.has(entry.name)) continue;
        if (isIgnored(inForce, relative, true)) continue;
        if (exclude.some((g) => globMatch(g, relative) || globMatch(`${g.replace(/\/\*\*$/, '')}`, relative))) continue;
        parts.push(visit(full, inForce));
      } else if (entry.isFile()) {
        if (isIgnored(inForce, relative, false)) continue;
        if (exclude.some((g) => globMatch(g, relative))) continue;
        parts.push(
          limited(() => fs.lstat(full)).then(
            (info) => {
              const one: Found = { files: [], skipped: [] };
              classifyFile(full, info.size, maxBytes, one.files, one.skipped);
              return one;
            },
            () => ({ files: [], skipped: [{ path: full, reason: 'unreadable' as const }] }),
          ),
        );
      }
    }
    for (const part of await Promise.all(parts)) {
      for (const f of part.files) found.files.push(f);
      for (const f of part.skipped) found.skipped.push(f);
    }
    return found;
  };
  const found = await visit(root, []);
  return { files: [...files, ...found.files], skipped: [...skipped, ...found.skipped] };
}

/** File system look-ups the walk has waiting at once. */
const FS_CONCURRENCY = 64;

/** Runs at most `max` of the tasks given to it at once; the others wait their turn, in order. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      // A finished task hands its place to the next one waiting, if any.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
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
