/**
 * Unreviewed AI-sized blocks over the real server: the client sends the blocks, the server analyses again, notes
 * the findings inside them and reports silencing switches that arrived in them; clearing the blocks undoes both.
 */
import * as assert from 'node:assert/strict';
import { UNREVIEWED_NOTE, UnreviewedBlocksNotification, type UnreviewedBlocksParams } from '../../server/src/protocol';
import { messageText, TestServer } from './harness';

const AGENT_WRITE = [
  'import subprocess',
  '',
  'import requests',
  '',
  '',
  'def sync(api):',
  '    response = requests.get(api, timeout=10, verify=False)',
  '    subprocess.run(response.json()["command"], shell=True)  # nosec',
  '    return response',
  '',
].join('\n');

describe('lsp/unreviewed blocks', function () {
  let server: TestServer;

  before(async function () {
    server = await TestServer.start({ settings: () => ({}) });
  });
  after(async function () {
    if (server) assert.equal(await server.stop(), 0);
  });

  async function sendBlocks(uri: string, blocks: UnreviewedBlocksParams['blocks']) {
    const mark = server.diagnostics.length;
    await server.connection.sendNotification(UnreviewedBlocksNotification, { uri, blocks });
    return server.diagnosticsFor(uri, () => true, mark);
  }

  it('notes findings inside a block, reports the silencing switches in it, and forgets both when reviewed', async function () {
    const uri = 'file:///workspace/sync.py';
    const opened = await server.open(uri, AGENT_WRITE);
    assert.ok(opened.diagnostics.length > 0, 'the file has findings of its own');
    assert.ok(opened.diagnostics.every((d) => !messageText(d).endsWith(UNREVIEWED_NOTE)));
    assert.ok(!opened.diagnostics.some((d) => d.code === 'review/silencing-in-unreviewed-block'));

    const marked = await sendBlocks(uri, [{ startLine: 5, endLine: 8 }]);
    const silencing = marked.diagnostics.filter((d) => d.code === 'review/silencing-in-unreviewed-block');
    assert.deepEqual(silencing.map((d) => d.range.start.line), [6, 7]);
    const inside = marked.diagnostics.filter((d) => d.range.start.line >= 5 && d.range.start.line <= 8);
    assert.ok(inside.length >= 3 && inside.every((d) => messageText(d).endsWith(UNREVIEWED_NOTE)), 'every finding inside the block carries the note');

    const reviewed = await sendBlocks(uri, []);
    assert.ok(!reviewed.diagnostics.some((d) => d.code === 'review/silencing-in-unreviewed-block'));
    assert.ok(reviewed.diagnostics.every((d) => !messageText(d).endsWith(UNREVIEWED_NOTE)));
  });

  it('looks only inside the block, and ignores malformed blocks', async function () {
    const uri = 'file:///workspace/partial.py';
    await server.open(uri, AGENT_WRITE);
    const published = await sendBlocks(uri, [{ startLine: 7, endLine: 7 }, { startLine: 4, endLine: 1 }, { startLine: -3, endLine: 2 } as never]);
    const silencing = published.diagnostics.filter((d) => d.code === 'review/silencing-in-unreviewed-block');
    assert.deepEqual(silencing.map((d) => d.range.start.line), [7]);
    assert.ok(published.diagnostics.filter((d) => d.range.start.line === 6).every((d) => !messageText(d).endsWith(UNREVIEWED_NOTE)));
  });
});
