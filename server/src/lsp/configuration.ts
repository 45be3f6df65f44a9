/**
 * Settings per resource, pulled with `workspace/configuration` (vscode-eslint, lsp-sample): cached per URI until the
 * client says the configuration changed. Clients without `workspace/configuration` get the defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { ConfigFile } from '../config/file';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';
import { configFilePathFor, ConfigFileError, readConfigFile, settingsWithConfigFile } from './configFile';
import { uriToPath } from './paths';

/** Told when a configuration file becomes broken (with the problem) or valid again or deleted (without one). */
export type ConfigFileReporter = (path: string, error: ConfigFileError | undefined) => void;

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  /** The configuration files known to be broken, with the problem last reported for each. */
  private readonly broken = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly options: { pull: boolean; trusted: boolean },
    private readonly report: ConfigFileReporter = () => undefined,
  ) {}

  /** The settings that apply to a resource (a document or workspace folder URI). */
  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** Forgets the settings of one resource (a closed document). */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Forgets every cached value; the next `get` asks the client again. */
  clear(): void {
    this.cache.clear();
  }

  private async fetch(uri: string): Promise<Settings> {
    const settings = this.withRepositoryConfig(uri, await this.fetchEditorSettings(uri));
    const filesExclude = await this.fetchFilesExclude(uri);
    return filesExclude.length ? { ...settings, filesExclude } : settings;
  }

  /** The `files.exclude` globs set to true for a resource (the explorer hides them; so does the workspace audit). */
  private async fetchFilesExclude(uri: string): Promise<string[]> {
    if (!this.options.pull) return [];
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'files.exclude' });
      if (typeof raw !== 'object' || raw === null) return [];
      return Object.entries(raw as Record<string, unknown>).filter(([glob, on]) => on === true && glob.length > 0 && glob.length < 500).map(([glob]) => glob);
    } catch {
      return [];
    }
  }

  /**
   * Reads a configuration file (trusted workspaces only) and reports when it turns broken, or valid again or
   * deleted. Undefined when it is missing or broken: the editor settings then apply alone.
   */
  checkConfigFile(path: string): ConfigFile | undefined {
    if (!this.options.trusted) return undefined;
    try {
      const file = readConfigFile(path);
      if (this.broken.delete(path)) this.report(path, undefined);
      return file;
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      this.reportBroken(path, error);
      return undefined;
    }
  }

  /** Reports a broken configuration file, once per distinct problem (the same one found again says nothing). */
  private reportBroken(path: string, error: ConfigFileError): void {
    const problem = `${error.location?.offset ?? -1} ${error.message}`;
    if (this.broken.get(path) === problem) return;
    this.broken.set(path, problem);
    this.connection.console.error(`${error.withPosition()} The file is ignored until it is fixed.`);
    this.report(path, error);
  }

  /** Lays the repository's ai-audit.json under the editor settings, in trusted workspaces only. */
  private withRepositoryConfig(uri: string, settings: Settings): Settings {
    if (!this.options.trusted) return settings;
    const path = uriToPath(uri);
    const found = path ? configFilePathFor(path) : undefined;
    const file = found ? this.checkConfigFile(found) : undefined;
    return file ? settingsWithConfigFile(settings, file) : settings;
  }

  private async fetchEditorSettings(uri: string): Promise<Settings> {
    if (!this.options.pull) return parseSettings({ ...DEFAULT_SETTINGS }, this.options.trusted);
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'aiAudit' });
      return parseSettings(raw, this.options.trusted);
    } catch (error) {
      this.cache.delete(uri);
      this.connection.console.warn(`Could not read the aiAudit settings for ${uri}, using the defaults: ${(error as Error).message}`);
      return parseSettings({}, this.options.trusted);
    }
  }
}
