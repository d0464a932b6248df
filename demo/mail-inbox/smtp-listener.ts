/** A plain SMTP listener on loopback that accepts every message, and can be stopped and restarted on the same port. */
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { AddressInfo, Socket } from 'node:net';

/** The SMTP envelope of a received message. */
export interface SmtpEnvelope {
  from: string;
  to: string[];
}

/** Options for {@link createSmtpListener}. */
export interface SmtpListenerOptions {
  host: string;
  /** 0 picks a free port on the first start; later starts reuse it. */
  port: number;
  /** Largest accepted message in bytes. */
  sizeLimit: number;
  /** Called with each complete message; the client gets its reply only after this settles. */
  onMessage(raw: Buffer, envelope: SmtpEnvelope): Promise<void>;
}

/** An SMTP listener that can go down and come back, like a real mail server. */
export interface SmtpListener {
  /** The bound port; 0 until the first start. */
  port(): number;
  running(): boolean;
  start(): Promise<void>;
  /** Closes the listening socket and drops open connections, so new clients get ECONNREFUSED. */
  stop(): Promise<void>;
}

/** Connections get this long to read the 421 goodbye before their sockets are destroyed. */
const GOODBYE_MS = 100;

/** Creates a listener; call `start()` to bind it. */
export function createSmtpListener(options: SmtpListenerOptions): SmtpListener {
  let port = options.port;
  let current: { server: SMTPServer; sockets: Set<Socket> } | undefined;
  // Start and stop run one after another, so a quick stop-start from the inbox page cannot interleave.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>): Promise<void> => {
    const next = queue.then(step);
    queue = next.catch(() => undefined);
    return next;
  };

  const start = async (): Promise<void> => {
    if (current) return;
    // A fresh server per start: SMTPServer registers its listening/close handlers only once.
    const server = createServer(options);
    const sockets = new Set<Socket>();
    server.server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    await listen(server, options.host, port);
    port = (server.server.address() as AddressInfo).port;
    current = { server, sockets };
  };

  const stop = async (): Promise<void> => {
    if (!current) return;
    const { server, sockets } = current;
    current = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const connection of server.connections) connection.send(421, 'Mail inbox stopped, try again later');
    const timer = setTimeout(() => {
      for (const socket of sockets) socket.destroy();
    }, GOODBYE_MS);
    await closed;
    clearTimeout(timer);
  };

  return {
    port: () => port,
    running: () => current !== undefined,
    start: () => enqueue(start),
    stop: () => enqueue(stop),
  };
}

function createServer(options: SmtpListenerOptions): SMTPServer {
  const server = new SMTPServer({
    banner: 'Ressursvenn demo mail inbox',
    logger: false,
    size: options.sizeLimit,
    authOptional: true,
    // Loopback only: no TLS, and AUTH is accepted in clear text so senders configured with credentials work.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    disableReverseLookup: true,
    closeTimeout: 1000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username || 'demo' });
    },
    onData(stream, session, callback) {
      receive(stream, session, options).then(
        () => callback(),
        (error: Error) => callback(error),
      );
    },
  });
  // Client resets and similar socket errors are emitted here; without a listener they would crash the process.
  server.on('error', () => undefined);
  return server;
}

async function receive(stream: SMTPServerDataStream, session: SMTPServerSession, options: SmtpListenerOptions) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  if (stream.sizeExceeded) {
    throw Object.assign(new Error(`Message exceeds the fixed maximum message size of ${options.sizeLimit} bytes`), {
      responseCode: 552,
    });
  }
  const envelope = session.envelope;
  const from = envelope.mailFrom ? envelope.mailFrom.address : '';
  try {
    await options.onMessage(Buffer.concat(chunks), { from, to: envelope.rcptTo.map((rcpt) => rcpt.address) });
  } catch (error) {
    throw Object.assign(new Error(`Message could not be stored: ${(error as Error).message}`), { responseCode: 451 });
  }
}

function listen(server: SMTPServer, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.server.off('error', onError);
      resolve();
    };
    server.server.once('error', onError);
    server.server.once('listening', onListening);
    server.listen(port, host);
  });
}
