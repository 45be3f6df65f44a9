/**
 * Unreviewed AI-sized code in the editor. When one edit inserts a large block (an accepted suggestion, a paste, an
 * agent writing the file), its lines are recorded per document, follow later edits, persist in the workspace state,
 * carry a decoration and a "Mark reviewed" CodeLens, and are sent to the server (`aiAudit/unreviewedBlocks`), which
 * notes the findings inside them and reports silencing switches that arrived in them.
 */
import * as vscode from 'vscode';
import type { UnreviewedBlock, UnreviewedBlocksParams } from '../../server/src/protocol';
import { applyChanges, type LineChange, MIN_BLOCK_LINES_SETTING, parseMinBlockLines, sanitizeStoredBlocks, withoutBlockAt } from './blockTracking';

/** The workspace-state key under which the blocks are kept, by document URI. */
const STATE_KEY = 'aiAudit.unreviewedBlocks';

/** The command behind the CodeLens (registered in the command table); arguments: `[uri: string, line: number]`. */
export const MARK_REVIEWED_COMMAND = 'aiAudit.markReviewed';

/** The full name of the threshold setting, for reading it and for recognising its changes. */
const MIN_LINES_SECTION = `aiAudit.${MIN_BLOCK_LINES_SETTING}`;

/** How long the tracker waits after the last edit before telling the server where the blocks are now. */
const SEND_DELAY_MS = 300;

export class UnreviewedBlocks implements vscode.Disposable, vscode.CodeLensProvider {
  private readonly blocks = new Map<string, UnreviewedBlock[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lensChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensChanged.event;
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    borderWidth: '0 0 0 2px',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The smallest insertion recorded (`aiAudit.unreviewedBlockMinLines`); infinite when tracking is off. */
  private minLines = readMinLines();

  /** `send` delivers the blocks of one document to the server; it must not throw when no server runs. */
  constructor(
    private readonly state: vscode.Memento,
    private readonly send: (params: UnreviewedBlocksParams) => void,
  ) {
    const stored = state.get<Record<string, unknown>>(STATE_KEY) ?? {};
    for (const [uri, value] of Object.entries(stored)) {
      const blocks = sanitizeStoredBlocks(value);
      if (blocks.length) this.blocks.set(uri, blocks);
    }
    this.subscriptions.push(
      this.decoration,
      this.lensChanged,
      vscode.workspace.onDidChangeTextDocument((event) => this.changed(event)),
      vscode.workspace.onDidOpenTextDocument((document) => this.sendNow(document.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(MIN_LINES_SECTION)) this.minLines = readMinLines();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()),
      vscode.languages.registerCodeLensProvider([{ scheme: 'file' }, { scheme: 'untitled' }], this),
    );
    this.decorateAll();
  }

  /** Unreviewed blocks across the workspace (for the audit summary). */
  count(): number {
    let total = 0;
    for (const blocks of this.blocks.values()) total += blocks.length;
    return total;
  }

  /** Sends the blocks of every open document again (after the server restarted). */
  resendAll(): void {
    for (const document of vscode.workspace.textDocuments) this.sendNow(document.uri.toString());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const uri = document.uri.toString();
    return (this.blocks.get(uri) ?? []).map((block) => {
      const lines = block.endLine - block.startLine + 1;
      const range = new vscode.Range(block.startLine, 0, block.startLine, 0);
      return new vscode.CodeLens(range, {
        title: `Unreviewed AI-sized code (${lines} lines): Mark reviewed`,
        tooltip: 'This block arrived in one large edit. Read it, then mark it reviewed to remove the marker.',
        command: MARK_REVIEWED_COMMAND,
        arguments: [uri, block.startLine],
      });
    });
  }

  /** Forgets the block that contains `line` of the document `uri`. */
  markReviewed(uri: unknown, line: unknown): boolean {
    if (typeof uri !== 'string' || typeof line !== 'number') return false;
    const before = this.blocks.get(uri) ?? [];
    const after = withoutBlockAt(before, line);
    if (after.length === before.length) return false;
    this.update(uri, after);
    this.sendNow(uri);
    return true;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private changed(event: vscode.TextDocumentChangeEvent): void {
    const { document } = event;
    if (!event.contentChanges.length || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) return;
    // Undo and redo bring back text the user already had in front of them; they neither add nor review blocks.
    const minLines = event.reason === undefined ? this.minLines : Number.POSITIVE_INFINITY;
    const uri = document.uri.toString();
    const before = this.blocks.get(uri) ?? [];
    const changes: LineChange[] = event.contentChanges.map((c) => ({ startLine: c.range.start.line, endLine: c.range.end.line, text: c.text }));
    const after = applyChanges(before, changes, minLines);
    if (before.length === 0 && after.length === 0) return;
    this.update(uri, after);
    this.sendLater(uri);
  }

  private update(uri: string, blocks: UnreviewedBlock[]): void {
    if (blocks.length) this.blocks.set(uri, blocks);
    else this.blocks.delete(uri);
    void this.state.update(STATE_KEY, Object.fromEntries(this.blocks));
    this.lensChanged.fire();
    this.decorateAll();
  }

  private sendLater(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.set(uri, setTimeout(() => this.sendNow(uri), SEND_DELAY_MS));
  }

  private sendNow(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    const blocks = this.blocks.get(uri) ?? [];
    // An empty list is sent too: the server drops the notes of a document whose last block was reviewed.
    this.send({ uri, blocks });
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const blocks = this.blocks.get(editor.document.uri.toString()) ?? [];
      editor.setDecorations(
        this.decoration,
        blocks.map((b) => ({ range: new vscode.Range(b.startLine, 0, b.endLine, 0), hoverMessage: 'Unreviewed AI-sized code: arrived in one large edit.' })),
      );
    }
  }
}

/**
 * The threshold the user set, read again whenever it changes. Blocks recorded before it changed (or before tracking
 * was turned off) stay until they are marked reviewed: turning the setting down reviews nothing.
 */
function readMinLines(): number {
  return parseMinBlockLines(vscode.workspace.getConfiguration().get(MIN_LINES_SECTION));
}
