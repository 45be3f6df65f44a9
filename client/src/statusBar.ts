/**
 * The status bar item: what the server is doing (analysing, the number of findings shown, off for the active file,
 * stopped) and whether Restricted Mode limits it. A click opens the output channel.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol';

/** Shows the server's `aiAudit/status` notifications and the client's own start/stop state. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('aiAudit.status', vscode.StatusBarAlignment.Right, 100);
  /** Files the server said it does not audit (disabled or excluded); the item says "off" while one is active. */
  private readonly disabledFiles = new Set<string>();
  private readonly editorListener: vscode.Disposable;
  private last: StatusParams = { state: 'idle', findings: 0 };
  private stopped = false;

  constructor() {
    this.item.name = 'AI Audit';
    this.item.command = 'aiAudit.showOutput';
    this.editorListener = vscode.window.onDidChangeActiveTextEditor(() => this.render());
    this.item.show();
  }

  /** The server is starting; `trusted` is false in Restricted Mode. */
  showStarting(trusted: boolean): void {
    this.stopped = false;
    this.item.text = '$(sync~spin) AI Audit';
    this.item.tooltip = trusted ? 'AI Audit: starting the server' : 'AI Audit: starting the server (Restricted Mode)';
    this.item.backgroundColor = undefined;
  }

  /** The server is not running; the output channel says why. */
  showStopped(): void {
    this.stopped = true;
    this.render();
  }

  /** Applies an `aiAudit/status` notification. */
  update(params: StatusParams): void {
    this.stopped = false;
    if (params.uri) {
      if (params.state === 'disabled') this.disabledFiles.add(params.uri);
      else this.disabledFiles.delete(params.uri);
    }
    this.last = params;
    this.render();
  }

  dispose(): void {
    this.editorListener.dispose();
    this.item.dispose();
  }

  private render(): void {
    const restricted = !vscode.workspace.isTrusted;
    const suffix = restricted ? ' (Restricted Mode: bundled rules only)' : '';
    this.item.backgroundColor = undefined;
    if (this.stopped) {
      this.item.text = '$(error) AI Audit';
      this.item.tooltip = 'AI Audit: the server is not running. Click to see why.';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    if (active && this.disabledFiles.has(active)) {
      this.item.text = '$(circle-slash) AI Audit: off';
      this.item.tooltip = `AI Audit does not audit this file (aiAudit.enable or aiAudit.exclude)${suffix}.`;
      return;
    }
    const icon = restricted ? '$(workspace-untrusted)' : '$(shield)';
    if (this.last.state === 'analysing') {
      this.item.text = `$(sync~spin) AI Audit`;
      this.item.tooltip = `AI Audit: analysing${suffix}`;
      return;
    }
    const count = this.last.findings;
    this.item.text = `${icon} ${count === 1 ? '1 finding' : `${count} findings`}`;
    this.item.tooltip = `AI Audit: ${count === 1 ? '1 finding' : `${count} findings`} in open and audited files${suffix}. Click for the output.`;
  }
}
