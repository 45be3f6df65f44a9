/**
 * What git says changed: the files and the lines changed against a ref, for `ai-audit scan --diff <ref>` and the
 * editor's "Audit Changed Files". git runs through `execFile` (no shell, so a ref can never become a command) in
 * the folder being audited; every failure becomes one sentence in a `GitError`.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** git is missing, the folder is not a repository, or the ref is unknown: one sentence for the user. */
export class GitError extends Error {}

/** Line ranges (1-based, inclusive) changed in each file, keyed by the absolute path. */
export type ChangedLines = Map<string, { start: number; end: number }[]>;

const MAX_OUTPUT = 256 * 1024 * 1024;

/** Runs git with `args` in `cwd`; resolves to its standard output. */
export function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // The repository's configuration must not start programs while we only read history (core.fsmonitor).
    execFile('git', ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', ...args], { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new GitError('git is not installed or not on the PATH.'));
      const message = stderr.trim().split('\n')[0] ?? '';
      if (/not a git repository/i.test(message)) return reject(new GitError(`${cwd} is not inside a git repository.`));
      reject(new GitError(`git ${args[0]} failed: ${message || error.message}`));
    });
  });
}

/** The top folder of the repository that holds `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/** Checks that `ref` names a commit, so a typo is reported as such rather than as an empty diff. */
async function verifyRef(cwd: string, ref: string): Promise<void> {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref.`);
  await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new GitError(`git does not know the ref "${ref}".`);
  });
}

/**
 * The default base of "changed": the merge base of HEAD with the remote's default branch (`origin/HEAD`), else
 * with `main` or `master`, else HEAD itself (so uncommitted and untracked work is what changed).
 */
export async function defaultBase(cwd: string): Promise<string> {
  for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    const base = await git(cwd, ['merge-base', 'HEAD', candidate]).then((out) => out.trim(), () => '');
    if (base) return base;
  }
  return 'HEAD';
}

/**
 * Parses `git diff --unified=0` output into changed line ranges of the new files (deleted files and pure
 * deletions change no line of the new text and are left out). Paths are joined to `root`.
 */
export function parseUnifiedDiff(diff: string, root: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: { start: number; end: number }[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') current = undefined;
      else {
        const path = join(root, unquote(target).replace(/^b\//, ''));
        current = changed.get(path) ?? [];
        changed.set(path, current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.push({ start, end: start + count - 1 });
    }
  }
  return changed;
}

/** git quotes paths with unusual characters (`"b/caf\303\251.py"`); this undoes the C-style quoting. */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(escapes[body[i + 1]!] ?? body.charCodeAt(i + 1));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * The lines changed since `ref` (working tree against the ref, so uncommitted edits count) plus every line of
 * untracked files, which git diff does not show. `ref` undefined: {@link defaultBase}.
 */
export async function changedLines(cwd: string, ref?: string): Promise<{ root: string; base: string; lines: ChangedLines; files: string[] }> {
  const root = await repositoryRoot(cwd);
  const base = ref ?? (await defaultBase(root));
  await verifyRef(root, base);
  const diff = await git(root, ['-c', 'core.quotepath=on', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--diff-filter=ACMRT', base, '--']);
  const lines = parseUnifiedDiff(diff, root);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const name of untracked.split('\0').filter(Boolean)) lines.set(join(root, name), [{ start: 1, end: Number.MAX_SAFE_INTEGER }]);
  // Files whose only change is a mode or a rename keep no changed line but were still touched.
  const names = await git(root, ['diff', '--name-only', '-z', '--diff-filter=ACMRT', base, '--']);
  const files = new Set([...lines.keys()]);
  for (const name of names.split('\0').filter(Boolean)) files.add(join(root, name));
  return { root, base, lines, files: [...files].sort() };
}

/** Whether a finding starting on `line` (1-based) falls on a changed line of `path`. */
export function onChangedLine(lines: ChangedLines, path: string, line: number): boolean {
  return (lines.get(path) ?? []).some((range) => line >= range.start && line <= range.end);
}
