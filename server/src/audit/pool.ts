/**
 * Audits files on several threads (`--jobs N`: the command line's thread and N-1 workers, or N workers for the
 * language server), each with its own engine, handing out files as workers finish them (a few queued per worker)
 * so a slow file does not hold up the others. Results come back in the order of the input. When workers cannot
 * start (no worker bundle next to this one) or one dies, the remaining files are audited on this thread. With a
 * cache, the files it holds are checked on this thread first and workers start only for the files that changed.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../engine/engine';
import { FileReads, READ_AHEAD, auditFileWithCache, auditFiles, failedAudit, readBytesNow, type AuditOptions, type FileAudit } from './run';
import { type AuditCache, hashBytes } from './cache';
import type { WorkerAnswer, WorkerJob, WorkerOptions } from './worker';

/** The worker script: `worker.js` beside this module (the bundle's server/out, or the transpiled tree). */
export function workerScript(): string | undefined {
  const script = join(__dirname, 'worker.js');
  return existsSync(script) ? script : undefined;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** `--jobs auto`: no more workers than this (each holds its own engine, about 150 MB). */
export const AUTO_MAX_JOBS = 4;

/**
 * `--jobs auto`: below this many bytes to analyse, one thread. One thread already keeps about 1.4 cores busy (the
 * collector and the compiler run beside it) and each worker first compiles its own rules and grammars. Measured on
 * 2 cores, 1 against 2 jobs: 2 MB 1.9 against 2.1 s, 8 MB 4.9 against 4.9–5.7 s, 15 MB 7.3–7.8 against 6.4–6.6 s,
 * 180 MB 60 against 37 s.
 */
export const AUTO_MIN_BYTES = 12 * 1024 * 1024;

/** How many files at once `--jobs auto` runs for `bytes` of files to analyse. */
export function autoJobs(bytes: number, cores = availableParallelism()): number {
  return bytes < AUTO_MIN_BYTES ? 1 : Math.max(1, Math.min(AUTO_MAX_JOBS, cores));
}

/** How long the check of cached files runs before it lets other work of this thread in (ms). */
const TURN_MS = 8;

/**
 * Settles the files whose cached result still stands (same bytes, nothing they looked up changed): a read and a
 * hash each. The reads are synchronous, a third of the cost of asynchronous ones for small files, in turns of a
 * few milliseconds so that the language server's own requests are not held up. Fills `results` for these files
 * and returns the indices of the files left to audit.
 */
async function reuseUnchanged(files: string[], cache: AuditCache, results: (FileAudit | undefined)[], options: AuditOptions, onFile: (path: string) => void): Promise<number[]> {
  const left: number[] = [];
  let turn = performance.now();
  for (let index = 0; index < files.length; index++) {
    if (performance.now() - turn > TURN_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
    if (options.signal?.aborted) return left;
    const path = files[index]!;
    const expected = cache.expected(path);
    const bytes = expected ? readBytesNow(path) : undefined;
    const result = bytes && hashBytes(bytes) === expected ? cache.settle(path, { hash: expected }) : undefined;
    if (!result) {
      left.push(index);
      continue;
    }
    onFile(path);
    results[index] = result;
    options.onResult?.(result);
  }
  return left;
}

/** The options a worker starts with: those of the audit that can cross a thread boundary. */
export function workerOptionsOf(options: AuditOptions): WorkerOptions {
  return { config: options.config, ...(options.today ? { today: options.today } : {}), ...(options.fix ? { fix: options.fix } : {}), ...(options.policy ? { policy: options.policy } : {}) };
}

/**
 * Workers started before the files to audit are known: the command line starts them before it walks the folders,
 * so that they load their bundle, rules and grammars while it walks (about a tenth of a second each; the walk of the
 * benchmark's corpus folder takes about 0.3 s). The pool takes those it needs and stops the rest ({@link release}).
 */
export class EarlyWorkers {
  private readonly ready: Worker[] = [];
  private readonly key: string;

  constructor(count: number, options: AuditOptions) {
    const workerData = workerOptionsOf(options);
    this.key = JSON.stringify(workerData);
    const script = workerScript();
    for (let i = 0; script && i < count; i++) {
      const worker = new Worker(script, { workerData });
      // Until the pool takes it, a worker that fails or exits is dropped (the pool starts another or does without).
      const drop = () => {
        const at = this.ready.indexOf(worker);
        if (at >= 0) this.ready.splice(at, 1);
      };
      worker.on('error', drop);
      worker.on('exit', drop);
      this.ready.push(worker);
    }
  }

  /** A started worker for an audit with these options, if one is left. */
  take(options: WorkerOptions): Worker | undefined {
    return JSON.stringify(options) === this.key ? this.ready.shift() : undefined;
  }

  /** Stops the workers no audit took. */
  release(): void {
    for (const worker of this.ready.splice(0)) void worker.terminate();
  }
}

/**
 * Audits `files` on up to `jobs` threads: this one and `jobs - 1` workers, or with `offThread` (the language server,
 * whose own thread must stay free for the open documents) `jobs` workers and none of it here. Workers of `early` are
 * used before new ones are started, and those left over are stopped once the number of threads is known.
 */
export async function auditFilesInParallel(engine: Engine, files: string[], options: AuditOptions, jobs: number | 'auto', offThread = false, early?: EarlyWorkers): Promise<FileAudit[]> {
  const results: (FileAudit | undefined)[] = new Array(files.length);
  const cache = options.fix ? undefined : options.cache;
  let started = 0;
  const onFile = (path: string) => options.onFile?.(started++, path);
  // Files the cache holds are checked first, so that workers start only for the files left, and not at all when
  // nothing changed.
  const todo = cache ? await reuseUnchanged(files, cache, results, options, onFile) : files.map((_, index) => index);
  if (options.signal?.aborted) return results.filter((r): r is FileAudit => r !== undefined);
  const script = workerScript();
  // Sizes are looked up only when needed: for `auto`, and to hand the largest files out first (a large file handed
  // out last would keep one worker busy while the others sit idle).
  let sized: { index: number; size: number }[] | undefined;
  const sizes = () => (sized ??= todo.map((index) => ({ index, size: sizeOf(files[index]!) })));
  const spawn = Math.min(jobs === 'auto' ? autoJobs(sizes().reduce((sum, f) => sum + f.size, 0)) : jobs, todo.length);
  if (!script || spawn < 1 || (spawn === 1 && !offThread)) {
    early?.release();
    const audited = await auditFiles(engine, todo.map((index) => files[index]!), { ...options, onFile: (_, path) => onFile(path) }, !offThread);
    audited.forEach((result, k) => (results[todo[k]!] = result));
    return results.filter((r): r is FileAudit => r !== undefined);
  }
  const workerOptions = workerOptionsOf(options);
  // Largest first: a large file handed out last would keep one thread busy while the others sit idle.
  const order = sizes().sort((a, b) => b.size - a.size || a.index - b.index).map((f) => f.index);
  // Workers take files from the front of the order; this thread, when it works too, from the back.
  let next = 0;
  let end = order.length;
  /** Files handed to a worker or taken by this thread (and so counted by `onFile`). */
  const begun: boolean[] = [];
  const workers: Worker[] = [];
  // The command line's own thread is one of the jobs: it has its engine already, and it starts on the smallest
  // files at once while the workers load (a worker takes a tenth of a second to start, and this thread would
  // otherwise only wait). It takes one file at a time and lets the workers' answers in after each, so they are
  // handed their next files without waiting for its turn to end. The language server keeps its thread free for
  // the open documents.
  const here = !offThread;
  const spawned = here ? spawn - 1 : spawn;
  const depth = () => (end - next > 4 * READ_AHEAD * spawn ? READ_AHEAD : 1);
  const ownTurn = async (): Promise<void> => {
    const reads = new FileReads();
    while (next < end && !options.signal?.aborted) {
      const index = order[--end]!;
      const path = files[index]!;
      onFile(path);
      begun[index] = true;
      const coming = order.slice(Math.max(next, end - READ_AHEAD), end).reverse().map((i) => files[i]!);
      const result = await auditFileWithCache(engine, path, options, reads.read(path, coming)).catch((error: Error) => failedAudit(path, error));
      results[index] = result;
      options.onResult?.(result);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const workersDone = new Promise<void>((resolve) => {
    let running = spawned;
    if (running === 0) resolve();
    for (let i = 0; i < spawned; i++) {
      const worker = early?.take(workerOptions) ?? new Worker(script, { workerData: workerOptions });
      workers.push(worker);
      if (i === spawned - 1) early?.release();
      let done = false;
      // Out of work, failed or exited: this worker is finished (once); a file it held is redone below.
      const finishWorker = () => {
        if (done) return;
        done = true;
        void worker.terminate();
        if (--running === 0) resolve();
      };
      // Several files in flight per worker (no round trip through this thread between two small files), one near
      // the end so that the last files are not queued behind a slow one while another thread sits idle.
      let inFlight = 0;
      const handOut = () => {
        const most = depth();
        while (inFlight < most && next < end && !options.signal?.aborted) {
          const index = order[next++]!;
          onFile(files[index]!);
          begun[index] = true;
          const expected = cache?.expected(files[index]!);
          worker.postMessage({ index, path: files[index]!, ...(cache ? { cached: true } : {}), ...(expected ? { expected } : {}) } satisfies WorkerJob);
          inFlight++;
        }
        if (inFlight === 0 || options.signal?.aborted) finishWorker();
      };
      worker.on('message', (message: WorkerAnswer) => {
        const path = files[message.index]!;
        const result = cache ? cache.settle(path, message.audited) : message.audited.result;
        inFlight--;
        // A stored result that went missing in between is redone on this thread below.
        if (result) {
          results[message.index] = result;
          options.onResult?.(result);
        }
        handOut();
      });
      worker.on('error', finishWorker);
      worker.on('exit', finishWorker);
      handOut();
    }
  });
  try {
    if (here) await ownTurn();
    await workersDone;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) break;
    if (results[i]) continue;
    if (!begun[i]) onFile(files[i]!);
    results[i] = await auditFileWithCache(engine, files[i]!, options);
    options.onResult?.(results[i]!);
  }
  return results.filter((r): r is FileAudit => r !== undefined);
}
