/**
 * `npm run bench`: measures, in one run on this machine, bare Hono and the full durable application POST, and the
 * widget's weight; writes the figures and their ratios to bench/RESULTS.md. Ratios against a baseline measured in
 * the same run are what to compare across machines and days; absolute figures drift with the machine's load.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validApplication } from '../contract/fixtures.js';
import { measureDrain } from './drain.js';
import { findPostgresBin, startPostgresCluster } from '../tests/support/postgres-cluster.js';
import { runLoad, type LoadResult } from './load.js';
import { formatWidgetReport, GZIP_BUDGET_BYTES, measureWidget, TIME_BUDGET_MS } from './widget.js';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const CONNECTIONS = 50;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);

/** Milliseconds from spawning each server to its READY line: the cold start. */
const coldStarts: Record<string, number> = {};

async function withServer<T>(script: string, fn: (url: string) => Promise<T>, env: Record<string, string> = {}): Promise<T> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /READY (.*)\n/.exec(out);
      if (m) {
        coldStarts[script + (env.DATABASE_URL ? ' (PostgreSQL)' : '')] = performance.now() - started;
        resolve((JSON.parse(m[1]!) as { url: string }).url);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  try {
    return await fn(url);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

// Every application is a different person, as in real traffic: no duplicates, a receipt for each. The counter runs
// across all runs, warm-ups included, so no measured application repeats an earlier one's address.
let sent = 0;
const post = (withKey: boolean) => () => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(withKey ? { 'Idempotency-Key': crypto.randomUUID() } : {}) },
  body: JSON.stringify(validApplication({ email: `person${sent++}@example.no`, elapsedMs: 60_000 })),
});

/**
 * The same load for WARMUP_MS first, not counted: JIT compilation and first allocations are start-up, not the rate
 * a running server keeps (cold start is measured on its own below). Then DURATION_MS, measured.
 */
async function measure(url: string, withKey: boolean): Promise<LoadResult> {
  const load = { url, connections: CONNECTIONS, makeRequest: post(withKey), expectStatus: 201 };
  await runLoad({ ...load, durationMs: WARMUP_MS });
  return runLoad({ ...load, durationMs: DURATION_MS });
}

const bare = await withServer('bench/servers/bare-hono.ts', (url) => measure(url, false));
const validateOnly = await withServer('bench/servers/validate-only.ts', (url) => measure(url, false));
const full = await withServer('bench/servers/intake.ts', (url) => measure(`${url}/api/v1/applications`, true));
// The same POST on PostgreSQL (a cluster of its own with its default durability: fsync on), when it is installed.
const pgBin = findPostgresBin();
let fullPg: LoadResult | undefined;
if (pgBin) {
  const cluster = await startPostgresCluster(pgBin, { durable: true });
  try {
    const url = await cluster.createDatabase();
    fullPg = await withServer(
      'bench/servers/intake.ts',
      (base) => measure(`${base}/api/v1/applications`, true),
      { DATABASE_URL: url },
    );
  } finally {
    cluster.stop();
  }
}
const drain = await measureDrain();

const widget = await measureWidget();
writeFileSync(`${root}/bench/WIDGET.md`, formatWidgetReport(widget));

const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${(r.requestsPerSecond / bare.requestsPerSecond).toFixed(3)} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.errors} |`;

const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString()}.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Load: ${CONNECTIONS} keep-alive connections for ${DURATION_MS / 1000} s each (after ${WARMUP_MS / 1000} s of the same load, not counted), from a load generator in the parent process,
to a server in a child process, all on 127.0.0.1. Ratios are against bare Hono measured in the same run.

| what | requests/s | ratio to bare Hono | p50 ms | p99 ms | errors |
|---|---|---|---|---|---|
${row('bare Hono (baseline)', bare)}
${row('validation only (read the body, validate with the contract)', validateOnly)}
${row('full application POST on SQLite (validate, screen, route, commit with its outbox rows, synchronous=FULL)', full)}
${fullPg ? row('full application POST on PostgreSQL 15 (same code, pg pool of 10, fsync on)', fullPg) : '| full application POST on PostgreSQL | not measured: PostgreSQL is not installed | | | | |'}

| cold start (spawn to listening, through tsx) | ms |
|---|---|
${Object.entries(coldStarts).map(([k, v]) => `| ${k} | ${v.toFixed(0)} |`).join('\n')}

| outbox | mails/s |
|---|---|
| outbox drain to a local SMTP server: ${drain.mails} queued mails, pooled nodemailer, worker and SMTP sink in their own processes | ${drain.mailsPerSecond.toFixed(0)} |

| widget (details in bench/WIDGET.md) | measured | budget |
|---|---|---|
| transferred until interactive in Bokmål (gzip) | ${widget.bytesUntilInteractive} bytes | ${GZIP_BUDGET_BYTES} bytes |
| script arrival to interactive, median / p90 (headless Chromium, ${widget.runs} cold runs) | ${widget.msToInteractive.median.toFixed(0)} / ${widget.msToInteractive.p90.toFixed(0)} ms | ${TIME_BUDGET_MS} ms |
`;
writeFileSync(`${root}/bench/RESULTS.md`, report);
process.stdout.write(report);
