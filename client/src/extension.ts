/**
 * The extension's entry point: starts the language server, the status bar and the commands, and stops the server
 * when VS Code unloads the extension. Everything else lives in the files it wires together.
 */
import * as vscode from 'vscode';
import { AuditClient } from './client';
import { registerCommands } from './commands';
import { StatusBar } from './statusBar';

let auditClient: AuditClient | undefined;

/** Called by VS Code on start-up (or on the first AI Audit command): offers the commands, then starts the server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('AI Audit', { log: true });
  const statusBar = new StatusBar();
  auditClient = new AuditClient(context, output, statusBar);
  context.subscriptions.push(output, statusBar, auditClient);
  registerCommands(context, auditClient);
  await auditClient.start();
}

/** Called by VS Code when the extension is unloaded: stops the server process. */
export async function deactivate(): Promise<void> {
  await auditClient?.stop();
  auditClient = undefined;
}
