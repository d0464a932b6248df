/**
 * The compiled server's cold start, as production runs it (`node dist/server/main.js`, no tsx): milliseconds from
 * spawning the process to its "listening" log line, and to the answer 201 of an application posted the moment it
 * listens. Measured on a new data folder (the first start: the database is created and migrated) and again on the
 * same folder (every later start). Over `runs` cold processes each; part of `npm run bench`, or on its own:
 * `node --import tsx bench/cold-start.ts` after `npm run build`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validApplication } from '../contract/fixtures.js';
import { PROCESS_SEED } from '../tests/support/process-seed.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Budgets of the release (issue 12), on this kind of machine. */
const COLD_START_BUDGET = { listeningMs: 250, firstApplicationMs: 400 };

interface Start {
  listeningMs: number;
  firstApplicationMs: number;
}

async function startOnce(dataDir: string, entry: string[]): Promise<Start> {
  const started = performance.now();
  const child = spawn(process.execPath, entry, {
    cwd: root,
    // SMTP points nowhere: the mail waits in the outbox, which is what the first seconds of a restart look like.
    env: { PATH: process.env.PATH ?? '', PORT: '0', DATA_DIR: dataDir, SEED_FILE: PROCESS_SEED, SMTP_URL: 'smtp://127.0.0.1:9', LOG_LEVEL: 'info', RATE_LIMIT_PER_IP: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d) => {
        out += d;
        const m = /"intake server listening".*?"url":"([^"]+)"/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
    });
    const listeningMs = performance.now() - started;
    const res = await fetch(`${url}/api/v1/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(validApplication({ association: 'narvik', postalCode: '8514', email: `cold-${crypto.randomUUID()}@example.no`, elapsedMs: 60_000 })),
    });
    if (res.status !== 201) throw new Error(`the first application got ${res.status}`);
    return { listeningMs, firstApplicationMs: performance.now() - started };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

export interface Percentiles {
  p50: number;
  p90: number;
}
const percentiles = (xs: number[]): Percentiles => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { p50: at(0.5), p90: at(0.9) };
};

export interface ColdStartResult {
  runs: number;
  first: { listening: Percentiles; firstApplication: Percentiles };
  restart: { listening: Percentiles; firstApplication: Percentiles };
  /** The same first start from the TypeScript sources through tsx (how `npm start` runs), for comparison. */
  tsxListening: Percentiles;
}

export async function measureColdStart(runs = 15): Promise<ColdStartResult> {
  const compiled = ['dist/server/main.js'];
  const first: Start[] = [];
  const restart: Start[] = [];
  const tsx: Start[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'rv-cold-'));
    try {
      first.push(await startOnce(dir, compiled));
      restart.push(await startOnce(dir, compiled));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (let i = 0; i < Math.min(runs, 5); i++) {
    const dir = mkdtempSync(join(tmpdir(), 'rv-cold-'));
    try {
      tsx.push(await startOnce(dir, ['--import', 'tsx', 'intake-server/main.ts']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const summary = (xs: Start[]) => ({ listening: percentiles(xs.map((x) => x.listeningMs)), firstApplication: percentiles(xs.map((x) => x.firstApplicationMs)) });
  return { runs, first: summary(first), restart: summary(restart), tsxListening: percentiles(tsx.map((x) => x.listeningMs)) };
}

export function formatColdStart(r: ColdStartResult): string {
  const ms = (p: Percentiles) => `${p.p50.toFixed(0)} / ${p.p90.toFixed(0)}`;
  return `| cold start of the compiled server (\`node dist/server/main.js\`), ${r.runs} processes each, p50 / p90 | to listening, ms | to the first stored application, ms |
|---|---|---|
| first start (new data folder: database created and migrated) | ${ms(r.first.listening)} | ${ms(r.first.firstApplication)} |
| restart (same data folder) | ${ms(r.restart.listening)} | ${ms(r.restart.firstApplication)} |
| budget | ${COLD_START_BUDGET.listeningMs} | ${COLD_START_BUDGET.firstApplicationMs} |
| for comparison: the first start from the sources through tsx | ${ms(r.tsxListening)} | |`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${formatColdStart(await measureColdStart(Number(process.env.COLD_START_RUNS ?? 15)))}\n`);
}
