/**
 * The ai-audit language server: capabilities and handler wiring only; the work happens in lsp/*.ts. The same
 * bundle runs over IPC (VS Code) and `--stdio` (`ai-audit-lsp --stdio` for Neovim, Helix, …). No handler can take
 * the process down: a failure becomes one sentence in the client's output and an empty answer.
 */
import {
  type CancellationToken,
  CodeActionKind,
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver/node';
import { basename, isAbsolute } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from './config/file';
import { Engine } from './engine/engine';
import { loadBundledRules } from './engine/ruleset';
import { Analyser } from './lsp/analysis';
import { FramingGuard } from './lsp/framing';
import { fixAllAction, quickFixes, wants } from './lsp/codeActions';
import { configFilePathFor } from './lsp/configFile';
import { SettingsStore } from './lsp/configuration';
import { configFileDiagnostic } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { ignoreEdit } from './lsp/ignore';
import { pathToUri, uriToPath, WorkspaceFolders } from './lsp/paths';
import { type AuditScope, runAudit } from './lsp/workspaceAudit';
import { renderReport } from './lsp/report';
import { Commands, FIX_ALL_KIND, IgnoreRequest, ReportRequest, UnreviewedBlocksNotification } from './protocol';

// Started by hand without a transport: say how to run it instead of failing with a stack trace.
if (!process.send && !process.argv.some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))) {
  process.stderr.write('Usage: ai-audit-lsp --stdio\nThe ai-audit language server speaks LSP over stdio (or --node-ipc, --socket=<port>, --pipe=<name>); editors start it for you.\n');
  process.exit(2);
}

// Over stdio the reader gets a guard that drops malformed header lines instead of going deaf on them.
const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin.pipe(new FramingGuard())), new StreamMessageWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const folders = new WorkspaceFolders();

interface Services {
  engine: Engine;
  settings: SettingsStore;
  analyser: Analyser;
  /** Where workspace audits keep their cache between sessions (the client's storage for this workspace). */
  cacheDir?: string;
}
let services: Services | undefined;
let watchConfiguration = false;
let watchFolders = false;
/** Whether ai-audit.json files are watched (trusted workspaces, clients that register file watchers for servers). */
let watchConfigFiles = false;
let serverProgress = false;
let showDocument = false;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wraps a handler so that a failure is logged as one sentence and answered with `fallback`. */
function guard<P extends unknown[], R>(what: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      connection.console.error(`ai-audit could not ${what}: ${describe(error)}`);
      return fallback;
    }
  };
}

/** Whether a URI names a configuration file (`ai-audit.json`). */
function isConfigFile(uri: string): boolean {
  return basename(uriToPath(uri)) === CONFIG_FILE_NAME;
}

/**
 * The settings may have changed (the editor's, or the ai-audit.json files at `changedConfigFiles`): forget them,
 * check the changed files again (a deleted or fixed one loses its diagnostic) and analyse the open documents again.
 */
async function reloadSettings(changedConfigFiles: readonly string[] = []): Promise<void> {
  const { settings, analyser } = ready();
  settings.clear();
  for (const path of changedConfigFiles) settings.checkConfigFile(path);
  await analyser.revalidateAll();
}

/** The services, once `initialize` has created them. */
function ready(): Services {
  if (!services) throw new Error('the server is not initialised');
  return services;
}

connection.onInitialize((params): InitializeResult => {
  const options = params.initializationOptions as { trusted?: unknown; debounceMs?: unknown; cacheDir?: unknown } | undefined;
  const cacheDir = typeof options?.cacheDir === 'string' && isAbsolute(options.cacheDir) ? options.cacheDir : undefined;
  const trusted = options?.trusted !== false;
  const debounce = options?.debounceMs;
  const debounceMs = typeof debounce === 'number' && debounce >= 0 && debounce <= 10000 ? debounce : undefined;
  const capabilities = params.capabilities;
  watchConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  watchFolders = capabilities.workspace?.workspaceFolders === true;
  watchConfigFiles = trusted && capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  serverProgress = capabilities.window?.workDoneProgress === true;
  showDocument = capabilities.window?.showDocument?.support === true;
  folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
  let engine: Engine;
  try {
    engine = new Engine(loadBundledRules());
  } catch (error) {
    throw new Error(`ai-audit could not load its rules, so it cannot start: ${describe(error)}`);
  }
  for (const problem of engine.ruleSet.problems) connection.console.warn(`Rule ${problem.file} was left out: ${problem.message}`);
  // A broken ai-audit.json gets one error diagnostic on the file itself, which the analyser publishes with the file's own.
  const settings = new SettingsStore(connection, { pull: capabilities.workspace?.configuration === true, trusted }, (path, error) =>
    services?.analyser.setExtraDiagnostics(pathToUri(path), error ? [configFileDiagnostic(error)] : []),
  );
  services = { engine, settings, analyser: new Analyser({ connection, documents, engine, settings, folders, ...(debounceMs === undefined ? {} : { debounceMs }) }), ...(cacheDir ? { cacheDir } : {}) };
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      executeCommandProvider: { commands: [Commands.auditWorkspace, Commands.auditFiles, Commands.clearResults] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'ai-audit' },
  };
});

connection.onInitialized(
  guard('finish initialising', undefined, async () => {
    if (watchConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'aiAudit' });
    if (watchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => folders.change(event.added, event.removed));
    }
    if (watchConfigFiles) {
      // A client that refuses the watcher still reports saves from the editor (see onDidSave).
      const watchers = [{ globPattern: `**/${CONFIG_FILE_NAME}` }];
      watchConfigFiles = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).then(() => true, () => false);
    }
    // A broken configuration file at a folder's root is reported at once, before any document is opened.
    for (const folder of folders.all()) {
      const found = configFilePathFor(folder.path);
      if (found) ready().settings.checkConfigFile(found);
    }
    const { engine } = ready();
    connection.console.info(`ai-audit language server ready with ${engine.ruleSet.rules.length} rules.`);
  }),
);

connection.onDidChangeConfiguration(guard('apply the new settings', undefined, () => reloadSettings()));

connection.onDidChangeWatchedFiles(
  guard('apply the changed ai-audit.json', undefined, async (params) => {
    const changed = params.changes.filter((change) => isConfigFile(change.uri)).map((change) => uriToPath(change.uri));
    if (changed.length) await reloadSettings(changed);
  }),
);

documents.onDidOpen(guard('analyse an opened file', undefined, (event) => ready().analyser.opened(event.document)));
documents.onDidChangeContent(guard('analyse a changed file', undefined, (event) => ready().analyser.changed(event.document)));
documents.onDidSave(
  guard('analyse a saved file', undefined, async (event) => {
    // Without a file watcher, saving ai-audit.json in the editor is how the server learns that it changed.
    if (!watchConfigFiles && isConfigFile(event.document.uri)) await reloadSettings([uriToPath(event.document.uri)]);
    ready().analyser.saved(event.document);
  }),
);
documents.onDidClose(guard('clear a closed file', undefined, (event) => ready().analyser.closed(event.document.uri)));

connection.onHover(
  guard('show a hover', null, (params) => {
    const { analyser, engine } = ready();
    const result = analyser.current(params.textDocument.uri);
    return result ? hoverAt(result.findings, params.position, engine.ruleSet.docsDir) : null;
  }),
);

connection.onCodeAction(
  guard('compute code actions', [], async (params) => {
    const { analyser } = ready();
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = params.context.only;
    const path = uriToPath(document.uri);
    // A diagnostic of an older version is matched against the findings of this one, analysed now if need be.
    const current = wants(only, CodeActionKind.QuickFix) ? (analyser.current(document.uri) ?? (await analyser.fresh(document))) : undefined;
    const actions = wants(only, CodeActionKind.QuickFix) ? quickFixes(params, document, path, current?.findings) : [];
    if (only && wants(only, FIX_ALL_KIND)) {
      const result = await analyser.fresh(document);
      const fixAll = result && documents.get(document.uri)?.version === result.version ? fixAllAction(document, result.findings) : undefined;
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }),
);

connection.onRequest(
  ReportRequest,
  guard('render the audit report', { findings: 0 }, (params) => renderReport(ready().engine, params)),
);

connection.onRequest(
  IgnoreRequest,
  guard('insert an ignore directive', { applied: false, message: 'The ignore directive could not be inserted; see the AI Audit output.' }, async (params) => {
    const document = documents.get(params.uri);
    if (!document) return { applied: false, message: 'The file is not open.' };
    const edit = ignoreEdit(document, uriToPath(document.uri), params);
    if (typeof edit === 'string') return { applied: false, message: edit };
    const result = await connection.workspace.applyEdit({ label: `Ignore ${params.ruleId}`, edit });
    return result.applied ? { applied: true } : { applied: false, message: result.failureReason ?? 'The editor did not apply the edit.' };
  }),
);

connection.onNotification(
  UnreviewedBlocksNotification,
  guard('track unreviewed AI-sized blocks', undefined, (params) => {
    if (typeof params?.uri === 'string') ready().analyser.unreviewedBlocks(params.uri, params.blocks);
  }),
);

connection.onExecuteCommand(
  guard('run the command', null, async (params, token: CancellationToken) => {
    const context = { connection, documents, folders, ...ready() };
    switch (params.command) {
      case Commands.auditWorkspace:
      case Commands.auditFiles: {
        const files = (params.arguments?.[0] ?? []) as unknown;
        const scope: AuditScope = params.command === Commands.auditWorkspace ? { kind: 'workspace' } : { kind: 'files', files: Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [] };
        let progress: WorkDoneProgressReporter = connection.window.attachWorkDoneProgress(params.workDoneToken);
        const tokens = [token];
        if (!params.workDoneToken && serverProgress) {
          const created = await connection.window.createWorkDoneProgress();
          tokens.push(created.token);
          progress = created;
        }
        return runAudit(context, scope, progress, tokens);
      }
      case Commands.clearResults:
        return context.analyser.clearAudited();
      case Commands.showRuleDocumentation: {
        // VS Code runs this command in the client; other editors send it here, and the page opens through them.
        const [ruleId, docUrl] = (params.arguments ?? []) as unknown[];
        const rule = typeof ruleId === 'string' ? context.engine.ruleSet.byId.get(ruleId) : undefined;
        if (!rule || !showDocument) return null;
        const uri = typeof docUrl === 'string' && /^(https?|file):/.test(docUrl) ? docUrl : context.engine.docUrl(rule);
        return (await connection.window.showDocument({ uri, external: uri.startsWith('http') })).success;
      }
      default:
        connection.console.warn(`ai-audit does not know the command ${params.command}.`);
        return null;
    }
  }),
);

connection.onShutdown(() => services?.analyser.dispose());

process.on('uncaughtException', (error) => connection.console.error(`ai-audit hit an unexpected error and carries on: ${describe(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`ai-audit hit an unexpected error and carries on: ${describe(reason)}`));

documents.listen(connection);
connection.listen();
