/**
 * The outbox drain rate: how many queued mails a second the worker delivers to a local SMTP server. The SMTP sink and
 * the worker run in two child processes of their own, so neither shares an event loop with the other or the parent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Mails delivered, the seconds it took from the worker's start, and the rate. */
export interface DrainResult {
  mails: number;
  seconds: number;
  mailsPerSecond: number;
}

/** Starts `script` and resolves with the JSON after the first `<marker> ` line it prints; rejects if it exits first. */
function runUntil(script: string, marker: string, env: Record<string, string> = {}): { child: ChildProcess; line: Promise<unknown> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = new Promise<unknown>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = new RegExp(`${marker} (.*)\\n`).exec(out);
      if (m) resolve(JSON.parse(m[1]!));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before printing ${marker}`)));
  });
  return { child, line };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Fills a fresh SQLite outbox with `mails` queued mails (default 2,000) in one child process, starts an SMTP sink in
 * another, and measures from the worker's start until every row is marked sent, with the real pooled nodemailer adapter.
 */
export async function measureDrain(mails = 2000): Promise<DrainResult> {
  const sink = runUntil('bench/servers/smtp-sink.ts', 'READY');
  try {
    const { port } = (await sink.line) as { port: number };
    const drain = runUntil('bench/servers/drain.ts', 'RESULT', { SMTP_URL: `smtp://127.0.0.1:${port}`, DRAIN_MAILS: String(mails) });
    try {
      const r = (await drain.line) as { mails: number; seconds: number };
      return { ...r, mailsPerSecond: r.mails / r.seconds };
    } finally {
      await stop(drain.child);
    }
  } finally {
    await stop(sink.child);
  }
}
