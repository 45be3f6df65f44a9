/**
 * The language client: starts server/out/server.js over IPC, hands it every file (the server decides what a file
 * is from its path and content), tells it whether the workspace is trusted, and restarts it when trust is granted
 * so the workspace configuration it ignored in Restricted Mode takes effect.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  ErrorAction,
  type ErrorHandlerResult,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { type IgnoreParams, IgnoreRequest, type IgnoreResult, type ReportParams, ReportRequest, type ReportResult, StatusNotification, UnreviewedBlocksNotification, type UnreviewedBlocksParams } from '../../server/src/protocol';
import type { StatusBar } from './statusBar';
import { UnreviewedBlocks } from './unreviewed';

/** A command that the server executes, implemented on the client side by a function of its arguments. */
export type ServerCommandHandler = (...args: unknown[]) => Promise<unknown>;

/** How many unexpected exits within {@link CRASH_WINDOW_MS} are restarted before the client gives up. */
const MAX_RESTARTS = 4;
const CRASH_WINDOW_MS = 3 * 60 * 1000;

/** Owns the running LanguageClient and replaces it on restart. */
export class AuditClient implements vscode.Disposable {
  private languageClient: LanguageClient | undefined;
  private readonly serverCommands = new Map<string, ServerCommandHandler>();
  private fallbackRegistrations: vscode.Disposable[] = [];
  private readonly crashTimes: number[] = [];
  private crashRestartCount = 0;
  private readonly trustListener: vscode.Disposable;
  /** Unreviewed AI-sized blocks of the workspace's documents (CodeLens, decorations, notes on findings). */
  readonly unreviewed: UnreviewedBlocks;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
    private readonly statusBar: StatusBar,
  ) {
    this.trustListener = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      this.log('The workspace is now trusted: restarting the server with the workspace configuration.');
      void this.restart();
    });
    this.unreviewed = new UnreviewedBlocks(context.workspaceState, (params) => this.sendUnreviewedBlocks(params));
  }

  /** Writes one line to the "AI Audit" output channel. */
  log(message: string): void {
    this.output.info(message);
  }

  /**
   * Declares a command that the server executes. The language client registers the commands the server advertises
   * itself and its middleware calls `handler`; commands the server does not advertise are registered here.
   */
  registerServerCommand(command: string, handler: ServerCommandHandler): void {
    this.serverCommands.set(command, handler);
  }

  /** Sends `workspace/executeCommand` to the server and returns its answer; throws when no server runs. */
  async executeOnServer(command: string, args: unknown[] = []): Promise<unknown> {
    return this.runningClient().sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** Asks the server to insert an ignore directive (`aiAudit/ignore`); throws when no server runs. */
  async ignore(params: IgnoreParams): Promise<IgnoreResult> {
    return this.runningClient().sendRequest(IgnoreRequest, params);
  }

  /** Asks the server for the report of the last audit (see ReportRequest). */
  async report(params: ReportParams): Promise<ReportResult> {
    return this.runningClient().sendRequest(ReportRequest, params);
  }

  /** Tells the server where the unreviewed blocks of a document are; dropped while no server runs (sent on start). */
  private sendUnreviewedBlocks(params: UnreviewedBlocksParams): void {
    const client = this.languageClient;
    if (!client || client.state !== State.Running) return;
    client.sendNotification(UnreviewedBlocksNotification, params).catch((error: unknown) => this.log(`Could not send the unreviewed blocks to the server: ${errorMessage(error)}.`));
  }

  private runningClient(): LanguageClient {
    const client = this.languageClient;
    if (!client || client.state !== State.Running) throw new Error('the AI Audit server is not running (the lines above say why)');
    return client;
  }

  /** Starts a fresh server; a failure is reported in the output channel and the status bar, never thrown. */
  async start(): Promise<void> {
    this.disposeFallbacks();
    const serverModule = this.context.asAbsolutePath('server/out/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const client = new LanguageClient('aiAudit', 'AI Audit', serverOptions, this.clientOptions());
    this.languageClient = client;
    client.onDidChangeState((event) => {
      if (event.newState === State.Stopped) this.statusBar.showStopped();
      // Also after the language client restarted a crashed server by itself: the new server knows no blocks yet.
      if (event.newState === State.Running) this.unreviewed.resendAll();
    });
    client.onNotification(StatusNotification, (params) => this.statusBar.update(params));
    this.statusBar.showStarting(vscode.workspace.isTrusted);
    try {
      await client.start();
      this.log(`Server started${vscode.workspace.isTrusted ? '' : ' in Restricted Mode: only the bundled rules run'}.`);
      this.statusBar.update({ state: 'idle', findings: 0 });
    } catch (error) {
      this.log(`The server did not start: ${errorMessage(error)}.`);
      this.statusBar.showStopped();
    }
    this.registerFallbacks(client);
  }

  /** Stops the server, if one runs. */
  async stop(): Promise<void> {
    const client = this.languageClient;
    this.languageClient = undefined;
    this.disposeFallbacks();
    if (client && client.state !== State.Stopped) {
      try {
        await client.stop(5000);
      } catch (error) {
        this.log(`The server did not stop cleanly: ${errorMessage(error)}.`);
      }
    }
    await client?.dispose().catch(() => undefined);
  }

  /** Stops the server and starts a new one (picks up a changed trust state and a rebuilt server). */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The process id of the running server, when one runs (for the end-to-end test that kills it). */
  serverProcessId(): number | undefined {
    return this.languageClient?.serverProcess?.pid;
  }

  /** How many times the server stopped unexpectedly and was restarted (each said once in the output channel). */
  crashRestarts(): number {
    return this.crashRestartCount;
  }

  dispose(): void {
    this.trustListener.dispose();
    this.unreviewed.dispose();
    this.disposeFallbacks();
  }

  private clientOptions(): LanguageClientOptions {
    return {
      // Every file: VS Code's language ids do not say which files we audit (agent rule files, MCP configs, …).
      documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
      synchronize: { configurationSection: 'aiAudit' },
      // The workspace audit's cache lives in this extension's storage for the workspace, never in the workspace.
      initializationOptions: { trusted: vscode.workspace.isTrusted, ...(this.context.storageUri?.scheme === 'file' ? { cacheDir: vscode.Uri.joinPath(this.context.storageUri, 'audit-cache').fsPath } : {}) },
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationFailedHandler: (error) => {
        this.log(`The server failed to initialise: ${errorMessage(error)}.`);
        return false;
      },
      errorHandler: {
        // A killed server makes every queued write fail before the connection reports it closed; shutting down on
        // those errors would skip the restart, so errors are logged (once per burst) and `closed` decides.
        error: (error, _message, count): ErrorHandlerResult => {
          if ((count ?? 1) <= 1) this.log(`Connection to the server failed: ${errorMessage(error)}.`);
          return { action: ErrorAction.Continue, handled: true };
        },
        closed: (): CloseHandlerResult => this.onServerExit(),
      },
      middleware: {
        // The language client registers the commands the server advertises; route them through our handlers so
        // they report in the output channel like every other command.
        executeCommand: async (command, args, next) => {
          const handler = this.serverCommands.get(command);
          return handler ? handler(...args) : next(command, args);
        },
      },
    };
  }

  private onServerExit(): CloseHandlerResult {
    const now = Date.now();
    this.crashTimes.push(now);
    while (this.crashTimes.length && now - this.crashTimes[0]! > CRASH_WINDOW_MS) this.crashTimes.shift();
    if (this.crashTimes.length > MAX_RESTARTS) {
      this.log(`The server stopped ${this.crashTimes.length} times in three minutes and will not be restarted; run "AI Audit: Restart Server" after fixing the cause above.`);
      this.statusBar.showStopped();
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.crashRestartCount++;
    this.log('The server stopped unexpectedly and is being restarted.');
    return { action: CloseAction.Restart, handled: true };
  }

  /** Registers the server commands that this server does not advertise (or all of them when it did not start). */
  private registerFallbacks(client: LanguageClient): void {
    const advertised = new Set(client.initializeResult?.capabilities.executeCommandProvider?.commands ?? []);
    for (const [command, handler] of this.serverCommands) {
      if (!advertised.has(command)) this.fallbackRegistrations.push(vscode.commands.registerCommand(command, handler));
    }
  }

  private disposeFallbacks(): void {
    for (const registration of this.fallbackRegistrations) registration.dispose();
    this.fallbackRegistrations = [];
  }
}

/** The first line of an error's message, without a trailing period, for one-sentence reports. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').replace(/\.\s*$/, '') || 'unknown error';
}
