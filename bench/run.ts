/**
 * `npm run bench`: measures, in one run on this machine, bare Hono and the full durable application POST, and the
 * widget's weight; writes the figures and their ratios to bench/RESULTS.md. Ratios against a baseline measured in
 * the same run are what to compare across machines and days; absolute figures drift with the machine's load.
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validApplication } from '../contract/fixtures.js';
import { readConfig } from '../intake-server/config.js';
import { formatColdStart, measureColdStart } from './cold-start.js';
import { measureDrain } from './drain.js';
import { findPostgresBin, startPostgresCluster } from '../tests/support/postgres-cluster.js';
import { runLoad, type LoadResult } from './load.js';
import { timeOrderedKey } from '../widget/idempotency-key.js';
import { formatWidgetReport, GZIP_BUDGET_BYTES, measureWidget, TIME_BUDGET_MS } from './widget.js';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const CONNECTIONS = 50;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** Milliseconds from spawning each server to its READY line: the cold start. */
const coldStarts: Record<string, number> = {};

interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Spawns a benchmark server and waits for its READY line. */
async function startServer(script: string, env: Record<string, string> = {}): Promise<Server> {
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
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

// Every application is a different person, as in real traffic: no duplicates, a receipt for each. The counter runs
// across all runs, warm-ups included, so no measured application repeats an earlier one's address.
let sent = 0;
// Idempotency keys as the widget makes them (UUID v7, sorted by time); a second intake server gets random UUID v4
// keys, as another client might send, to show what the widget's choice is worth.
type KeyKind = 'none' | 'widget' | 'random';
const makeKey: Record<KeyKind, () => Record<string, string>> = {
  none: () => ({}),
  widget: () => ({ 'Idempotency-Key': timeOrderedKey() }),
  random: () => ({ 'Idempotency-Key': crypto.randomUUID() }),
};
const post = (key: KeyKind) => () => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...makeKey[key]() },
  body: JSON.stringify(validApplication({ email: `person${sent++}@example.no`, elapsedMs: 60_000 })),
});

interface Target {
  name: string;
  url: string;
  key: KeyKind;
}

/**
 * Every run starts with nothing left for the disk to flush: measured without this, whichever intake server ran second
 * in a row was about 7% slower, paying for the first one's writes in its own fsyncs.
 */
function load(t: Target, durationMs: number): Promise<LoadResult> {
  execFileSync('sync');
  return runLoad({ url: t.url, connections: CONNECTIONS, durationMs, makeRequest: post(t.key), expectStatus: 201 });
}

/**
 * Each target first gets WARMUP_MS of the same load, not counted: JIT compilation and first allocations are start-up,
 * not the rate a running server keeps (cold start is measured on its own). Then ROUNDS rounds, each measuring every
 * target in turn for DURATION_MS: a ratio compares runs a few seconds apart, and the median of the rounds is
 * reported, so a slow moment of this shared machine does not decide a figure on its own.
 */
async function measureRounds(targets: Target[]): Promise<Map<string, LoadResult[]>> {
  for (const t of targets) await load(t, WARMUP_MS);
  const results = new Map(targets.map((t) => [t.name, [] as LoadResult[]]));
  for (let r = 0; r < ROUNDS; r++) for (const t of targets) results.get(t.name)!.push(await load(t, DURATION_MS));
  return results;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// The intake server as configured by default on this machine (SQLITE_WRITER_THREAD=auto), the same for random keys,
// and the other way of committing, to show what the default choice is worth here.
const writerThread = readConfig({}).sqliteWriterThread;
const commitsIn = (thread: boolean) => (thread ? 'a writer thread' : 'the HTTP thread');
const servers = [
  await startServer('bench/servers/bare-hono.ts'),
  await startServer('bench/servers/validate-only.ts'),
  await startServer('bench/servers/intake.ts'),
  await startServer('bench/servers/intake.ts'),
  await startServer('bench/servers/intake.ts', { SQLITE_WRITER_THREAD: String(!writerThread) }),
];
let rounds: Map<string, LoadResult[]>;
try {
  rounds = await measureRounds([
    { name: 'bare', url: servers[0]!.url, key: 'none' },
    { name: 'validate', url: servers[1]!.url, key: 'none' },
    { name: 'full', url: `${servers[2]!.url}/api/v1/applications`, key: 'widget' },
    { name: 'full-random-keys', url: `${servers[3]!.url}/api/v1/applications`, key: 'random' },
    { name: 'full-other-writer', url: `${servers[4]!.url}/api/v1/applications`, key: 'widget' },
  ]);
} finally {
  for (const s of servers) await s.stop();
}

// The same POST on PostgreSQL (a cluster of its own with its default durability: fsync on), when it is installed.
// Measured alone (after its warm-up), against the median of bare Hono.
const pgBin = findPostgresBin();
let fullPg: LoadResult[] | undefined;
if (pgBin) {
  const cluster = await startPostgresCluster(pgBin, { durable: true });
  try {
    const server = await startServer('bench/servers/intake.ts', { DATABASE_URL: await cluster.createDatabase() });
    try {
      fullPg = (await measureRounds([{ name: 'pg', url: `${server.url}/api/v1/applications`, key: 'widget' }])).get('pg');
    } finally {
      await server.stop();
    }
  } finally {
    cluster.stop();
  }
}
const drain = await measureDrain();
const coldStart = await measureColdStart();

const widget = await measureWidget();
const widgetOnPhone = await measureWidget({ profile: 'mobile' });
writeFileSync(`${root}/bench/WIDGET.md`, formatWidgetReport(widget, new Date(), widgetOnPhone));

const bare = rounds.get('bare')!;
const bareMedian = median(bare.map((b) => b.requestsPerSecond));
/** Median requests/s and latencies over the rounds; the ratio is the median of each round's ratio to bare Hono. */
function row(name: string, results: LoadResult[], pairedWithBare: boolean): string {
  const ratios = results.map((r, i) => r.requestsPerSecond / (pairedWithBare ? bare[i]!.requestsPerSecond : bareMedian));
  const errors = results.reduce((n, r) => n + r.errors, 0);
  return `| ${name} | ${median(results.map((r) => r.requestsPerSecond)).toFixed(0)} | ${median(ratios).toFixed(3)} (${ratios.map((x) => x.toFixed(3)).join(', ')}) | ${median(results.map((r) => r.p50Ms)).toFixed(1)} | ${median(results.map((r) => r.p99Ms)).toFixed(1)} | ${errors} |`;
}

const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString()}.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Load: ${CONNECTIONS} keep-alive connections from a load generator in the parent process to servers in child processes,
all on 127.0.0.1. Each server first gets ${WARMUP_MS / 1000} s of the same load, not counted; then ${ROUNDS} rounds measure bare Hono,
validation and the full POST (with the widget's keys, with random keys, committing the other way) in turn for ${DURATION_MS / 1000} s each. Figures are medians over the rounds; the ratio is the
median of each round's ratio to bare Hono in that round (the rounds' own ratios in brackets).

| what | requests/s | ratio to bare Hono | p50 ms | p99 ms | errors |
|---|---|---|---|---|---|
${row('bare Hono (baseline)', bare, true)}
${row('validation only (read the body, validate with the contract)', rounds.get('validate')!, true)}
${row(`full application POST on SQLite (validate, screen, route, commit with its outbox rows, synchronous=FULL), keys as the widget makes them, commits in ${commitsIn(writerThread)} (the default with ${availableParallelism()} cores)`, rounds.get('full')!, true)}
${row('the same with random UUID v4 idempotency keys (another client; a fresh server of its own)', rounds.get('full-random-keys')!, true)}
${row(`the same with commits in ${commitsIn(!writerThread)} (SQLITE_WRITER_THREAD=${!writerThread})`, rounds.get('full-other-writer')!, true)}
${fullPg ? row('full application POST on PostgreSQL 15 (same code, pg pool of 10, fsync on; its rounds after the others, against the median of bare Hono)', fullPg, false) : '| full application POST on PostgreSQL | not measured: PostgreSQL is not installed | | | | |'}

${formatColdStart(coldStart)}

| the benchmark's own servers (spawn to listening, through tsx) | ms |
|---|---|
${Object.entries(coldStarts).map(([k, v]) => `| ${k} | ${v.toFixed(0)} |`).join('\n')}

| outbox | mails/s |
|---|---|
| outbox drain to a local SMTP server: ${drain.mails} queued mails, pooled nodemailer, worker and SMTP sink in their own processes | ${drain.mailsPerSecond.toFixed(0)} |

| widget (details in bench/WIDGET.md) | measured | budget |
|---|---|---|
| transferred until interactive in Bokmål (gzip) | ${widget.bytesUntilInteractive} bytes | ${GZIP_BUDGET_BYTES} bytes |
| script arrival to interactive, median / p90 (headless Chromium, ${widget.runs} cold runs) | ${widget.msToInteractive.median.toFixed(0)} / ${widget.msToInteractive.p90.toFixed(0)} ms | ${TIME_BUDGET_MS} ms |
| the same on Lighthouse's mobile profile (Fast 3G, CPU 4× slower): script arrival to interactive, median / p90 | ${widgetOnPhone.msToInteractive.median.toFixed(0)} / ${widgetOnPhone.msToInteractive.p90.toFixed(0)} ms | |
| on that profile, navigation start to interactive, median / p90 | ${widgetOnPhone.msFromNavigation.median.toFixed(0)} / ${widgetOnPhone.msFromNavigation.p90.toFixed(0)} ms | |
`;
writeFileSync(`${root}/bench/RESULTS.md`, report);
process.stdout.write(report);
