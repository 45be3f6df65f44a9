/**
 * The extension's entry point: starts the language server, the status bar and the commands, and stops the server
 * when VS Code unloads the extension. Everything else lives in the files it wires together.
 */
import * as vscode from 'vscode';
import { AuditClient } from './client';
import { registerCommands } from './commands';
import { StatusBar } from './statusBar';

let auditClient: AuditClient | undefined;

/**
 * What the extension exports while VS Code runs its tests (`ExtensionMode.Test`), and only then: what the
 * end-to-end suite cannot see through the editor API (the server's process, the restarts after a crash).
 */
export interface AuditTestApi {
  serverProcessId(): number | undefined;
  crashRestarts(): number;
}

/** Called by VS Code on start-up (or on the first AI Audit command): offers the commands, then starts the server. */
export async function activate(context: vscode.ExtensionContext): Promise<AuditTestApi | undefined> {
  const output = vscode.window.createOutputChannel('AI Audit', { log: true });
  const statusBar = new StatusBar();
  const client = new AuditClient(context, output, statusBar);
  auditClient = client;
  context.subscriptions.push(output, statusBar, client);
  registerCommands(context, client);
  await client.start();
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return { serverProcessId: () => client.serverProcessId(), crashRestarts: () => client.crashRestarts() };
}

/** Called by VS Code when the extension is unloaded: stops the server process. */
export async function deactivate(): Promise<void> {
  await auditClient?.stop();
  auditClient = undefined;
}
