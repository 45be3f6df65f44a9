/**
 * Audits files on several worker threads (`--jobs N`), each with its own engine, handing out files as workers
 * finish them (at most two queued per worker) so a slow file does not hold up the others. Results come back in
 * the order of the input. When workers cannot start (no worker bundle next to this one) or one dies, the
 * remaining files are audited on this thread.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Engine } from '../engine/engine';
import { auditFile, auditFiles, type AuditOptions, type FileAudit } from './run';
import type { WorkerJob, WorkerOptions } from './worker';

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

/**
 * Audits `files` with up to `jobs` workers; with one job (or one file) it runs on this thread, unless `offThread`
 * asks for a worker even then (the language server, whose own thread must stay free for the open documents).
 */
export async function auditFilesInParallel(engine: Engine, files: string[], options: AuditOptions, jobs: number, offThread = false): Promise<FileAudit[]> {
  const script = workerScript();
  const count = Math.min(jobs, files.length);
  if (count < 1 || (count === 1 && !offThread) || !script) return auditFiles(engine, files, options);

  const results: (FileAudit | undefined)[] = new Array(files.length);
  const workerOptions: WorkerOptions = { config: options.config, ...(options.today ? { today: options.today } : {}), ...(options.fix ? { fix: options.fix } : {}), ...(options.policy ? { policy: options.policy } : {}) };
  // Largest files first: a large file handed out last would keep one worker busy while the others sit idle.
  const order = files.map((path, index) => ({ index, size: sizeOf(path) })).sort((a, b) => b.size - a.size || a.index - b.index).map((f) => f.index);
  let next = 0;
  let started = 0;
  const workers: Worker[] = [];
  await new Promise<void>((resolve) => {
    let running = count;
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script, { workerData: workerOptions });
      workers.push(worker);
      let done = false;
      // Out of work, failed or exited: this worker is finished (once); a file it held is redone below.
      const finishWorker = () => {
        if (done) return;
        done = true;
        void worker.terminate();
        if (--running === 0) resolve();
      };
      // Two files in flight per worker (the second is read from disk while the first is analysed), one near the
      // end so that the last files are not queued behind a slow one while another worker sits idle.
      let inFlight = 0;
      const handOut = () => {
        const depth = files.length - next > 2 * count ? 2 : 1;
        while (inFlight < depth && next < files.length && !options.signal?.aborted) {
          const index = order[next++]!;
          options.onFile?.(started++, files[index]!);
          worker.postMessage({ index, path: files[index]! } satisfies WorkerJob);
          inFlight++;
        }
        if (inFlight === 0 || options.signal?.aborted) finishWorker();
      };
      worker.on('message', (message: { index: number; result: FileAudit }) => {
        results[message.index] = message.result;
        inFlight--;
        options.onResult?.(message.result);
        handOut();
      });
      worker.on('error', finishWorker);
      worker.on('exit', finishWorker);
      handOut();
    }
  });
  await Promise.all(workers.map((w) => w.terminate()));
  for (let i = 0; i < files.length; i++) {
    if (options.signal?.aborted) break;
    if (results[i]) continue;
    results[i] = await auditFile(engine, files[i]!, options);
    options.onResult?.(results[i]!);
  }
  return results.filter((r): r is FileAudit => r !== undefined);
}
