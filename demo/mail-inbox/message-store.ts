/** The inbox's memory: the newest messages in arrival order, and waiters for messages still to come. */
import type { InboxMessage } from './inbox-message.js';

/** Options for {@link MessageStore.waitFor}. */
export interface WaitForOptions {
  /** How many matching messages to wait for (default 1). */
  count?: number;
  /** Reject after this many milliseconds (default 5000). */
  timeoutMs?: number;
}

/** In-memory message list with a bounded size. */
export interface MessageStore {
  add(message: InboxMessage): void;
  /** A copy of the stored messages, oldest first. */
  list(): InboxMessage[];
  get(id: string): InboxMessage | undefined;
  clear(): void;
  /**
   * Resolves with every stored message matching `predicate` (oldest first) as soon as at least `count` of them exist,
   * counting messages already stored. Rejects after `timeoutMs`, or when the store is closed.
   */
  waitFor(predicate: (message: InboxMessage) => boolean, options?: WaitForOptions): Promise<InboxMessage[]>;
  /** Rejects all pending waiters. */
  close(): void;
}

interface Waiter {
  check(): void;
  fail(error: Error): void;
}

/** Creates a store that keeps the newest `limit` messages. */
export function createMessageStore(limit: number): MessageStore {
  let messages: InboxMessage[] = [];
  let closed = false;
  const waiters = new Set<Waiter>();

  const changed = (): void => {
    for (const waiter of [...waiters]) waiter.check();
  };

  return {
    add(message) {
      messages.push(message);
      if (messages.length > limit) messages = messages.slice(-limit);
      changed();
    },
    list: () => [...messages],
    get: (id) => messages.find((message) => message.id === id),
    clear() {
      messages = [];
      changed();
    },
    waitFor(predicate, { count = 1, timeoutMs = 5000 } = {}) {
      if (closed) return Promise.reject(new Error('The mail inbox is closed'));
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          check() {
            let matches: InboxMessage[];
            try {
              matches = messages.filter(predicate);
            } catch (error) {
              // A throwing predicate fails its own wait, never the SMTP session that delivered the message.
              waiter.fail(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            if (matches.length < count) return;
            settle();
            resolve(matches);
          },
          fail(error) {
            settle();
            reject(error);
          },
        };
        const timer = setTimeout(() => {
          const received = messages.length;
          waiter.fail(
            new Error(`Timed out after ${timeoutMs} ms waiting for ${count} matching message(s); ${received} in the inbox`),
          );
        }, timeoutMs);
        const settle = (): void => {
          clearTimeout(timer);
          waiters.delete(waiter);
        };
        waiters.add(waiter);
        waiter.check();
      });
    },
    close() {
      closed = true;
      for (const waiter of [...waiters]) waiter.fail(new Error('The mail inbox was closed while waiting for mail'));
    },
  };
}
