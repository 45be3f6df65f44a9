/**
 * Reads how an MCP server is launched: which package runner (`npx`, `uvx`, `pipx run`, `pnpm dlx`, …) installs
 * which package spec, and which container image `docker run` starts. Knows each runner's options that take a
 * value, so `npx --package foo bar` and `uvx --from foo==1.0 bar` read as the real install spec.
 */
import type { JsonString } from './json';
import { executableName, type McpServer } from './servers';

export type Ecosystem = 'npm' | 'pypi';

/** The package a runner installs, with the argument that names it. */
export interface LaunchedPackage {
  ecosystem: Ecosystem;
  /** The runner as written: `npx`, `uvx`, `pipx run`, `pnpm dlx`. */
  runner: string;
  spec: JsonString;
}

const NPX_VALUE_OPTIONS = new Set(['-p', '--package', '-c', '--call', '--cache', '--registry', '--userconfig', '-w', '--workspace']);
const UVX_VALUE_OPTIONS = new Set(['--from', '--with', '--with-editable', '--with-requirements', '-p', '--python', '--index', '--index-url', '--default-index', '--extra-index-url', '-i', '--find-links', '-f', '--constraint', '-c', '--override', '--cache-dir', '--directory', '--project', '--config-file', '--env-file', '--refresh-package', '--reinstall-package', '--upgrade-package', '-P', '--python-preference', '--resolution', '--prerelease', '--index-strategy', '--keyring-provider', '--exclude-newer', '--link-mode', '--color']);
const PIPX_VALUE_OPTIONS = new Set(['--spec', '--python', '--index-url', '-i', '--pip-args', '--backend', '--fetch-python']);

/** The first positional argument from `start`, skipping options (and the values of options that take one). */
function firstPositional(args: JsonString[], start: number, valueOptions: Set<string>): number {
  for (let i = start; i < args.length; i++) {
    const arg = args[i]!.value;
    if (arg === '--') return i + 1 < args.length ? i + 1 : -1;
    if (arg.startsWith('-')) {
      if (!arg.includes('=') && valueOptions.has(arg)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The value of an option (`--from x` or `--from=x`), with its node. */
function optionValue(args: JsonString[], start: number, names: string[]): JsonString | undefined {
  for (let i = start; i < args.length; i++) {
    const arg = args[i]!.value;
    if (arg === '--') return undefined;
    for (const name of names) {
      if (arg === name && args[i + 1]) return args[i + 1];
      if (arg.startsWith(`${name}=`)) return { node: args[i]!.node, value: arg.slice(name.length + 1) };
    }
  }
  return undefined;
}

/** The package an npm or Python runner installs for this server, if it is launched through one. */
export function launchedPackage(server: McpServer): LaunchedPackage | undefined {
  if (!server.command) return undefined;
  const exe = executableName(server.command.value);
  const args = server.args;
  const npm = (runner: string, start: number): LaunchedPackage | undefined => {
    const explicit = optionValue(args, start, ['--package', '-p']);
    if (explicit) return { ecosystem: 'npm', runner, spec: explicit };
    const i = firstPositional(args, start, NPX_VALUE_OPTIONS);
    return i >= 0 ? { ecosystem: 'npm', runner, spec: args[i]! } : undefined;
  };
  const pypi = (runner: string, start: number, valueOptions: Set<string>, fromOptions: string[]): LaunchedPackage | undefined => {
    const explicit = optionValue(args, start, fromOptions);
    if (explicit) return { ecosystem: 'pypi', runner, spec: explicit };
    const i = firstPositional(args, start, valueOptions);
    return i >= 0 ? { ecosystem: 'pypi', runner, spec: args[i]! } : undefined;
  };
  const sub = args[0]?.value;
  switch (exe) {
    case 'npx':
    case 'bunx':
    case 'pnpx':
      return npm(exe, 0);
    case 'npm':
      return sub === 'exec' || sub === 'x' ? npm(`npm ${sub}`, 1) : undefined;
    case 'pnpm':
    case 'yarn':
      return sub === 'dlx' ? npm(`${exe} dlx`, 1) : undefined;
    case 'bun':
      return sub === 'x' ? npm('bun x', 1) : undefined;
    case 'uvx':
      return pypi('uvx', 0, UVX_VALUE_OPTIONS, ['--from']);
    case 'uv':
      if (sub === 'tool' && args[1]?.value === 'run') return pypi('uv tool run', 2, UVX_VALUE_OPTIONS, ['--from']);
      return undefined;
    case 'pipx':
      return sub === 'run' ? pypi('pipx run', 1, PIPX_VALUE_OPTIONS, ['--spec']) : undefined;
    default:
      return undefined;
  }
}

/** Why an npm spec is not pinned to one exact version, or undefined when it is (or is a local path). */
export function npmSpecProblem(spec: string): string | undefined {
  if (/^(\.{0,2}\/|~\/|file:|[A-Za-z]:\\)/.test(spec)) return undefined;
  if (/^(git\+|github:|gitlab:|bitbucket:|https?:)/.test(spec) || /^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec)) {
    return /#[0-9a-f]{40}$/.test(spec) ? undefined : 'from a repository branch, not a pinned commit';
  }
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at < 0) return 'without a version';
  const version = spec.slice(at + 1);
  if (/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version)) return undefined;
  if (/^[a-z][\w-]*$/i.test(version)) return `with the moving tag \`@${version}\``;
  return `with the version range \`@${version}\``;
}

/** Why a Python requirement spec is not pinned, or undefined when it is (or is a local path). */
export function pypiSpecProblem(spec: string): string | undefined {
  if (/^(\.{0,2}\/|~\/|file:|[A-Za-z]:\\)/.test(spec) || /\.(whl|tar\.gz|zip)$/.test(spec)) return undefined;
  if (/^git\+/.test(spec)) return /@[0-9a-f]{40}$/.test(spec) ? undefined : 'from a repository branch, not a pinned commit';
  if (/^[A-Za-z0-9._-]+(\[[^\]]*\])?\s*(===?|@)\s*v?\d[\w.+!-]*$/.test(spec)) return undefined;
  if (/@latest$/.test(spec)) return 'with `@latest`';
  if (/[<>~^=!*]/.test(spec)) return 'with a version range';
  return 'without a version';
}

const DOCKER_VALUE_OPTIONS = new Set([
  '-e', '--env', '--env-file', '-v', '--volume', '--mount', '--name', '--network', '--net', '-p', '--publish', '-w', '--workdir',
  '-u', '--user', '--entrypoint', '--platform', '-l', '--label', '--add-host', '--cap-add', '--cap-drop', '--memory', '-m',
  '--cpus', '--hostname', '-h', '--label-file', '--log-driver', '--log-opt', '--pull', '--restart', '--runtime', '--security-opt',
  '--shm-size', '--tmpfs', '--ulimit', '--device', '--dns', '--expose', '--group-add', '--ipc', '--pid', '--stop-signal',
  '--stop-timeout', '--cidfile', '--gpus', '--isolation', '--userns', '--uts', '--volumes-from', '-a', '--attach',
]);

/** The image argument of a `docker run` / `podman run` server, if it is launched that way. */
export function launchedImage(server: McpServer): { runner: string; image: JsonString; runIndex: number } | undefined {
  if (!server.command) return undefined;
  const exe = executableName(server.command.value);
  if (exe !== 'docker' && exe !== 'podman' && exe !== 'nerdctl') return undefined;
  const args = server.args;
  const runIndex = args.findIndex((a) => a.value === 'run');
  if (runIndex < 0) return undefined;
  const i = firstPositional(args, runIndex + 1, DOCKER_VALUE_OPTIONS);
  return i >= 0 ? { runner: `${exe} run`, image: args[i]!, runIndex } : undefined;
}

/** Why an image reference is not pinned to a digest, or undefined when it is. */
export function imageProblem(image: string): string | undefined {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'without a tag or digest (it means `:latest`)';
  const tag = image.slice(colon + 1);
  if (tag === 'latest' || tag === 'main' || tag === 'master' || tag === 'edge' || tag === 'nightly') return `with the moving tag \`:${tag}\``;
  return `with the tag \`:${tag}\` but no digest (tags can be re-pushed)`;
}
