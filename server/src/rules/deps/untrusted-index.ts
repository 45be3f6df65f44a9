/**
 * Package index options in requirements files that widen where pip installs from: `--extra-index-url` (dependency
 * confusion), `--index-url` to a host other than PyPI, plain-HTTP indexes and `--trusted-host` (no TLS checks).
 */
import type { FixDraft, ModuleRule } from '../../engine/module';
import { type RequirementsOption, requirementsLines, requirementsOptions } from './manifests';

const PYPI = /^https:\/\/(pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)(\/|$)/i;

/** `key = value` settings of a pip.conf / pip.ini, as options (`extra-index-url` → `--extra-index-url`), continuation lines included. */
function pipConfOptions(text: string): RequirementsOption[] {
  const out: RequirementsOption[] = [];
  let key: string | undefined;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (/^\s*([#;]|$)/.test(line) || /^\s*\[/.test(line)) {
      key = /^\s*\[/.test(line) ? undefined : key;
      continue;
    }
    const setting = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(line);
    const values: { value: string; index: number }[] = [];
    if (setting) {
      key = setting[1]!.toLowerCase().replace(/_/g, '-');
      const index = line.indexOf(setting[2]!, setting[1]!.length);
      for (const m of setting[2]!.matchAll(/\S+/g)) values.push({ value: m[0], index: index + m.index! });
    } else if (key && /^\s/.test(line)) {
      for (const m of line.matchAll(/\S+/g)) values.push({ value: m[0], index: m.index! });
    }
    if (!key || !['index-url', 'extra-index-url', 'trusted-host', 'find-links'].includes(key)) continue;
    for (const v of values) out.push({ option: `--${key}`, value: v.value, start: lineStart + v.index, valueStart: lineStart + v.index, valueEnd: lineStart + v.index + v.value.length });
  }
  return out;
}

/** Whether the file is pip's own configuration rather than a requirements file. */
function isPipConf(path: string): boolean {
  return /(^|\/)pip\.(conf|ini)$/i.test(path);
}

/**
 * The fix of one option: `--trusted-host host` (or `trusted-host = host` in pip.conf) standing alone on its line
 * is removed with that line; `http://` becomes `https://` for `--find-links` and for PyPI itself, where that
 * leaves nothing else to report. Declined for hosts listed together and for other indexes over HTTP (they need
 * a decision about the index, not just the scheme).
 */
function fixOf(text: string, option: RequirementsOption): FixDraft[] {
  const lineStart = text.lastIndexOf('\n', option.start - 1) + 1;
  const newline = text.indexOf('\n', option.valueEnd);
  const lineEnd = newline < 0 ? text.length : newline;
  if (option.option === '--trusted-host') {
    const line = text.slice(lineStart, lineEnd).trim();
    const alone = line === `${option.option} ${option.value}` || line === `${option.option}=${option.value}` || new RegExp(`^trusted[-_]host\\s*[=:]\\s*${option.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(line);
    const continued = /^[ \t]+\S/.test(text.slice(lineEnd + 1));
    if (!alone || continued) return [];
    return [{ title: 'Remove the --trusted-host exception (unsafe)', safety: 'unsafe', edits: [{ start: lineStart, end: newline < 0 ? lineEnd : lineEnd + 1, newText: '' }] }];
  }
  const secure = option.value.replace(/^http:/i, 'https:');
  if (secure === option.value || !(['--find-links', '-f'].includes(option.option) || PYPI.test(secure))) return [];
  return [{ title: 'Use https:// (unsafe)', safety: 'unsafe', edits: [{ start: option.valueStart, end: option.valueStart + 'http:'.length, newText: 'https:' }] }];
}

export const rule: ModuleRule = {
  check(ctx) {
    const options = isPipConf(ctx.path) ? pipConfOptions(ctx.text) : requirementsLines(ctx.text).flatMap(requirementsOptions);
    {
      for (const option of options) {
        const written = isPipConf(ctx.path) ? `${option.option.slice(2)} = ${option.value}` : `${option.option} ${option.value}`;
        const report = (problem: string, severity: 'high' | 'medium', confidence: 'high' | 'medium') =>
          ctx.report({ start: option.start, end: option.valueEnd > option.start ? option.valueEnd : option.start + option.option.length, severity, confidence, names: { written, problem }, fixes: fixOf(ctx.text, option) });
        const url = option.value;
        if (option.option === '--trusted-host') {
          report('turns off TLS certificate checks for that host, so anyone on the network path can serve any package in its place', 'high', 'high');
        } else if (['--extra-index-url', '--index-url', '-i', '--find-links', '-f'].includes(option.option) && /^http:\/\//i.test(url)) {
          report('fetches packages over unencrypted HTTP, so anyone on the network path can replace them', 'high', 'high');
        } else if (option.option === '--extra-index-url' && url && !PYPI.test(url)) {
          report('adds a second index: pip installs whichever index offers the highest version, so anyone who registers one of your internal package names on PyPI (or on that index) wins — dependency confusion', 'high', 'high');
        } else if ((option.option === '--index-url' || option.option === '-i') && url && !PYPI.test(url) && !/^\$\{?\w+\}?$/.test(url)) {
          report('replaces PyPI with another index for every package, so that host decides what every dependency contains', 'medium', 'medium');
        }
      }
    }
  },
};
