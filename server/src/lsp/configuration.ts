/**
 * Settings per resource, pulled with `workspace/configuration` (vscode-eslint, lsp-sample): cached per URI until the
 * client says the configuration changed. Clients without `workspace/configuration` get the defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly options: { pull: boolean; trusted: boolean },
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
