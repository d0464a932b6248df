/** Runs `npm start`'s entry as a real child process on free ports, and stops it afterwards. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

export interface RunningProduct {
  demoUrl: string;
  inboxUrl: string;
  apiUrl: string;
  /** `PUBLIC_URL` of the intake server: links in emails, and where the coordinator workspace is opened. */
  publicUrl: string;
  output(): string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface StartOptions {
  /**
   * Host name for `PUBLIC_URL` (`http://HOST:PORT`); the server still binds 127.0.0.1. Passkeys need a name:
   * browsers refuse an IP address as WebAuthn relying party, so tests of passkeys use `localhost`.
   */
  publicHost?: string;
}

/**
 * Starts `demo/start.ts` with its own data folder and waits for its "running" banner. A free port can be taken by
 * another test process between being found and being bound (test files run in parallel): then it tries again with
 * other ports, up to three times.
 */
export async function startProduct(dataDir: string, env: Record<string, string> = {}, options: StartOptions = {}): Promise<RunningProduct> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dataDir, env, options);
    } catch (err) {
      if (attempt >= 3 || !(err instanceof PortTaken)) throw err;
    }
  }
}

class PortTaken extends Error {}

async function startOnce(dataDir: string, env: Record<string, string>, options: StartOptions): Promise<RunningProduct> {
  const [port, demoPort, inboxPort, smtpPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const publicUrl = `http://${options.publicHost ?? '127.0.0.1'}:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'demo/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DEMO_PORT: String(demoPort),
      INBOX_PORT: String(inboxPort),
      INBOX_SMTP_PORT: String(smtpPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '100',
      // Built once for the whole run by tests/support/build-assets.global.ts: products starting at once must not
      // rebuild dist/widget under one another's feet.
      DEMO_ASSETS_BUILT: '1',
      ...(options.publicHost ? { PUBLIC_URL: publicUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up in 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('Ressursvenn intake is running.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const message = `npm start exited with ${code}:\n${out}`;
      reject(out.includes('EADDRINUSE') ? new PortTaken(message) : new Error(message));
    });
  });

  return {
    demoUrl: `http://127.0.0.1:${demoPort}/`,
    inboxUrl: `http://127.0.0.1:${inboxPort}`,
    apiUrl: `http://127.0.0.1:${port}`,
    publicUrl: env.PUBLIC_URL ?? publicUrl,
    output: () => out,
    async stop() {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    },
  };
}
