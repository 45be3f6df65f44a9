/**
 * Reads the dependencies a manifest declares, with the offsets of each name and version spec: package.json
 * (dependencies, devDependencies, optionalDependencies, peerDependencies), requirements*.txt (PEP 508 lines, URLs,
 * `-e`, options) and pyproject.toml (`[project]` dependencies, optional dependencies, dependency groups and
 * Poetry tables). The readers never throw: what they do not understand they skip.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { ModuleContext } from '../../engine/module';
import type { Ecosystem } from './names';
import { propertiesOf } from '../mcp/json';

export { propertiesOf };

/** Where a dependency comes from. */
export type SourceKind = 'registry' | 'git' | 'url' | 'path';

/** One declared dependency. */
export interface Dependency {
  ecosystem: Ecosystem;
  /** The name as written (for npm aliases `"x": "npm:y@1"`, the registry name `y`). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The version spec or source as written ('' when there is none). */
  spec: string;
  specStart: number;
  specEnd: number;
  source: SourceKind;
  /** The whole entry (a requirements line, a JSON property, a pyproject string). */
  start: number;
  end: number;
}

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** Classifies an npm version spec. */
export function npmSource(spec: string): SourceKind {
  const s = spec.trim();
  if (/^(git\+|git:\/\/|github:|gitlab:|bitbucket:|gist:)/i.test(s)) return 'git';
  if (/^https?:\/\//i.test(s)) return /\.git(#.*)?$/i.test(s) ? 'git' : 'url';
  if (/^(file:|link:|portal:|workspace:|\.{0,2}\/|~\/)/.test(s)) return 'path';
  // `user/repo` and `user/repo#ref` are GitHub shorthands.
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(s)) return 'git';
  return 'registry';
}

/** The dependencies of a package.json. */
export function packageJsonDependencies(root: JsonNode | undefined): Dependency[] {
  if (root?.type !== 'object') return [];
  const out: Dependency[] = [];
  for (const section of propertiesOf(root)) {
    if (!NPM_SECTIONS.includes(section.key)) continue;
    for (const entry of propertiesOf(section.value)) {
      if (entry.value.type !== 'string') continue;
      const spec = String(entry.value.value);
      const alias = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec);
      out.push({
        ecosystem: 'npm',
        name: alias ? alias[1]! : entry.key,
        nameStart: alias ? entry.value.offset + 1 + 4 : entry.keyNode.offset + 1,
        nameEnd: alias ? entry.value.offset + 1 + 4 + alias[1]!.length : entry.keyNode.offset + entry.keyNode.length - 1,
        spec: alias ? (alias[2] ?? '') : spec,
        specStart: entry.value.offset + 1,
        specEnd: entry.value.offset + entry.value.length - 1,
        source: npmSource(alias ? (alias[2] ?? '') : spec),
        start: entry.keyNode.offset,
        end: entry.value.offset + entry.value.length,
      });
    }
  }
  return out;
}

/** A logical requirements line: continuation lines joined, the comment cut, with its offset. */
export interface RequirementsLine {
  text: string;
  start: number;
  /** Offsets into the file of each character of `text` (continuations make them jump). */
  offsets: number[];
}

/** The logical lines of a requirements file (pip's rules: `\` continues a line, ` #` starts a comment). */
export function requirementsLines(text: string): RequirementsLine[] {
  const out: RequirementsLine[] = [];
  let current: RequirementsLine | undefined;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const comment = /(^|\s)#/.exec(line);
    let body = comment ? line.slice(0, comment.index) : line;
    const continued = /\\$/.test(body) && !comment;
    if (continued) body = body.slice(0, -1);
    current ??= { text: '', start: lineStart, offsets: [] };
    for (let i = 0; i < body.length; i++) current.offsets.push(lineStart + i);
    current.text += body;
    if (!continued) {
      if (current.text.trim()) out.push(current);
      current = undefined;
    }
  }
  if (current?.text.trim()) out.push(current);
  return out;
}

/** The offset in the file of index `i` of a logical line. */
export function offsetIn(line: RequirementsLine, i: number): number {
  if (i >= line.offsets.length) return (line.offsets[line.offsets.length - 1] ?? line.start - 1) + 1;
  return line.offsets[i]!;
}

/** An option of a requirements line (`--extra-index-url URL`, `-e git+…`), with the value's offsets. */
export interface RequirementsOption {
  option: string;
  value: string;
  start: number;
  valueStart: number;
  valueEnd: number;
}

/** The options of a requirements line; a requirement line has none before its name. */
export function requirementsOptions(line: RequirementsLine): RequirementsOption[] {
  const out: RequirementsOption[] = [];
  const re = /(?:^|\s)(--?[a-zA-Z][\w-]*)(?:[= \t]+(?!-)(\S+))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.text))) {
    const optionIndex = m.index + m[0].indexOf(m[1]!);
    const valueIndex = m[2] ? m.index + m[0].lastIndexOf(m[2]) : optionIndex + m[1]!.length;
    out.push({ option: m[1]!, value: m[2] ?? '', start: offsetIn(line, optionIndex), valueStart: offsetIn(line, valueIndex), valueEnd: offsetIn(line, valueIndex + (m[2]?.length ?? 0) - 1) + (m[2] ? 1 : 0) });
  }
  return out;
}

const PEP508 = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(\(?\s*(?:[<>=!~]=?|===)[^;@]*?\)?)?\s*(?:@\s*(\S+))?\s*(;.*)?$/;

/** Parses one PEP 508 requirement string at `base` (an offset mapper), or undefined. */
function pep508(text: string, at: (i: number) => number, entryStart: number, entryEnd: number): Dependency | undefined {
  const m = PEP508.exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  const nameIndex = text.indexOf(name);
  const url = m[4];
  const spec = (url ?? m[3] ?? '').trim();
  const specIndex = spec ? text.indexOf(spec, nameIndex + name.length) : nameIndex + name.length;
  return {
    ecosystem: 'pypi',
    name,
    nameStart: at(nameIndex),
    nameEnd: at(nameIndex + name.length - 1) + 1,
    spec,
    specStart: at(specIndex),
    specEnd: spec ? at(specIndex + spec.length - 1) + 1 : at(specIndex - 1) + 1,
    source: url ? pypiUrlSource(url) : 'registry',
    start: entryStart,
    end: entryEnd,
  };
}

/** Classifies a PyPI direct reference or requirements URL. */
export function pypiUrlSource(url: string): SourceKind {
  if (/^(git|hg|svn|bzr)\+/i.test(url) || /^git:\/\//i.test(url)) return 'git';
  if (/^(https?|ftp):\/\//i.test(url)) return 'url';
  return 'path';
}

/** The requirements of a requirements file: one per requirement line, URLs and `-e` lines included. */
export function requirementsDependencies(text: string): Dependency[] {
  const out: Dependency[] = [];
  for (const line of requirementsLines(text)) {
    const body = line.text;
    const trimmedStart = body.length - body.trimStart().length;
    const at = (i: number) => offsetIn(line, i);
    const end = at(body.trimEnd().length - 1) + 1;
    const editable = /^\s*(-e|--editable)[=\s]+(\S+)/.exec(body);
    const first = editable ? editable[2]! : body.trim().split(/\s+/)[0]!;
    if (!editable && first.startsWith('-')) continue;
    if (editable || /^[a-z][a-z0-9+.-]*:\/\//i.test(first) || /^[./~]/.test(first)) {
      // A URL or path: the name, when given, is the `#egg=` fragment or the wheel's file name.
      const location = first;
      const locationIndex = body.indexOf(location, trimmedStart);
      const egg = /[#&]egg=([A-Za-z0-9][\w.-]*)/.exec(location)?.[1] ?? /\/([A-Za-z0-9][\w.]*?)-\d[^/]*\.(whl|tar\.gz|zip)$/.exec(location)?.[1];
      const nameIndex = egg ? locationIndex + location.indexOf(egg) : locationIndex;
      out.push({
        ecosystem: 'pypi',
        name: egg ?? '',
        nameStart: at(nameIndex),
        nameEnd: at(nameIndex + (egg ?? location).length - 1) + 1,
        spec: location,
        specStart: at(locationIndex),
        specEnd: at(locationIndex + location.length - 1) + 1,
        source: pypiUrlSource(location),
        start: at(trimmedStart),
        end,
      });
      continue;
    }
    // Options after the requirement (`--hash=…`) are not part of it.
    const requirement = body.replace(/\s--?[a-zA-Z][\s\S]*$/, '');
    const dependency = pep508(requirement, at, at(trimmedStart), end);
    if (dependency) out.push(dependency);
  }
  return out;
}

/** A TOML basic or literal string on one line, with its offsets. */
const TOML_STRING = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g;

/** The dependencies of a pyproject.toml (PEP 621 and Poetry), read line by line. */
export function pyprojectDependencies(text: string): Dependency[] {
  const out: Dependency[] = [];
  let table = '';
  let inArray = false;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const code = line.replace(/\s#.*$|^#.*$/, '');
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*$/.exec(code);
    if (header && !inArray) {
      table = header[1]!.replace(/\s+/g, '').replace(/"/g, '');
      continue;
    }
    const arrayTable = table === 'project' || table === 'project.optional-dependencies' || table === 'dependency-groups';
    if (arrayTable) {
      const key = /^\s*([\w.-]+|"[^"]+")\s*=\s*\[/.exec(code);
      const starts = key && (table !== 'project' || /^"?dependencies"?$/.test(key[1]!));
      if (!inArray && !starts) continue;
      const from = starts ? key![0].length : 0;
      const tail = code.slice(from);
      TOML_STRING.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = TOML_STRING.exec(tail))) {
        const value = m[1] ?? m[2] ?? '';
        const valueStart = lineStart + from + m.index + 1;
        const dependency = pep508(value, (i) => valueStart + i, valueStart - 1, valueStart + value.length + 1);
        if (dependency) out.push(dependency);
      }
      inArray = !/\]\s*,?\s*$/.test(tail.replace(TOML_STRING, '""'));
      continue;
    }
    if (/^tool\.poetry\.(dev-)?dependencies$|^tool\.poetry\.group\.[\w-]+\.dependencies$/.test(table)) {
      const entry = /^\s*("?)([A-Za-z0-9][\w.-]*)\1\s*=\s*(.*)$/.exec(code);
      if (!entry || entry[2]!.toLowerCase() === 'python') continue;
      const name = entry[2]!;
      const nameIndex = code.indexOf(name);
      const value = entry[3]!.trim();
      const valueIndex = code.indexOf(value, nameIndex + name.length);
      const git = /\b(git|url|path)\s*=\s*"([^"]*)"/.exec(value);
      const version = git ? undefined : (/^"([^"]*)"/.exec(value)?.[1] ?? /\bversion\s*=\s*"([^"]*)"/.exec(value)?.[1]);
      const written = git ? git[2]! : (version ?? '');
      const specIndex = written ? code.indexOf(written, valueIndex) : valueIndex;
      // A Poetry git source pinned with `rev = "<commit>"` reads like `url#<commit>`.
      const rev = git ? /\brev\s*=\s*"([^"]*)"/.exec(value)?.[1] : undefined;
      const spec = rev ? `${written}#${rev}` : written;
      out.push({
        ecosystem: 'pypi',
        name,
        nameStart: lineStart + nameIndex,
        nameEnd: lineStart + nameIndex + name.length,
        spec,
        specStart: lineStart + specIndex,
        specEnd: lineStart + specIndex + Math.max(written.length, 1),
        source: git ? (git[1] === 'git' ? 'git' : git[1] === 'url' ? 'url' : 'path') : 'registry',
        start: lineStart + nameIndex,
        end: lineStart + code.trimEnd().length,
      });
    }
  }
  return out;
}

/** The dependencies of whatever manifest the context holds. */
export function manifestDependencies(ctx: ModuleContext): Dependency[] {
  if (ctx.formats.has('package-json')) return packageJsonDependencies(ctx.json());
  if (ctx.formats.has('requirements')) return requirementsDependencies(ctx.text);
  if (ctx.formats.has('pyproject')) return pyprojectDependencies(ctx.text);
  return [];
}
