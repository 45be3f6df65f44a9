/**
 * The repository's `ai-audit.json` in the editor, read the same way the CLI reads it: found from the file's folder
 * up to the repository root, laid under the editor's own settings (which win where the user set them), and only in
 * trusted workspaces (a cloned repository must not widen what runs, or hide findings, in Restricted Mode).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ConfigFile, ConfigFileError, findConfigFile, readConfigFile } from '../config/file';
import { DEFAULT_SETTINGS, type Settings } from '../settings';

/** Lays a configuration file under editor settings: file rules first, editor rules win; thresholds from the file unless the editor changed them; excludes joined. */
export function settingsWithConfigFile(settings: Settings, file: ConfigFile): Settings {
  return {
    ...settings,
    rules: { ...(file.rules ?? {}), ...settings.rules },
    minimumSeverity: file.minimumSeverity && settings.minimumSeverity === DEFAULT_SETTINGS.minimumSeverity ? file.minimumSeverity : settings.minimumSeverity,
    minimumConfidence: file.minimumConfidence && settings.minimumConfidence === DEFAULT_SETTINGS.minimumConfidence ? file.minimumConfidence : settings.minimumConfidence,
    exclude: [...settings.exclude, ...(file.exclude ?? [])],
    ...(file.policy ? { policy: file.policy } : {}),
  };
}

/** The path of the configuration file that applies to a path (a file or a folder), or undefined. */
export function configFilePathFor(path: string): string | undefined {
  let start = path;
  try {
    if (!statSync(path).isDirectory()) start = dirname(path);
  } catch {
    start = dirname(path);
  }
  return findConfigFile(start, existsSync);
}

/** The configuration file that applies to a path (a file or a folder), or undefined; a broken file throws a ConfigFileError. */
export function configFileFor(path: string): ConfigFile | undefined {
  const found = configFilePathFor(path);
  return found ? readConfigFile(found) : undefined;
}

export { ConfigFileError, readConfigFile };
