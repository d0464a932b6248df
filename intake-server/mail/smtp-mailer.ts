/** The nodemailer adapter of the mail port: pooled SMTP with short timeouts. */
import type { Transporter } from 'nodemailer';
import type { Mailer, MailMessage, SendResult } from './mailer.js';

export interface SmtpMailerOptions {
  /** Parallel SMTP connections (default 3). */
  maxConnections?: number;
  /** Longest wait for a connection, for the server's greeting, and (times three) for a reply; default 10 s. */
  timeoutMs?: number;
}

/** Creates a mailer that sends through the SMTP server at `smtpUrl` (e.g. `smtp://user:pass@mail.example:587`). */
export function createSmtpMailer(smtpUrl: string, from: string, options: SmtpMailerOptions = {}): Mailer {
  // nodemailer is loaded with the first mail, not at start (about 50 ms of a cold start).
  let transport: Promise<Transporter> | undefined;
  const connect = async (): Promise<Transporter> => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url: smtpUrl,
      // A pool reuses connections: the greeting delay of a server is paid once, not per mail.
      pool: true,
      maxConnections: options.maxConnections ?? 3,
      maxMessages: 500,
      connectionTimeout: options.timeoutMs ?? 10_000,
      // A server that accepts the connection and never greets must not hold a worker: give up and retry later.
      greetingTimeout: options.timeoutMs ?? 10_000,
      socketTimeout: (options.timeoutMs ?? 10_000) * 3,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  };

  return {
    async send(m: MailMessage): Promise<SendResult> {
      const info = await (await (transport ??= connect())).sendMail({
        from,
        to: m.to,
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
        subject: m.subject,
        text: m.text,
        html: m.html,
        ...(m.attachments ? { attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) } : {}),
        ...(m.id ? { messageId: `<${m.id}@${domainOf(from)}>` } : {}),
        headers: {
          'Content-Language': m.language,
          // RFC 3834: an automatic message; out-of-office replies should not answer it.
          'Auto-Submitted': 'auto-generated',
        },
      });
      const rejected = addressesOf(info.rejected);
      // Per-recipient replies: a 4xx (greylisting, a full mailbox) is worth another try, a 5xx is not.
      const errors = (info as { rejectedErrors?: { recipient?: unknown; responseCode?: unknown }[] }).rejectedErrors ?? [];
      const deferred = errors.filter((e) => typeof e.responseCode === 'number' && e.responseCode < 500).map((e) => String(e.recipient));
      return { accepted: addressesOf(info.accepted), rejected, ...(deferred.length ? { deferred } : {}) };
    },
    async close() {
      if (transport) (await transport).close();
    },
  };
}

function addressesOf(xs: unknown): string[] {
  return Array.isArray(xs) ? xs.map((x) => (typeof x === 'string' ? x : String((x as { address?: string }).address))) : [];
}

/** The domain of the sender address, for Message-IDs. */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}
