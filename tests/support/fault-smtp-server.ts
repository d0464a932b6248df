/** A misbehaving SMTP server on loopback for fault tests: greylisting, refused recipients, refused logins. */
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** How the server misbehaves; `configure` changes it while it runs (a fixed password, greylisting over). */
export interface FaultOptions {
  /** The first RCPT TO for each address is answered with this code (451 or 450; 421 also closes the connection). */
  greylist?: 421 | 450 | 451;
  /** These recipients are refused with 550 at RCPT TO, every time. */
  refuse?: string[];
  /** Clients must log in with these credentials (AUTH is required); anything else gets 535. */
  auth?: { user: string; pass: string };
}

/** A message the server took. */
export interface FaultMessage {
  envelopeTo: string[];
  subject: string;
  text: string;
  html: string;
}

/** A running fault server. */
export interface FaultSmtpServer {
  port: number;
  /** `smtp://[user:pass@]127.0.0.1:PORT`. */
  url(credentials?: { user: string; pass: string }): string;
  configure(options: FaultOptions): void;
  readonly received: FaultMessage[];
  /** How many logins were refused and recipients answered with a 4xx or 5xx, for assertions that faults happened. */
  readonly refusals: { auth: number; greylisted: number; refused: number };
  /** Resolves once `count` received messages match, polling; rejects after `timeoutMs`. */
  waitFor(match: (m: FaultMessage) => boolean, options?: { count?: number; timeoutMs?: number }): Promise<FaultMessage[]>;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 and a free port. Auth is required only when `options.auth` is given at start. */
export async function startFaultSmtpServer(initial: FaultOptions = {}): Promise<FaultSmtpServer> {
  let options = initial;
  const seen = new Set<string>();
  const received: FaultMessage[] = [];
  const refusals = { auth: 0, greylisted: 0, refused: 0 };

  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    // Loopback only: AUTH in clear text is fine here, and required when the test asks for it.
    allowInsecureAuth: true,
    authOptional: initial.auth === undefined,
    authMethods: ['PLAIN', 'LOGIN'],
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      const want = options.auth;
      if (!want || (auth.username === want.user && auth.password === want.pass)) return callback(null, { user: auth.username });
      refusals.auth++;
      return callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (options.refuse?.map((a) => a.toLowerCase()).includes(to)) {
        refusals.refused++;
        return callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      }
      if (options.greylist && !seen.has(to)) {
        seen.add(to);
        refusals.greylisted++;
        return callback(Object.assign(new Error('Greylisted, please try again later'), { responseCode: options.greylist }));
      }
      return callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || '',
          });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: (c) => `smtp://${c ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.pass)}@` : ''}127.0.0.1:${port}`,
    configure(next) {
      options = next;
    },
    received,
    refusals,
    async waitFor(match, { count = 1, timeoutMs = 5000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${count} message(s), have ${found.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
