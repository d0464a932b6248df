/**
 * Work that runs after the response has been sent, so the answer cannot tell by its timing what the work found
 * (asking for a sign-in link: whether the address belongs to a coordinator).
 */
import type { Logger } from '../../logger.js';

/** Hands `work` over to run after the response; it never delays or fails the request. */
export type AfterResponse = (work: () => Promise<void>) => void;

/** Work handed over and not yet finished, in every app of this process (for `settleAfterResponse`). */
const pending = new Set<Promise<void>>();

/**
 * Starts the work on a later turn of the event loop (the handler has returned its response by then). A failure is
 * logged by its error name only (messages may hold data).
 */
export function createAfterResponse(logger: Logger): AfterResponse {
  return (work) => {
    const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      .catch((err: unknown) => logger.error('work after the response failed', { error: err instanceof Error ? err.name : typeof err }))
      .finally(() => pending.delete(task));
    pending.add(task);
  };
}

/** Resolves when all work handed over so far (and any it handed over in turn) has finished: for tests and shutdown. */
export async function settleAfterResponse(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
