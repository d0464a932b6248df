/**
 * Group commit: jobs that arrive while a batch is being written wait and go together in the next batch, so many
 * applications share one transaction and one fsync. Durability (`synchronous=FULL`) then costs little throughput.
 */

export interface Batcher<J, R> {
  /** Resolves with this job's result once the batch it went into has committed; rejects if that batch failed. */
  submit(job: J): Promise<R>;
}

interface Pending<J, R> {
  job: J;
  resolve(result: R): void;
  reject(err: unknown): void;
}

/**
 * `run` gets up to `maxBatch` jobs and must return one result per job, in order. One batch runs at a time, which is
 * also what SQLite's single writer wants.
 */
export function createBatcher<J, R>(run: (jobs: J[]) => Promise<R[]>, maxBatch: number): Batcher<J, R> {
  const queue: Pending<J, R>[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, maxBatch);
        try {
          const results = await run(batch.map((p) => p.job));
          batch.forEach((p, i) => p.resolve(results[i] as R));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      flushing = false;
    }
  }

  return {
    submit(job) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        // Let the requests that arrived in the same turn of the event loop join this batch.
        if (!flushing) {
          flushing = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
