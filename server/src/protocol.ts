/**
 * The custom messages between the ai-audit language server and its clients, shared with the VS Code client by a
 * plain import. Only protocol types live here (no server code), so importing this file pulls nothing else in.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** The `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'ai-audit';

/** The diagnostic `code` of the one information message that says a file was skipped or cut off. */
export const NOTICE_CODE = 'ai-audit/notice';

/** The diagnostic `code` of the one error on an `ai-audit.json` that is not valid (and so is ignored). */
export const CONFIG_INVALID_CODE = 'ai-audit/config-invalid';

/** The code action kind that applies every safe fix of a file (what `editor.codeActionsOnSave` asks for). */
export const FIX_ALL_KIND = 'source.fixAll.aiAudit';

/** Command names. The server executes the first three; the client implements the other two. */
export const Commands = {
  /** Server: audits every workspace folder; arguments: none. Returns an {@link AuditSummary}. */
  auditWorkspace: 'aiAudit.auditWorkspace',
  /**
   * Server: audits the given files only (e.g. those git reports as changed); arguments: `[files: string[]]`, absolute
   * paths or `file:` URIs. Returns an {@link AuditSummary}; the results of other files are left as they are.
   */
  auditFiles: 'aiAudit.auditFiles',
  /** Server: removes the audit diagnostics of closed files; arguments: none. Returns the number of files cleared. */
  clearResults: 'aiAudit.clearResults',
  /**
   * Client: asks the user for a reason (unless one is passed), then sends {@link IgnoreRequest}; arguments:
   * `[IgnoreCommandArguments, reason?: string]`.
   */
  ignore: 'aiAudit.ignore',
  /** Client: opens the documentation page of a rule; arguments: `[ruleId: string, docUrl?: string]`. */
  showRuleDocumentation: 'aiAudit.showRuleDocumentation',
} as const;

/** Where an ignore directive applies: the line below it, or the whole file. */
export type IgnoreScope = 'line' | 'file';

/** The argument of the client command `aiAudit.ignore`, as the server puts it in a code action. */
export interface IgnoreCommandArguments {
  uri: string;
  /** Zero-based line of the finding. */
  line: number;
  ruleId: string;
  scope: IgnoreScope;
  /** The document version the code action was computed for. */
  version: number;
}

/** The parameters of {@link IgnoreRequest}: the command's arguments plus the reason the user typed. */
export interface IgnoreParams extends IgnoreCommandArguments {
  reason: string;
}

/** The answer to {@link IgnoreRequest}. */
export interface IgnoreResult {
  applied: boolean;
  /** Why nothing was applied (a stale document, an empty reason, a file format without comments). */
  message?: string;
}

/**
 * `aiAudit/ignore` (client → server): inserts an `ai-audit-ignore-next-line` or `ai-audit-ignore-file` directive
 * with the given reason, in the file's comment syntax and at the line's indentation, through `workspace/applyEdit`.
 */
export const IgnoreRequest = new RequestType<IgnoreParams, IgnoreResult, void>('aiAudit/ignore');

/** What the server is doing, for the client's status bar. */
export type StatusState = 'analysing' | 'idle' | 'disabled';

/** The parameters of {@link StatusNotification}. */
export interface StatusParams {
  state: StatusState;
  /** Findings currently shown across every published document. */
  findings: number;
  /** The document the state is about, when it is about one (`disabled` names the disabled or excluded file). */
  uri?: string;
}

/** `aiAudit/status` (server → client): sent when analysis starts and ends, and when a file is disabled. */
export const StatusNotification = new NotificationType<StatusParams>('aiAudit/status');

/** The result of `aiAudit.auditWorkspace`. */
export interface AuditSummary {
  /** Files analysed. */
  files: number;
  /** Findings published. */
  findings: number;
  /** Files set aside (binary, too large, generated, unreadable) or skipped by the engine. */
  skipped: number;
  /** The skipped files counted per reason (`binary`, `too large`, `generated`, …), for the summary shown to the user. */
  skippedReasons?: Record<string, number>;
  /** Whether the user cancelled the audit before it finished. */
  cancelled: boolean;
  /** Of `files`, those whose result was reused from an earlier audit because nothing it depends on changed. */
  unchanged?: number;
}

/** What a published diagnostic carries in `data` for code actions. */
export interface DiagnosticData {
  /** The document version the finding was computed for. */
  version: number;
  fingerprint: string;
  ruleId: string;
  docUrl: string;
  fixes: DiagnosticFix[];
}

/** A fix of a finding in LSP coordinates. */
export interface DiagnosticFix {
  title: string;
  safety: 'safe' | 'unsafe';
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/** Zero-based, inclusive lines of a block of unreviewed AI-sized code (one large insertion nobody reviewed yet). */
export interface UnreviewedBlock {
  startLine: number;
  endLine: number;
}

/** The parameters of {@link UnreviewedBlocksNotification}. */
export interface UnreviewedBlocksParams {
  uri: string;
  /** Every unreviewed block of the document as the client tracks it now; empty when none is left. */
  blocks: UnreviewedBlock[];
}

/**
 * `aiAudit/unreviewedBlocks` (client → server): the unreviewed AI-sized blocks of an open document, sent when they
 * change. The server analyses the document again with them: `review/*` rules look inside them, and the message of
 * every finding that starts inside one ends with {@link UNREVIEWED_NOTE}.
 */
export const UnreviewedBlocksNotification = new NotificationType<UnreviewedBlocksParams>('aiAudit/unreviewedBlocks');

/** Appended to the message of a finding inside an unreviewed AI-sized block. */
export const UNREVIEWED_NOTE = '(in unreviewed AI-sized block)';

/** The formats of {@link ReportRequest}: the webview page, or a file to export. */
export type ReportFormat = 'webview' | 'html' | 'markdown' | 'sarif';

/** The parameters of {@link ReportRequest}. */
export interface ReportParams {
  format: ReportFormat;
  /** Unreviewed AI-sized blocks the client tracks, shown in the report; omitted when unknown. */
  unreviewed?: number;
  /** For `webview`: the nonce of the page's script and style, and the webview's CSP source. */
  nonce?: string;
  cspSource?: string;
}

/** The answer to {@link ReportRequest}: the rendered text, or undefined when no audit has finished yet. */
export interface ReportResult {
  text?: string;
  /** Findings in the report, for the client's message. */
  findings: number;
}

/**
 * `aiAudit/report` (client → server): the report of the last finished workspace or files audit, rendered as the
 * webview page (interactive, strict CSP), a self-contained HTML file, Markdown or SARIF 2.1.0.
 */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('aiAudit/report');
