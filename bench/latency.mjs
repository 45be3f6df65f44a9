// On-type latency through the real language server over stdio (server/out/server.js --stdio), with the debounce
// set to 0 (the `debounceMs` initialization option) so the figure is the server's own work: the time from a
// didChange to the publishDiagnostics of that version, over 200 one-character edits of 1,000-, 5,000- and
// 20,000-line TypeScript and Python files assembled from corpus code, and a letter typed at line ends of the
// 5,000-line ones (where code is added); cold start to first diagnostics; the
// server's resident memory after opening 200 corpus files; and the editor's workspace audit of the whole corpus
// through the server (time, memory after it and at its peak, and a re-audit with nothing changed).
//   node bench/latency.mjs
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, fmt, printTable, root } from './lib.mjs';

/** One-character edits per file; BENCH_EDITS lowers it for a quick look. */
const EDITS = Number(process.env.BENCH_EDITS) || 200;

/** The server over stdio with a minimal client: framed JSON in, parsed messages out, awaitable. */
class Server {
  constructor() {
    this.started = performance.now();
    this.child = spawn(process.execPath, [join(root, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.buffer = Buffer.alloc(0);
    this.listeners = new Set();
    this.nextId = 1;
    this.child.stdout.on('data', (chunk) => this.read(chunk));
  }
  send(message) {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }
  request(method, params) {
    const id = this.nextId++;
    this.send({ id, method, params });
    return this.waitFor((m) => m.id === id && !m.method);
  }
  waitFor(test) {
    return new Promise((resolve) => {
      const listener = (m) => {
        if (!test(m)) return;
        this.listeners.delete(listener);
        resolve(m);
      };
      this.listeners.add(listener);
    });
  }
  read(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) this.send({ id: message.id, result: null });
      for (const l of [...this.listeners]) l(message);
    }
  }
  async initialize(workspaceFolders = null) {
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders, initializationOptions: { debounceMs: 0 } });
    this.send({ method: 'initialized', params: {} });
  }
  diagnosticsOf(uri, version) {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version));
  }
  rssMb(field = 'VmRSS') {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)[1]) / 1024;
  }
  async stop() {
    await this.request('shutdown', null);
    this.send({ method: 'exit' });
    await new Promise((resolve) => this.child.on('exit', resolve));
  }
}

/** Corpus files with an extension, largest folders first, in a stable order. */
function corpusFiles(dir, extension, limit = Infinity) {
  const out = [];
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (out.length >= limit) return;
      const full = join(d, e.name);
      if (e.isDirectory() && !['node_modules', 'dist', 'test', 'tests', '.cache'].includes(e.name)) visit(full);
      else if (e.isFile() && e.name.endsWith(extension) && !e.name.endsWith('.d.ts') && statSync(full).size < 200_000) out.push(full);
    }
  };
  visit(dir);
  return out;
}

/** A file of exactly `lines` lines built from whole corpus files of one language. */
function assemble(files, lines) {
  const out = [];
  for (const f of files) {
    out.push(...readFileSync(f, 'utf8').split('\n'));
    if (out.length >= lines) break;
  }
  return out.slice(0, lines).join('\n');
}

/** Deterministic pseudo-random numbers, so every run makes the same edits. */
function random(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Times EDITS one-character edits of a document: alternately inserting a character and deleting it again. `anywhere`
 * puts a space at random places; `line-end` types a letter at the end of random non-blank lines (where code is
 * usually added, and for Python on the last character of a block).
 */
async function editLatency(server, uri, languageId, text, where = 'anywhere') {
  server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId, version: 1, text } } });
  const opened = await server.diagnosticsOf(uri, 1);
  const lines = text.split('\n');
  const rand = random(lines.length);
  const times = [];
  let version = 1;
  let pending;
  for (let i = 0; i < EDITS; i++) {
    let change;
    if (pending) {
      change = { range: { start: pending, end: { line: pending.line, character: pending.character + 1 } }, text: '' };
      pending = undefined;
    } else {
      let line = Math.floor(rand() * lines.length);
      if (where === 'line-end') while (!lines[line].trim()) line = (line + 1) % lines.length;
      const character = where === 'line-end' ? lines[line].replace(/\r$/, '').length : Math.floor(rand() * (lines[line].length + 1));
      pending = { line, character };
      change = { range: { start: pending, end: pending }, text: where === 'line-end' ? 'x' : ' ' };
    }
    version++;
    const published = server.diagnosticsOf(uri, version);
    const started = performance.now();
    server.send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [change] } });
    await published;
    times.push(performance.now() - started);
  }
  server.send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), diagnostics: opened.params.diagnostics.length, skipped: opened.params.diagnostics.some((d) => d.severity === 3 && /Skipped|skipped/.test(d.message)) };
}

export async function latency() {
  const results = { edits: [], coldStartMs: NaN, rssAfter200Mb: NaN, rssIdleMb: NaN };
  // Cold start: spawn to the first diagnostics of a small file opened right after initialize.
  const cold = new Server();
  await cold.initialize();
  cold.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///bench/cold.py', languageId: 'python', version: 1, text: 'import yaml\nyaml.load(open("x"))\n' } } });
  await cold.diagnosticsOf('file:///bench/cold.py', 1);
  results.coldStartMs = performance.now() - cold.started;
  results.rssIdleMb = cold.rssMb();
  await cold.stop();

  const server = new Server();
  await server.initialize();
  const sources = {
    TypeScript: { languageId: 'typescript', ext: 'ts', files: corpusFiles(join(corpusDir, 'npm'), '.ts', 4000) },
    Python: { languageId: 'python', ext: 'py', files: corpusFiles(join(corpusDir, 'python-stdlib'), '.py', 4000) },
  };
  for (const [language, { languageId, ext, files }] of Object.entries(sources)) {
    for (const lines of [1000, 5000, 20000]) {
      const text = assemble(files, lines);
      const r = await editLatency(server, `file:///bench/${language}-${lines}.${ext}`, languageId, text);
      results.edits.push({ language, lines, kb: Buffer.byteLength(text) / 1024, ...r });
      console.log(`latency: ${language} ${lines} lines: p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, p99 ${fmt(r.p99)} ms`);
    }
    // Typing where code is added: a letter at the end of a line.
    const text = assemble(files, 5000);
    const r = await editLatency(server, `file:///bench/${language}-5000-ends.${ext}`, languageId, text, 'line-end');
    results.edits.push({ language, lines: 5000, typing: 'a letter at line ends', kb: Buffer.byteLength(text) / 1024, ...r });
    console.log(`latency: ${language} 5000 lines, a letter at line ends: p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms, p99 ${fmt(r.p99)} ms`);
  }
  // Memory: 200 corpus files open at once (a mix of languages), each analysed.
  const open = [
    ...corpusFiles(join(corpusDir, 'npm'), '.js', 70), ...corpusFiles(join(corpusDir, 'npm'), '.ts', 30),
    ...corpusFiles(join(corpusDir, 'python-stdlib'), '.py', 60), ...corpusFiles(join(corpusDir, 'go-src'), '.go', 40),
  ].slice(0, 200);
  const ids = { js: 'javascript', ts: 'typescript', py: 'python', go: 'go' };
  await Promise.all(open.map((file, i) => {
    const uri = `file://${file}`;
    const done = server.diagnosticsOf(uri, 1);
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: ids[file.slice(file.lastIndexOf('.') + 1)], version: 1, text: readFileSync(file, 'utf8') } } });
    return done;
  }));
  results.rssAfter200Mb = server.rssMb();
  results.openedFiles = open.length;
  await server.stop();
  results.audit = await serverAudit();
  return results;
}

/**
 * The editor's workspace audit of the whole corpus through the server (aiAudit.auditWorkspace, worker threads as
 * the server sizes them for this machine): its time, the server's resident memory after it and at its peak
 * (workers included: they are threads of the server), then a second audit with nothing changed, which reuses the
 * first one's results (the session's audit cache).
 */
async function serverAudit() {
  const server = new Server();
  await server.initialize([{ uri: `file://${corpusDir}`, name: 'corpus' }]);
  const audit = async () => {
    const started = performance.now();
    const { result } = await server.request('workspace/executeCommand', { command: 'aiAudit.auditWorkspace', arguments: [] });
    return { seconds: (performance.now() - started) / 1000, files: result.files, unchanged: result.unchanged ?? 0 };
  };
  const first = await audit();
  const rssAfterMb = server.rssMb();
  const again = await audit();
  const r = { first, again, rssAfterMb, peakMb: server.rssMb('VmHWM'), rssAfterAgainMb: server.rssMb() };
  await server.stop();
  console.log(`latency: server workspace audit of the corpus: ${fmt(first.seconds, 1)} s, again with nothing changed ${fmt(again.seconds, 1)} s`);
  return r;
}

/** Prints the latency figures as tables. */
export function printLatency(r) {
  console.log(`\nOn-type latency (didChange → publishDiagnostics, debounce 0, ${EDITS} one-character edits)`);
  printTable(['file', 'KB', 'p50 ms', 'p95 ms', 'p99 ms'], r.edits.map((e) => [`${e.language} ${e.lines} lines${e.typing ? `, ${e.typing}` : ''}${e.skipped ? ' (skipped: too large)' : ''}`, fmt(e.kb, 0), fmt(e.p50), fmt(e.p95), fmt(e.p99)]));
  console.log(`cold start to first diagnostics: ${fmt(r.coldStartMs, 0)} ms (idle RSS ${fmt(r.rssIdleMb, 0)} MB)`);
  console.log(`server RSS after opening ${r.openedFiles} files: ${fmt(r.rssAfter200Mb, 0)} MB`);
  const a = r.audit;
  if (a) {
    console.log(`server workspace audit of the corpus (${a.first.files} files): ${fmt(a.first.seconds, 1)} s; RSS after it ${fmt(a.rssAfterMb, 0)} MB, peak ${fmt(a.peakMb, 0)} MB`);
    console.log(`server re-audit with nothing changed: ${fmt(a.again.seconds, 1)} s (${a.again.unchanged} files reused); RSS after it ${fmt(a.rssAfterAgainMb, 0)} MB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printLatency(await latency());
