/**
 * The AI Audit commands: one small function each, registered from the one table at the bottom. A failing command
 * says so in one sentence in the output channel; it never shows a stack trace.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { type AuditSummary, Commands, type IgnoreCommandArguments } from '../../server/src/protocol';
import { type AuditClient, errorMessage } from './client';
import { exportReport, showReport } from './report/reportView';
import { MARK_REVIEWED_COMMAND } from './unreviewed';

const execFileAsync = promisify(execFile);
const RULE_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** What every command function receives besides its own arguments. */
interface CommandContext {
  client: AuditClient;
  extension: vscode.ExtensionContext;
}

type CommandFunction = (context: CommandContext, ...args: unknown[]) => Promise<unknown>;

/** `aiAudit.auditWorkspace`: the server audits every folder (with its own cancellable progress). */
async function auditWorkspace({ client }: CommandContext): Promise<AuditSummary | undefined> {
  client.log('Auditing the workspace…');
  const summary = (await client.executeOnServer(Commands.auditWorkspace)) as AuditSummary | null | undefined;
  if (!summary) {
    client.log('The workspace audit returned no summary.');
    return undefined;
  }
  const verb = summary.cancelled ? 'Cancelled the workspace audit after' : 'Audited';
  const unreviewed = client.unreviewed.count();
  const blocks = unreviewed ? `; ${plural(unreviewed, 'unreviewed AI-sized block')} (use "Mark reviewed" on each after reading it)` : '';
  const unchanged = summary.unchanged ? ` (${summary.unchanged} unchanged since the last audit)` : '';
  client.log(`${verb} ${plural(summary.files, 'file')}${unchanged}: ${plural(summary.findings, 'finding')}, ${summary.skipped} skipped${skippedReasons(summary)}${blocks}.`);
  offerReport(client, summary);
  return summary;
}

/** ` (3 binary, 1 too large)`: why files were skipped, when the server says. */
function skippedReasons(summary: AuditSummary): string {
  const reasons = Object.entries(summary.skippedReasons ?? {}).sort((a, b) => b[1] - a[1]);
  return reasons.length ? ` (${reasons.map(([reason, count]) => `${count} ${reason}`).join(', ')})` : '';
}

/** After a finished audit, a notification with the counts and a button that opens the report view. */
function offerReport(client: AuditClient, summary: AuditSummary): void {
  if (summary.cancelled) return;
  const text = `AI Audit: ${plural(summary.findings, 'finding')} in ${plural(summary.files, 'file')}; ${summary.skipped} skipped${skippedReasons(summary)}.`;
  void vscode.window.showInformationMessage(text, 'Show Report').then((choice) => (choice ? showReport(client) : undefined));
}

/**
 * `aiAudit.auditChangedFiles [ref]`: audits the files git reports as changed against `ref` (default: the merge base
 * with the default branch), plus untracked files, in every workspace folder that is a git repository.
 */
async function auditChangedFiles({ client }: CommandContext, ref?: unknown): Promise<AuditSummary | undefined> {
  if (!vscode.workspace.isTrusted) {
    // git reads the repository's own configuration, which can name programs to run (core.fsmonitor, hooks).
    client.log('Audit Changed Files runs git, which can start programs named by the repository configuration, so it is off in Restricted Mode. Trust the folder, or use Audit Workspace.');
    client.output.show(true);
    return undefined;
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    client.log('Audit Changed Files needs an open folder.');
    client.output.show(true);
    return undefined;
  }
  const changed: string[] = [];
  for (const folder of folders) {
    try {
      changed.push(...(await gitChangedFiles(folder.uri.fsPath, typeof ref === 'string' ? ref : undefined)).map((file) => join(folder.uri.fsPath, file)));
    } catch (error) {
      client.log(`Could not list the changed files of ${folder.name} with git: ${errorMessage(error)}.`);
      client.output.show(true);
    }
  }
  if (!changed.length) {
    client.log('No changed files to audit.');
    return undefined;
  }
  client.log(`Auditing ${plural(changed.length, 'changed file')}…`);
  const summary = (await client.executeOnServer(Commands.auditFiles, [changed])) as AuditSummary | null | undefined;
  if (!summary) return undefined;
  client.log(`Audited ${plural(summary.files, 'changed file')}: ${plural(summary.findings, 'finding')}, ${summary.skipped} skipped${skippedReasons(summary)}.`);
  offerReport(client, summary);
  return summary;
}

/** Keeps a repository's configuration from starting programs while we only list files. */
const SAFE_GIT = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

/** The merge base with the remote's default branch (or main/master); HEAD when there is none. */
async function defaultBase(cwd: string): Promise<string> {
  for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    const base = await execFileAsync('git', [...SAFE_GIT, 'merge-base', 'HEAD', candidate], { cwd }).then((r) => r.stdout.trim(), () => '');
    if (base) return base;
  }
  return 'HEAD';
}

/** Files changed against `ref` (working tree included) plus untracked files that .gitignore does not exclude, relative to `cwd`. */
async function gitChangedFiles(cwd: string, ref?: string): Promise<string[]> {
  const options = { cwd, maxBuffer: 16 * 1024 * 1024 };
  const inside = await execFileAsync('git', [...SAFE_GIT, 'rev-parse', '--is-inside-work-tree'], options).then((r) => r.stdout.trim() === 'true', () => false);
  if (!inside) throw new Error(`${cwd} is not a git repository`);
  const base = ref ?? (await defaultBase(cwd));
  if (base.startsWith('-')) throw new Error(`"${base}" is not a git ref`);
  const diff = await execFileAsync('git', [...SAFE_GIT, 'diff', '--name-only', '--relative', '--diff-filter=ACMRT', base, '--'], options);
  const untracked = await execFileAsync('git', [...SAFE_GIT, 'ls-files', '--others', '--exclude-standard'], options);
  const files = `${diff.stdout}\n${untracked.stdout}`.split('\n').map((line) => line.trim()).filter(Boolean);
  return [...new Set(files)].filter((file) => existsSync(join(cwd, file)));
}

/** `aiAudit.clearResults`: the server drops the audit diagnostics of closed files. */
async function clearResults({ client }: CommandContext): Promise<unknown> {
  const cleared = await client.executeOnServer(Commands.clearResults);
  client.log(typeof cleared === 'number' ? `Cleared the audit results of ${plural(cleared, 'closed file')}.` : 'Cleared the audit results.');
  return cleared;
}

/**
 * `aiAudit.showRuleDocumentation [ruleId, docUrl]`: opens the rule's page in the Markdown preview, from the docs
 * bundled next to the server, or in the browser when the team hosts the docs (`aiAudit.docsBaseUrl`).
 */
async function showRuleDocumentation({ client, extension }: CommandContext, ruleId?: unknown, docUrl?: unknown): Promise<void> {
  if (typeof docUrl === 'string' && /^https:\/\//.test(docUrl)) {
    await vscode.env.openExternal(vscode.Uri.parse(docUrl));
    return;
  }
  const docsDir = extension.asAbsolutePath(join('server', 'out', 'docs'));
  const id = typeof ruleId === 'string' ? ruleId : await pickRule(docsDir);
  if (id === undefined) return;
  const page = join(docsDir, `${id}.md`);
  if (!RULE_ID.test(id) || !existsSync(page)) {
    client.log(`There is no documentation page for the rule "${id}".`);
    client.output.show(true);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(page));
}

/** Asks the user for a rule among the bundled documentation pages. */
async function pickRule(docsDir: string): Promise<string | undefined> {
  const ids = existsSync(docsDir) ? listPages(docsDir).map((page) => relative(docsDir, page).split('\\').join('/').replace(/\.md$/, '')) : [];
  return vscode.window.showQuickPick(ids.sort(), { title: 'AI Audit: Show Rule Documentation', placeHolder: 'Rule id' });
}

function listPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listPages(full) : name.endsWith('.md') ? [full] : [];
  });
}

/** `aiAudit.showOutput`: reveals the output channel (also what a click on the status bar item does). */
async function showOutput({ client }: CommandContext): Promise<void> {
  client.output.show(true);
}

/** `aiAudit.restartServer`: a fresh server, e.g. after a crash or an update of the extension. */
async function restartServer({ client }: CommandContext): Promise<void> {
  client.log('Restarting the server…');
  await client.restart();
}

/**
 * `aiAudit.ignore [IgnoreCommandArguments, reason?]` (from the "ignore" code actions): asks why the finding may be
 * ignored, then has the server insert the directive with that reason. Cancelling the input box changes nothing.
 * A non-blank `reason` argument is used without asking (the code actions never pass one; tests and scripts do).
 */
async function ignore({ client }: CommandContext, target?: unknown, givenReason?: unknown): Promise<boolean> {
  if (!isIgnoreArguments(target)) {
    client.log('Ignore needs a finding: use the "ignore" quick fix on a diagnostic.');
    return false;
  }
  const reason = typeof givenReason === 'string' && givenReason.trim() ? givenReason : await askReason(target);
  if (reason === undefined) return false;
  const result = await client.ignore({ ...target, reason: reason.trim() });
  if (!result.applied) client.log(`The ignore comment was not added: ${result.message ?? 'the server gave no reason'}.`);
  return result.applied;
}

/** Asks the user why the finding is safe to ignore; undefined when they cancel. */
function askReason(target: IgnoreCommandArguments): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `Ignore ${target.ruleId} ${target.scope === 'file' ? 'in this file' : 'on this line'}`,
    prompt: 'Why is this finding safe to ignore? The reason is written into the ignore comment.',
    placeHolder: 'e.g. the input is a constant from our own configuration',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'A reason is required: a directive without one is itself reported.'),
  });
}

function isIgnoreArguments(value: unknown): value is IgnoreCommandArguments {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.uri === 'string' && typeof v.line === 'number' && typeof v.ruleId === 'string' && (v.scope === 'line' || v.scope === 'file') && typeof v.version === 'number';
}

/** `aiAudit.markReviewed [uri, line]` (from the CodeLens of an unreviewed AI-sized block): forgets that block. */
async function markReviewed({ client }: CommandContext, uri?: unknown, line?: unknown): Promise<boolean> {
  if (client.unreviewed.markReviewed(uri, line)) return true;
  client.log('Mark Block Reviewed needs an unreviewed block: use the "Mark reviewed" CodeLens above the block.');
  return false;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Every command: its title for error messages, whether the server executes it, and its function. */
const COMMANDS: Record<string, { title: string; onServer?: true; run: CommandFunction }> = {
  [Commands.auditWorkspace]: { title: 'Audit Workspace', onServer: true, run: auditWorkspace },
  'aiAudit.auditChangedFiles': { title: 'Audit Changed Files', run: auditChangedFiles },
  [Commands.clearResults]: { title: 'Clear Audit Results', onServer: true, run: clearResults },
  [Commands.showRuleDocumentation]: { title: 'Show Rule Documentation', run: showRuleDocumentation },
  'aiAudit.showOutput': { title: 'Show Output', run: showOutput },
  'aiAudit.restartServer': { title: 'Restart Server', run: restartServer },
  [Commands.ignore]: { title: 'Ignore', run: ignore },
  [MARK_REVIEWED_COMMAND]: { title: 'Mark Block Reviewed', run: markReviewed },
  'aiAudit.showReport': { title: 'Show Report', run: ({ client }) => showReport(client) },
  'aiAudit.exportReport': { title: 'Export Report', run: ({ client }, format, target) => exportReport(client, format, target) },
};

/** The command ids this extension implements (the manifest and the tests check against it). */
export const COMMAND_IDS = Object.keys(COMMANDS);

/** Registers every command of the table; server commands go through the client (see AuditClient). */
export function registerCommands(extension: vscode.ExtensionContext, client: AuditClient): void {
  const context: CommandContext = { client, extension };
  for (const [id, { title, onServer, run }] of Object.entries(COMMANDS)) {
    const guarded = async (...args: unknown[]): Promise<unknown> => {
      try {
        return await run(context, ...args);
      } catch (error) {
        client.log(`"AI Audit: ${title}" failed: ${errorMessage(error)}.`);
        client.output.show(true);
        return undefined;
      }
    };
    if (onServer) client.registerServerCommand(id, guarded);
    else extension.subscriptions.push(vscode.commands.registerCommand(id, guarded));
  }
}
