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
 * `run` gets up to `maxBatch` jobs and must return one result per job, in order. At most `maxInFlight()` batches run
 * at a time: 1 (the default) for a store that commits in this thread, which is also what SQLite's single writer
 * wants; more for the writer thread, which queues the batches it is sent and commits everything queued together
 * (store.worker.ts), so it never waits for this thread between commits.
 */
export function createBatcher<J, R>(run: (jobs: J[]) => Promise<R[]>, maxBatch: number, maxInFlight: () => number = () => 1): Batcher<J, R> {
  const queue: Pending<J, R>[] = [];
  let inFlight = 0;
  let scheduled = false;

  // Deferred by a turn of the event loop, so the requests that arrived in the same turn join the batch.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  }

  function pump(): void {
    scheduled = false;
    while (queue.length > 0 && inFlight < maxInFlight()) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      run(batch.map((p) => p.job)).then(
        (results) => batch.forEach((p, i) => p.resolve(results[i] as R)),
        (err: unknown) => batch.forEach((p) => p.reject(err)),
      ).finally(() => {
        inFlight--;
        if (queue.length > 0) schedule();
      });
    }
  }

  return {
    submit(job) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        schedule();
      });
    },
  };
}
