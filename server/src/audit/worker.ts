/**
 * A worker thread of the audit pool: one engine of its own, one file at a time (in the order received). It receives
 * `{ index, path }` and answers `{ index, result }` with the same `FileAudit` the main thread would have produced.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../engine/engine';
import { loadBundledRules } from '../engine/ruleset';
import { FileReads, auditFile, auditFileForCache, failedAudit, type AuditOptions } from './run';
import type { Audited } from './cache';

/** What the pool passes at start: the audit options that can cross a thread boundary. */
export type WorkerOptions = Omit<AuditOptions, 'signal' | 'onFile' | 'onResult' | 'cache'>;

/**
 * A file to audit. With `cached`, the answer is for the audit cache (`Audited`): the bytes' hash, and no result
 * when it equals `expected`.
 */
export interface WorkerJob {
  index: number;
  path: string;
  cached?: boolean;
  expected?: string;
}

/** The answer to a job. */
export interface WorkerAnswer {
  index: number;
  audited: Audited;
}

if (parentPort) {
  const port = parentPort;
  const options = workerData as WorkerOptions;
  const engine = new Engine(loadBundledRules());
  // The pool keeps a few jobs waiting here while one runs; each file is read when its turn comes (or ahead, once
  // reads wait for the disk).
  const queue: WorkerJob[] = [];
  const reads = new FileReads();
  let running = false;
  const runNext = (): void => {
    const job = queue.shift();
    if (!job) {
      running = false;
      return;
    }
    running = true;
    const bytes = reads.read(job.path, queue.map((j) => j.path));
    const audit: Promise<Audited> = job.cached ? auditFileForCache(engine, job.path, options, bytes, job.expected) : auditFile(engine, job.path, options, bytes).then((result) => ({ result }));
    void audit
      .then(
        (audited) => port.postMessage({ index: job.index, audited } satisfies WorkerAnswer),
        (error: Error) => port.postMessage({ index: job.index, audited: { result: failedAudit(job.path, error) } } satisfies WorkerAnswer),
      )
      .finally(runNext);
  };
  port.on('message', (job: WorkerJob) => {
    queue.push(job);
    if (!running) runNext();
  });
}
