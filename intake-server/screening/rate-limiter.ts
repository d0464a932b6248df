/** Fixed-window rate limits. The port lets several instances share counters through the database later on. */

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one event in `bucket`; refuses once `limit` events fell in the current window. `limit` 0 means no limit. */
  hit(bucket: string, limit: number, windowMs: number, now: Date): Promise<RateDecision>;
}

/** Counters in this process's memory: right for one instance on SQLite. */
export function createMemoryRateLimiter(maxBuckets = 100_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(bucket, limit, windowMs, now) {
      if (limit <= 0) return { allowed: true };
      const t = now.getTime();
      const start = t - (t % windowMs);
      let w = windows.get(bucket);
      if (!w || w.start !== start) {
        if (windows.size >= maxBuckets) {
          // Old windows are useless: drop them all rather than grow without bound under a flood of addresses.
          for (const [k, v] of windows) if (v.start !== start) windows.delete(k);
        }
        w = { start, count: 0 };
        windows.set(bucket, w);
      }
      if (w.count >= limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - t) / 1000)) };
      w.count++;
      return { allowed: true };
    },
  };
}
