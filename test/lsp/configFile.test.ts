/**
 * A broken ai-audit.json in the editor: one error diagnostic on the file itself, where the problem is, kept when the
 * file is open and analysed, cleared when the file is fixed or deleted; every other document keeps its findings.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { messageText, TestServer } from './harness';

const UNSAFE = 'import yaml\n\n\ndef read(stream):\n    return yaml.load(stream)\n';
const INVALID_JSON = '{\n  "minimumSeverity": "high"\n  "exclude": []\n}\n';
const URGENT = '{\n  "minimumSeverity": "urgent"\n}\n';
const YAML_OFF = '{\n  "rules": { "python/yaml-load": "off" }\n}\n';

function configErrors(params: PublishDiagnosticsParams): Diagnostic[] {
  return params.diagnostics.filter((d) => d.code === 'ai-audit/config-invalid');
}

function ruleIds(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code));
}

/** A temporary repository with a broken ai-audit.json and one Python file with a finding. */
class Project {
  readonly root = realpathSync(mkdtempSync(join(tmpdir(), 'ai-audit-lsp-config-')));
  readonly configUri = pathToFileURL(join(this.root, 'ai-audit.json')).toString();
  readonly appUri = pathToFileURL(join(this.root, 'app.py')).toString();
  readonly folder = { uri: pathToFileURL(this.root).toString(), name: 'project' };

  constructor(config: string) {
    mkdirSync(join(this.root, '.git'));
    writeFileSync(join(this.root, 'app.py'), UNSAFE);
    this.writeConfig(config);
  }

  writeConfig(text: string): void {
    writeFileSync(join(this.root, 'ai-audit.json'), text);
  }

  deleteConfig(): void {
    rmSync(join(this.root, 'ai-audit.json'));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The first publish for the configuration file after `mark` with (or without) its error diagnostic. */
function configPublish(server: TestServer, project: Project, broken: boolean, mark: number): Promise<PublishDiagnosticsParams> {
  return server.diagnosticsFor(project.configUri, (d) => configErrors(d).length > 0 === broken, mark);
}

describe('lsp/config-file diagnostics', function () {
  let project: Project;
  let server: TestServer | undefined;

  afterEach(async function () {
    if (server) assert.equal(await server.stop(), 0);
    server = undefined;
    project.dispose();
  });

  it('reports invalid JSON and schema errors once on ai-audit.json, keeps them while it is open, clears them when fixed or deleted', async function () {
    project = new Project(INVALID_JSON);
    server = await TestServer.start({ settings: () => ({}), workspaceFolders: [project.folder], watchFiles: true });
    const changed = async (type: 1 | 2 | 3) => {
      const mark = server!.diagnostics.length;
      await server!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: project.configUri, type }] });
      return mark;
    };
    await server.waitFor('the server to watch ai-audit.json', () => (server!.registrations.includes('workspace/didChangeWatchedFiles') ? true : undefined));

    // Invalid JSON: one error where the comma is missing; the other documents are analysed with the editor settings.
    const app = await server.open(project.appUri, UNSAFE);
    assert.ok(ruleIds(app).includes('python/yaml-load'), ruleIds(app).join());
    const syntax = await configPublish(server, project, true, 0);
    assert.equal(syntax.diagnostics.length, 1);
    const [error] = syntax.diagnostics;
    assert.equal(error!.severity, 1);
    assert.equal(error!.source, 'ai-audit');
    assert.deepEqual(error!.range.start, { line: 2, character: 2 });
    assert.equal(messageText(error!), 'ai-audit.json: not valid JSON: a comma is expected. The file is ignored until it is fixed.');

    // A schema error: at the offending value, replacing the earlier error.
    project.writeConfig(URGENT);
    const schema = await configPublish(server, project, true, await changed(2));
    assert.equal(schema.diagnostics.length, 1);
    assert.deepEqual(schema.diagnostics[0]!.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 29 } });
    assert.match(messageText(schema.diagnostics[0]!), /^ai-audit\.json: minimumSeverity: expected one of low, medium, high, critical, found string "urgent"\. The file is ignored until it is fixed\.$/);

    // Opened in the editor, the file is analysed like any other: its own publish keeps the error.
    const opened = await server.open(project.configUri, URGENT, 'json');
    assert.equal(configErrors(opened).length, 1);
    assert.deepEqual(configErrors(opened)[0]!.range.start, { line: 1, character: 21 });

    // Fixed (edited and saved): the error goes and the file applies again.
    await server.change(project.configUri, YAML_OFF, 2);
    project.writeConfig(YAML_OFF);
    let mark = await changed(2);
    assert.deepEqual(configErrors(await configPublish(server, project, false, mark)), []);
    const fixed = await server.diagnosticsFor(project.appUri, () => true, mark);
    assert.ok(!ruleIds(fixed).includes('python/yaml-load'), 'the rule is off once the file is valid');

    // Broken again, then deleted: the error comes back, then goes with the file.
    project.writeConfig(INVALID_JSON);
    await configPublish(server, project, true, await changed(2));
    project.deleteConfig();
    mark = await changed(3);
    assert.deepEqual(configErrors(await configPublish(server, project, false, mark)), []);
  });

  it('follows saves of ai-audit.json when the client does not watch files', async function () {
    project = new Project(URGENT);
    server = await TestServer.start({ settings: () => ({}), workspaceFolders: [project.folder] });
    const opened = await server.open(project.configUri, URGENT, 'json');
    assert.equal(configErrors(opened).length, 1);
    await server.change(project.configUri, YAML_OFF, 2);
    project.writeConfig(YAML_OFF);
    const mark = server.diagnostics.length;
    await server.connection.sendNotification('textDocument/didSave', { textDocument: { uri: project.configUri } });
    await configPublish(server, project, false, mark);
    const app = await server.open(project.appUri, UNSAFE);
    assert.ok(!ruleIds(app).includes('python/yaml-load'), 'the fixed file applies');
  });

  it('does not read ai-audit.json in Restricted Mode', async function () {
    project = new Project(INVALID_JSON);
    server = await TestServer.start({ settings: () => ({}), workspaceFolders: [project.folder], watchFiles: true, initializationOptions: { trusted: false } });
    const app = await server.open(project.appUri, UNSAFE);
    assert.ok(ruleIds(app).includes('python/yaml-load'));
    assert.deepEqual(server.diagnostics.filter((d) => d.uri === project.configUri), []);
    assert.ok(!server.registrations.includes('workspace/didChangeWatchedFiles'));
  });
});
