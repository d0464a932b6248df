/** A mailer that keeps messages in memory, for unit tests of logic. The real path is tested against an SMTP server. */
import type { Mailer, MailMessage, SendResult } from './mailer.js';

export interface MemoryMailer extends Mailer {
  readonly sent: MailMessage[];
  /** Makes the next sends fail with this error until cleared with `undefined`. */
  failWith(error: (Error & { code?: string; responseCode?: number }) | undefined): void;
}

export function createMemoryMailer(): MemoryMailer {
  const sent: MailMessage[] = [];
  let failure: Error | undefined;
  return {
    sent,
    failWith(error) {
      failure = error;
    },
    async send(m) {
      if (failure) throw failure;
      sent.push(m);
      return { accepted: [...m.to], rejected: [] } satisfies SendResult;
    },
    async close() {},
  };
}
