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
 *
 * With `keysOf`, batches that run at the same time never share a key: a job whose key (an idempotency key, an email
 * address) a running batch holds waits for that batch to finish, so batches that commit concurrently (PostgreSQL)
 * decide about each key exactly as if they ran one after the other.
 */
export function createBatcher<J, R>(
  run: (jobs: J[]) => Promise<R[]>,
  maxBatch: number,
  maxInFlight: () => number = () => 1,
  keysOf?: (job: J) => readonly string[],
  options: {
    /**
     * When a batch has its results, start the next batch before answering this one's jobs (their answers follow in
     * the same turn of the event loop). For a store that waits on another process (PostgreSQL): the next batch's
     * first statement is on its way while this thread writes the answers, instead of after them. Not for a store that
     * commits in this thread (SQLite without its writer thread): there the next commit would hold the answers back.
     */
    startNextFirst?: boolean;
  } = {},
): Batcher<J, R> {
  const queue: Pending<J, R>[] = [];
  let inFlight = 0;
  let scheduled = false;
  // Keys of the jobs in the batches now running, counted (one batch may hold a key twice).
  const busy = new Map<string, number>();
  const count = (keys: readonly string[], by: 1 | -1) => {
    for (const k of keys) {
      const n = (busy.get(k) ?? 0) + by;
      if (n === 0) busy.delete(k);
      else busy.set(k, n);
    }
  };

  /** The next batch: up to maxBatch queued jobs in order, passing over those whose keys a running batch holds. */
  function take(): Pending<J, R>[] {
    if (!keysOf || busy.size === 0) return queue.splice(0, maxBatch);
    const batch: Pending<J, R>[] = [];
    for (let i = 0; i < queue.length && batch.length < maxBatch; ) {
      if (keysOf(queue[i]!.job).some((k) => busy.has(k))) i++;
      else batch.push(queue.splice(i, 1)[0]!);
    }
    return batch;
  }

  // Deferred by a turn of the event loop, so the requests that arrived in the same turn join the batch.
  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  }

  function pump(): void {
    scheduled = false;
    while (queue.length > 0 && inFlight < maxInFlight()) {
      const batch = take();
      if (batch.length === 0) return;
      const keys = keysOf ? batch.flatMap((p) => keysOf(p.job)) : [];
      count(keys, 1);
      inFlight++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        inFlight--;
        count(keys, -1);
      };
      run(batch.map((p) => p.job)).then(
        (results) => {
          const answer = () => batch.forEach((p, i) => p.resolve(results[i] as R));
          if (!options.startNextFirst) return answer();
          release();
          pump();
          setImmediate(answer);
        },
        (err: unknown) => batch.forEach((p) => p.reject(err)),
      ).finally(() => {
        release();
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
