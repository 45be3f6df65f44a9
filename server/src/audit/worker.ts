/**
 * A worker thread of the audit pool: one engine of its own, one file at a time (in the order received). It receives
 * `{ index, path }` and answers `{ index, result }` with the same `FileAudit` the main thread would have produced.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine';
import { loadBundledRules } from '../engine/ruleset';
import { auditFile, readBytes, type AuditOptions } from './run';

/** What the pool passes at start: the audit options that can cross a thread boundary. */
export type WorkerOptions = Omit<AuditOptions, 'signal' | 'onFile' | 'onResult'>;

/** A file to audit, and the answer. */
export interface WorkerJob {
  index: number;
  path: string;
}

if (parentPort) {
  const port = parentPort;
  const options = workerData as WorkerOptions;
  const engine = new Engine(loadBundledRules());
  // The pool keeps a job waiting here while one runs; its file is read while the running one is analysed.
  const queue: { job: WorkerJob; bytes: Promise<Buffer | undefined> }[] = [];
  let running = false;
  const runNext = (): void => {
    const next = queue.shift();
    if (!next) {
      running = false;
      return;
    }
    running = true;
    const { job, bytes } = next;
    void auditFile(engine, job.path, options, bytes)
      .then(
        (result) => port.postMessage({ index: job.index, result }),
        (error: Error) => port.postMessage({ index: job.index, result: { path: job.path, findings: [], notices: [{ kind: 'error', message: `Analysis failed: ${error.message}` }], fixed: [] } }),
      )
      .finally(runNext);
  };
  port.on('message', (job: WorkerJob) => {
    queue.push({ job, bytes: readBytes(job.path) });
    if (!running) runNext();
  });
}
