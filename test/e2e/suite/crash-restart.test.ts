/**
 * End-to-end check of the crash restart inside a real VS Code extension host: the server process is killed, the
 * client starts a new one and says so once, and the open documents get their diagnostics from the new server.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AuditTestApi } from '../../../client/src/extension';
import { activateExtension, createAndOpen, ruleOf, until, waitForDiagnostics } from './helpers';

const RULE = 'js/child-process-exec-injection';

/** A file with one finding on the `exec` line. */
const SOURCE = ['const { exec } = require(\'node:child_process\');', '', 'function list(dir) {', '  exec(`ls -la ${dir}`);', '}', '', 'module.exports = { list };', ''].join('\n');

/** The line of the first finding of {@link RULE}, once the server reported one. */
async function findingLine(uri: vscode.Uri, expected?: number): Promise<number> {
  const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === RULE && (expected === undefined || x.range.start.line === expected)));
  return diagnostics.find((x) => ruleOf(x) === RULE)!.range.start.line;
}

describe('ai-audit after a server crash', () => {
  let api: AuditTestApi | undefined;

  before(async () => {
    api = await activateExtension();
  });

  it('restarts the killed server, says so once, and the open document gets its diagnostics back', async () => {
    assert.ok(api, 'the extension exports its test API in ExtensionMode.Test');
    const document = await createAndOpen(SOURCE, 'restart.js');
    const line = await findingLine(document.uri);
    const pid = api.serverProcessId();
    assert.ok(pid, 'a server process runs');
    const restartsBefore = api.crashRestarts();

    process.kill(pid, 'SIGKILL');
    await until(() => {
      const current = api!.serverProcessId();
      return current !== undefined && current !== pid;
    }, 'a new server process starts after the old one was killed', 30_000);

    // An edit after the restart moves the finding down a line: only a running new server can report it there.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '// checked after the restart\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(await findingLine(document.uri, line + 1), line + 1);
    assert.equal(api.crashRestarts() - restartsBefore, 1, 'the client restarted the server once and said "stopped unexpectedly" once');
    assert.notEqual(api.serverProcessId(), pid);
  });
});
