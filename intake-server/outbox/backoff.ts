/** Capped exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"). */

/** Delay before attempt `attempt + 1`, given that `attempt` attempts have failed (1-based). */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  // Half fixed, half random: never hammers the server, never waits much longer than the ceiling.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
