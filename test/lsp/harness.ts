/**
 * A minimal LSP client for the tests: spawns the bundled server over stdio, answers the requests a client
 * answers (configuration, registration, progress creation, applyEdit), records what the server sends, and lets a
 * test wait for a message that satisfies a predicate. Nothing here sleeps: every wait resolves on an event.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  ClientCapabilities,
  CodeAction,
  CodeActionParams,
  ConfigurationParams,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  ShowDocumentParams,
  ShowDocumentResult,
  TextEdit,
  WorkspaceEdit,
  WorkspaceFolder,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { StatusParams } from '../../server/src/protocol';

/** The bundled server, built by `node esbuild.config.mjs`. */
export function serverBundle(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'server/out/server.js');
    if (existsSync(candidate)) return candidate;
    dir = join(dir, '..');
  }
  throw new Error('server/out/server.js not found: run `node esbuild.config.mjs` first');
}

export interface StartOptions {
  /** The `aiAudit` section answered for a resource URI; undefined: the client lacks workspace/configuration. */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: unknown;
  workspaceFolders?: WorkspaceFolder[];
  /** Whether the client supports server-created work-done progress. */
  workDoneProgress?: boolean;
  /** Whether the client applies `workspace/applyEdit` (true) or refuses it. */
  applyEdits?: boolean;
  /** Whether the client lets the server register file watchers (`workspace/didChangeWatchedFiles`). */
  watchFiles?: boolean;
}

interface Waiter {
  check: () => boolean;
}

/** The text of a diagnostic's message (plain or markdown). */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Applies the edits of a versioned workspace edit for one document to a text. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined): string {
  const changes = edit?.documentChanges ?? [];
  const edits: TextEdit[] = [];
  for (const change of changes) if ('edits' in change) edits.push(...(change.edits as TextEdit[]));
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

export class TestServer {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly progress: { token: string | number; value: { kind: string; message?: string; percentage?: number; cancellable?: boolean; title?: string } }[] = [];
  readonly statuses: StatusParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly logs: string[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: string[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly texts = new Map<string, { text: string; version: number }>();
  private exitCode: number | null | undefined;
  initializeResult!: InitializeResult;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly options: StartOptions,
  ) {}

  /** Spawns the server and completes initialize/initialized. */
  static async start(options: StartOptions = {}): Promise<TestServer> {
    const child = spawn(process.execPath, [serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new TestServer(child, connection, options);
    child.on('exit', (code) => {
      server.exitCode = code;
      server.notify();
    });
    child.stderr!.on('data', (chunk: Buffer) => server.logs.push(chunk.toString()));
    server.listen();
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.settings !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceFolders: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: false, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
      window: { workDoneProgress: options.workDoneProgress ?? false, showDocument: { support: true } },
    };
    server.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return server;
  }

  private listen(): void {
    const { connection } = this;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.push(params);
      this.notify();
    });
    connection.onNotification('$/progress', (params: TestServer['progress'][number]) => {
      this.progress.push(params);
      this.notify();
    });
    connection.onNotification('aiAudit/status', (params: StatusParams) => {
      this.statuses.push(params);
      this.notify();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.notify();
    });
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      this.notify();
      // Only the aiAudit section is configured here; other sections (files.exclude) have no value.
      return params.items.map((item) => (item.section === 'aiAudit' ? this.options.settings?.(item.scopeUri) ?? null : null));
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
      this.notify();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showDocument', (params: ShowDocumentParams): ShowDocumentResult => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams): ApplyWorkspaceEditResult => {
      this.appliedEdits.push(params);
      this.notify();
      return this.options.applyEdits === false ? { applied: false, failureReason: 'refused by the test' } : { applied: true };
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) if (waiter.check()) this.waiters.delete(waiter);
  }

  /** Resolves with the first value `probe` returns (checked now and after every message from the server). */
  waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}; server log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const waiter: Waiter = {
        check: () => {
          const value = probe();
          if (value === undefined) return false;
          clearTimeout(timer);
          resolve(value);
          return true;
        },
      };
      if (!waiter.check()) this.waiters.add(waiter);
    });
  }

  /** The first diagnostics published for `uri` after `after` messages that pass `accept`. */
  diagnosticsFor(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, after = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.diagnostics.slice(after).find((d) => d.uri === uri && accept(d)));
  }

  /** Opens a document and returns the diagnostics published for this version. */
  async open(uri: string, text: string, languageId = 'python', version = 1): Promise<PublishDiagnosticsParams> {
    const mark = this.diagnostics.length;
    this.texts.set(uri, { text, version });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return this.diagnosticsFor(uri, (d) => d.version === undefined || d.version === version, mark);
  }

  /** Replaces a document's whole text (without waiting for diagnostics). */
  async change(uri: string, text: string, version: number): Promise<void> {
    this.texts.set(uri, { text, version });
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Replaces a document's text and returns the diagnostics published for the new version. */
  async changeAndWait(uri: string, text: string, version: number): Promise<PublishDiagnosticsParams> {
    const mark = this.diagnostics.length;
    await this.change(uri, text, version);
    return this.diagnosticsFor(uri, (d) => d.version === version, mark);
  }

  /** The text the test last sent for a document. */
  text(uri: string): string {
    return this.texts.get(uri)!.text;
  }

  /** Asks for code actions over a range with the given diagnostics. */
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const params: CodeActionParams = { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } };
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params);
  }

  /** Shuts the server down and waits for the process to exit; resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.exitCode !== undefined) return this.exitCode;
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.waitFor('the server to exit', () => (this.exitCode === undefined ? undefined : { code: this.exitCode }));
    this.connection.dispose();
    return code.code;
  }

  /** Kills the process if a test left it running. */
  kill(): void {
    if (this.exitCode === undefined) this.process.kill();
    this.connection.dispose();
  }
}
