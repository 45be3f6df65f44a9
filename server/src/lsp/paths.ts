/**
 * URIs and paths: what path the engine sees for a document, and which workspace folder a file belongs to (exclude
 * globs are relative to it).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';

/** The path the engine classifies a document by: the file path for `file:` URIs, the URI's path otherwise. */
export function uriToPath(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.protocol === 'file:') return fileURLToPath(url).replace(/\\/g, '/');
    return decodeURIComponent(url.pathname);
  } catch {
    return uri;
  }
}

/** The `file:` URI of an absolute path. */
export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** The workspace folders the client reported, kept up to date on change. */
export class WorkspaceFolders {
  private folders: { uri: string; path: string; name: string }[] = [];

  /** Replaces the known folders. */
  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.folders = (folders ?? []).map((f) => ({ uri: f.uri, name: f.name, path: uriToPath(f.uri).replace(/\/+$/, '') }));
  }

  /** Adds and removes folders. */
  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    this.set([...this.folders.filter((f) => !gone.has(f.uri)), ...added]);
  }

  /** Every folder with a local path. */
  all(): readonly { uri: string; path: string; name: string }[] {
    return this.folders.filter((f) => f.uri.startsWith('file:'));
  }

  /** The innermost folder holding a path, if any. */
  folderOf(path: string): { uri: string; path: string } | undefined {
    let best: { uri: string; path: string } | undefined;
    for (const folder of this.folders) {
      if ((path === folder.path || path.startsWith(`${folder.path}/`)) && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }

  /** The path relative to its workspace folder, or the path itself outside every folder. */
  relative(path: string): string {
    const folder = this.folderOf(path);
    return folder ? path.slice(folder.path.length + 1) : path;
  }
}
