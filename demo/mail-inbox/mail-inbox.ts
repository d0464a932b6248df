/** The local mail catcher: an SMTP listener that keeps what it receives, and a web page and JSON API to look at it. */
import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { serveHttp } from '../serve-http.js';
import { loadStaticFiles } from '../static-files.js';
import { toInboxMessage } from './inbox-message.js';
import type { InboxMessage } from './inbox-message.js';
import { createInboxRoutes, INBOX_ASSETS } from './inbox.routes.js';
import { createMessageStore } from './message-store.js';
import type { WaitForOptions } from './message-store.js';
import { createSmtpListener } from './smtp-listener.js';

/** Options for {@link createMailInbox}. Ports default to 0, which picks a free port. */
export interface MailInboxOptions {
  /** Interface both servers bind to (default `127.0.0.1`). */
  host?: string;
  smtpPort?: number;
  httpPort?: number;
  /** How many messages to keep (default {@link INBOX_LIMIT}); load tests that count every mail raise it. */
  keep?: number;
}

/** A running mail inbox. */
export interface MailInbox {
  smtpPort: number;
  /** `smtp://HOST:PORT`, for a mail transport. */
  smtpUrl: string;
  /** Base URL of the inbox page, without a trailing slash. */
  httpUrl: string;
  /** The kept messages, oldest first. */
  messages(): InboxMessage[];
  clear(): void;
  /**
   * Resolves with all kept messages that match `predicate` (oldest first) once at least `count` (default 1) exist,
   * counting those already received. Rejects after `timeoutMs` (default 5000).
   */
  waitFor(predicate: (message: InboxMessage) => boolean, options?: WaitForOptions): Promise<InboxMessage[]>;
  /** Closes the SMTP socket, as when a mail server is down; the web page stays up. */
  stopSmtp(): Promise<void>;
  /** Listens for SMTP again, on the same port. */
  startSmtp(): Promise<void>;
  smtpRunning(): boolean;
  /** Stops both servers and rejects pending `waitFor` calls. */
  close(): Promise<void>;
}

/** How many messages the inbox keeps; older ones are dropped. */
export const INBOX_LIMIT = 500;
/** Largest accepted message in bytes. */
export const INBOX_SIZE_LIMIT = 2 * 1024 * 1024;

/**
 * Starts an SMTP server and its inbox page on `host`. Messages are parsed before the SMTP reply is sent,
 * so once a sender's `sendMail` has resolved, the message is already in `messages()`.
 */
export async function createMailInbox(options: MailInboxOptions = {}): Promise<MailInbox> {
  const host = options.host ?? '127.0.0.1';
  const assets = await loadStaticFiles(new URL('./assets/', import.meta.url), INBOX_ASSETS);
  const store = createMessageStore(options.keep ?? INBOX_LIMIT);
  const smtp = createSmtpListener({
    host,
    port: options.smtpPort ?? 0,
    sizeLimit: INBOX_SIZE_LIMIT,
    async onMessage(raw, envelope) {
      const parsed = await simpleParser(raw);
      store.add(toInboxMessage(parsed, { id: randomUUID(), receivedAt: new Date(), ...envelope }));
    },
  });
  await smtp.start();
  const smtpHost = host.includes(':') ? `[${host}]` : host;
  const routes = createInboxRoutes({ store, smtp, smtpHost, assets });
  const http = await serveHttp(routes, host, options.httpPort ?? 0).catch(async (error: unknown) => {
    await smtp.stop();
    throw error;
  });

  let closing: Promise<void> | undefined;
  return {
    smtpPort: smtp.port(),
    smtpUrl: `smtp://${smtpHost}:${smtp.port()}`,
    httpUrl: http.url,
    messages: () => store.list(),
    clear: () => store.clear(),
    waitFor: (predicate, waitOptions) => store.waitFor(predicate, waitOptions),
    stopSmtp: () => smtp.stop(),
    startSmtp: () => smtp.start(),
    smtpRunning: () => smtp.running(),
    close() {
      store.close();
      closing ??= Promise.all([smtp.stop(), http.close()]).then(() => undefined);
      return closing;
    },
  };
}
