/** A mailer that keeps messages in memory, for unit tests of logic. The real path is tested against an SMTP server. */
import type { Mailer, MailMessage, SendResult } from './mailer.js';

/** The memory mailer's extras for tests: what was sent, and ways to make sending fail. */
export interface MemoryMailer extends Mailer {
  /** Messages taken, with only the recipients that were accepted. */
  readonly sent: MailMessage[];
  /** How many times `send` was called, failed or not. */
  readonly calls: number;
  /** Makes the next sends fail with this error until cleared with `undefined`. */
  failWith(error: (Error & { code?: string; responseCode?: number }) | undefined): void;
  /**
   * Refuses these recipients as a server does at RCPT TO, with this reply code (550 by default; 4xx counts as
   * deferred). Unlike nodemailer it does not throw when every recipient is refused: it reports them in `rejected`,
   * as some transports do. Cleared with an empty list.
   */
  rejectRecipients(addresses: string[], responseCode?: number): void;
}

/** Creates an empty memory mailer that accepts everything until told otherwise. */
export function createMemoryMailer(): MemoryMailer {
  const sent: MailMessage[] = [];
  let failure: Error | undefined;
  let refused = new Map<string, number>();
  let calls = 0;
  return {
    sent,
    get calls() {
      return calls;
    },
    failWith(error) {
      failure = error;
    },
    rejectRecipients(addresses, responseCode = 550) {
      refused = new Map(addresses.map((a) => [a.toLowerCase(), responseCode]));
    },
    async send(m) {
      calls++;
      if (failure) throw failure;
      const code = (a: string) => refused.get(a.toLowerCase());
      const accepted = m.to.filter((a) => code(a) === undefined);
      const rejected = m.to.filter((a) => code(a) !== undefined);
      const deferred = rejected.filter((a) => code(a)! < 500);
      if (accepted.length > 0) sent.push({ ...m, to: accepted });
      return { accepted, rejected, ...(deferred.length ? { deferred } : {}) } satisfies SendResult;
    },
    async close() {},
  };
}
