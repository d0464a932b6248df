/**
 * `npm run bench`: measures, in one run on this machine, bare Hono and the full durable application POST, and the
 * widget's weight; writes the figures and their ratios to bench/RESULTS.md. Ratios against a baseline measured in
 * the same run are what to compare across machines and days; absolute figures drift with the machine's load.
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
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

/** How the PostgreSQL path got where it is (issue 17), written under its rows. */
const POSTGRES_HISTORY = `Before issue 17 a batch was one transaction of 11 statements, each waiting for the one before
(BEGIN; the stored answers; the address's earlier applications; a check of the drawn references; three statements of
routing; three multi-row INSERTs; COMMIT), one batch at a time: 0.45 round trips per application (6,543 statements for
14,396 applications, batches of about 29, counted the same way on 2026-12-03). Now a batch that spends no association
budget (as here: RATE_LIMIT_PER_ASSOCIATION=0) sends two statements and waits for two answers:

- **One read.** The stored answers of its idempotency keys, its addresses' earlier applications, which of its drawn
  references are taken and the routing generation are asked at once and go as one statement, each query's rows as one
  JSON value (\`intake-server/db/one-read.ts\`).
- **One write.** All its rows as one statement (\`WITH w0 AS (INSERT …), … SELECT 1\`, atomic by itself), each table's
  rows as one \`jsonb\` value, each row an array of its values in column order (\`intake-server/db/row-inserter.ts\`),
  so the text is the same for any number of rows; it is a named prepared statement on each
  connection (\`intake-server/db/postgres.ts\`), parsed and planned once per connection: PostgreSQL's statement log
  showed its parse (0.13 ms) gone and its bind down from 0.23 to 0.13 ms.
- **Routing asks nothing while its data is unchanged.** An instance keeps the routes it has worked out; triggers raise
  a routing generation in the same transaction as any change to associations, coordinators, their kommuner or postal
  ranges, the postal-code register or the kommune list (migration 0010, \`intake-server/routing/route-cache.ts\`), and a
  batch that finds the number moved works its routes out again before deciding anything. Routing had been the longest
  chain of the reads (two waits in sequence); without it the read phase took half the time in a paired run.
- **The next batch starts before the last one is answered.** When a batch's write is answered, the next batch (the
  requests that arrived meanwhile) sends its read first, and the HTTP thread writes the answers while PostgreSQL
  reads: about 7% more applications per second in paired runs (5,262 / 5,265 / 5,350 against 4,927 / 4,857 / 5,050).

A batch that spends budgets keeps its transaction, for the row locks. A batch that fails for something one
application may have caused (a unique clash, a value refused) is retried one application at a time. Round trips per
application depend on the batch size: they are counted over the whole run above.

Where the time goes now (PostgreSQL's statement log, /proc and a CPU profile, paired runs of 4 s): a batch of about 25
applications every 5 ms; in PostgreSQL the read takes about 0.4 ms and the write about 1.3 ms, its fsync included. The
rest of the cycle is the HTTP thread: PostgreSQL's answer waits until the thread has handled the requests that arrived
before it. The HTTP thread is busy about 55% of the time, PostgreSQL about 37%, and the two cores are idle about a
third of the time: the HTTP thread and PostgreSQL mostly take turns, and reaching 0.25 would need them to overlap.

Tried and not kept: two or three batches at once (they never share an idempotency key, an address or a challenge, so
that stays possible: POSTGRES_BATCHES_IN_FLIGHT in intake-server/context.ts). With two statements per batch, in three
paired rounds of 4 s: one at a time 4,514 / 4,869 / 4,761 requests/s, two 4,525 / 4,670 / 4,653; PostgreSQL and the
HTTP thread spent about a fifth more CPU per application, and the batches got smaller (15 instead of 25). The next
batch's reads during the last one's write (two batches at most, one of them reading): 4,617 / 4,856 / 4,811 against
4,920 / 5,103 / 5,092 one at a time, for the same reason. Committing
in a writer thread of its own, as SQLite can (two threads and a structured clone of every application took more CPU
per application; within the noise of this shared machine). Naming the read as a prepared statement: its text changes
with the batch's size (the IN lists), and a prepared \`select *\` fails with "cached plan must not change result type"
once another instance has migrated the table; the write's result is always \`select 1\`, and a test adds columns to
its tables from another session between batches.

Issue 17, second day (paired runs of 3–4 rounds of 4 s against bare Hono, CPU per application from /proc):
- **Kept: the write's rows as arrays of values in \`jsonb\`** instead of objects keyed by column in \`json\`. A new
  application sent 2,850 bytes (applications 920, its two outbox rows 1,533, its stored answer 397), half of them
  column names; a \`json\` parameter is checked on the way in and parsed again by \`json_populate_recordset\`, and
  PostgreSQL's JSON parsing was about a fifth of its CPU. On its own (25 rows of the applications table, 1,500
  times): 0.26 ms of PostgreSQL CPU a batch against 0.36, and 833 bytes a row against 1,378; \`unnest\` of one
  array per column took 0.31 ms and more on the HTTP thread; \`json_to_recordset\` with short keys 0.28 ms.
  In the full POST, PostgreSQL's CPU per application went from 82–100 µs to 74–78 µs, and the ratio of the
  paired runs from 0.20–0.24 (median 0.224) to 0.24–0.26.
- **Not kept: the read as a prepared statement with one array per \`IN\` list** (\`= any($1)\`, the same text for
  any batch). PostgreSQL chose its generic plan while the tables were nearly empty and kept it: its CPU per
  application grew from 80 µs to 1,000 µs within 16 s (ratio 0.10, then 0.04). A prepared read is only safe with
  a plan that cannot go stale with the tables' size.
- **Not kept, measured again: two batches at once** (POSTGRES_BATCHES_IN_FLIGHT=2): 4,822 / 5,349 / 5,657
  requests/s against 4,881 / 5,218 / 5,273 one at a time, within the noise, with 10–20% more PostgreSQL CPU per
  application and a fifth less idle CPU.
- **Not kept: a bigger young generation** (\`--max-semi-space-size=32\`): the HTTP thread's CPU per application
  down about 10% (113–116 µs against 128 µs), the rate unchanged in alternating runs (0.234 / 0.224 against
  0.236 / 0.226).
- **Where the time goes:** per application, the HTTP thread about 115–130 µs of CPU, PostgreSQL about 75 µs, the load
  generator about 55 µs, and about 110 µs of the two cores' time idle. With 100 connections instead of 50 the rate
  rose only 5% and the cores stayed about as idle: the limit is not how many requests wait, it is that a batch's
  read, the HTTP thread's work on it and its write follow one another, while the answers, the load generator's next
  requests and their parsing crowd the same two cores in bursts. The HTTP thread's profile is flat (no function
  above 3%); PostgreSQL's (\`perf\`) now has index inserts and the foreign-key checks (one per application and one per
  outbox row, each an executor start of its own) at about an eighth each and planning the unnamed read at about a
  fourteenth.

Issue 17, third day (alternating rounds of 4 s: the current code and the change, each on a database of its own in one
cluster, CPU per application from /proc):
- **Why the scratch runs' ratios (0.24–0.26) are above the bench's (0.18):** their bare Hono got the widget's
  \`Idempotency-Key\` header too, and making it costs the load generator about a third more per request (20,000–23,000
  requests/s against 29,000 without it, the load generator a whole core either way). The bench's baseline sends no
  key, as before, so its ratio is the stricter one; the figures below compare rates, not ratios.
- **Not kept: one statement per batch.** A batch whose routes were all kept assumed what is nearly always true (no
  earlier application or receipt for its addresses, no stored answer for its keys, none of its references taken,
  routing unchanged), decided on that, and wrote in one statement that asked the same reads first and wrote only if
  they found nothing (\`WITH g AS (SELECT (SELECT count(*) FROM (…)) = 0 AND … AS ok), w0 AS (INSERT … WHERE (SELECT
  ok FROM g)), …\`); otherwise it read and decided again. Round trips halved (6,423 statements against 11,564 in the
  same run), the HTTP thread's CPU per application 5–10% lower, PostgreSQL's 10–15% higher: the one statement is
  planned with every batch (0.22 ms warm, where the write alone is prepared), and the guard's reads cost what the
  read did. Rates: 5,396 / 5,160 / 4,987 / 5,067 / 5,136 / 4,937 against 5,194 / 5,162 / 4,806 / 5,278 / 5,239 /
  4,934 (median 0.99). With \`NOT EXISTS (…)\` instead of counts, PostgreSQL planned each read to stop at its first row
  and scanned the table for it: its CPU per application grew from 173 to 426 µs within 16 s. To bound what any
  change to the reads can win, a run that skipped them altogether (wrong answers, measurement only): 6,100–6,400
  requests/s, PostgreSQL 55 µs per application; so the read costs PostgreSQL about 20 µs per application in index
  lookups and planning, not in its round trip.
- **The two-instance p99 and checkpoints.** Counted per round (now in every bench run, below the table): in 8
  paired rounds of two instances, p99 19–29 ms in the rounds without a checkpoint, 52.7 ms in the one round in which
  PostgreSQL completed one (after about 540 MB of WAL, its default \`max_wal_size\` of 1 GB). In the bench run
  that followed, the slowest two-instance round (58 ms) completed none, though one may have been under way (a
  checkpoint spreads its writes over most of the time to the next). Checkpoints are one cause of the slow rounds, not
  shown to be the only one. The bench's cluster keeps PostgreSQL's defaults; a production database's checkpoint
  settings are its operator's.
- **What the database waits for, and the other cause of slow rounds.** Sampling \`pg_stat_activity\` every 5 ms
  during paired rounds of two instances: the busy backends were mostly in \`IO:WALSync\` (the commit's fsync, about
  half the samples), then on the CPU (about a quarter), then in \`LWLock:WALWrite\` (a commit waiting for the other
  instance's flush). In the slow rounds, \`IO:WALInitWrite\` and \`IO:WALInitSync\` appear too: the bench's cluster is
  new, so every 16 MB of WAL (about 4,700 applications) a committing backend creates a WAL file and fills it with
  zeros first, where a database that has run for a while reuses old files. Six rounds each on a new cluster, the
  setting \`wal_init_zero\` switched by \`ALTER SYSTEM\`, the last five rounds of each: with it on (the default), p99
  22.5 / 20.6 / 56.1 / 18.7 / 28.0 ms; with it off, 19.5 / 17.6 / 23.2 / 17.8 / 21.3 ms and no \`WALInit\` waits. The bench keeps the
  default and a new cluster: the figures are those of a new database, and its slow rounds are reported as measured.

Issue 17, fourth day (alternating rounds of 4 s in one process tree, the same servers throughout):
- **Bare Hono's figure is the load generator's ceiling.** The same three servers under this bench's load generator
  (\`bench/load.ts\`, node:http) and under \`wrk\` (Debian's package, one thread, 50 connections, a Lua script making
  the same bodies and time-ordered keys), taking turns: bare Hono 27,948–29,677 requests/s against 62,755–67,337
  under \`wrk\`; the full POST on PostgreSQL 5,019–5,197 against 6,032–6,248; on SQLite 6,787–7,393 against
  8,196–8,653. PostgreSQL ran at 0.70–0.75 of SQLite under both. The ratio to bare Hono is the issue's measure and
  stays against this load generator, as when the issue was filed; under \`wrk\` it would be 0.09–0.10 for PostgreSQL
  and 0.13 for SQLite, because bare Hono then gets the core the generator no longer takes.
- **Not the cause: the connection to PostgreSQL.** Over a Unix socket instead of TCP on 127.0.0.1: 4,904 / 5,239 /
  5,229 requests/s against 5,793 / 5,242 / 5,412 (within the noise).
- **Not the cause: the scheduler.** The HTTP thread's profile showed \`writev\` to PostgreSQL as its largest item
  (about a seventh of its samples), and the thread was preempted 0.16–0.21 times per application (about four times a
  batch), as if each write to PostgreSQL woke a backend that took the thread's core. With the HTTP server alone on
  one core and the load generator and PostgreSQL on the other (\`taskset\`, measurement only), preemptions fell to
  0.02–0.04 per application and the rate stayed the same (5,286 / 5,288 / 5,098). The thread and PostgreSQL take
  turns because each batch's read, decisions and write follow one another, not because they are scheduled on one
  core.
- **Where this leaves the goal.** The bounds measured on the third day still hold: PostgreSQL skipping its reads
  altogether (wrong answers) carried 6,100–6,400 requests/s, about 0.21 of this bench's bare Hono, and the server
  with no database work at all about 0.36. A 0.25 on PostgreSQL with \`fsync\` on needs the durable write itself
  (for each application four rows, twelve index entries and three foreign-key checks; a WAL flush for each batch)
  to cost less than it does on this machine, not fewer round trips.`;

/** Milliseconds from spawning each server to its READY line: the cold start. */
const coldStarts: Record<string, number> = {};

interface Server {
  url: string;
  /** Stops the server; resolves with everything it wrote to stdout. */
  stop(): Promise<string>;
}

/** Spawns a benchmark server and waits for its READY line. */
async function startServer(script: string, env: Record<string, string> = {}): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
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
      return out;
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
  /** Several: the load generator's connections are spread over them. */
  url: string | string[];
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
async function measureRounds(targets: Target[], counter?: EventCounter): Promise<Map<string, LoadResult[]>> {
  for (const t of targets) await load(t, WARMUP_MS);
  const results = new Map(targets.map((t) => [t.name, [] as LoadResult[]]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of targets) {
      const before = await counter?.count();
      results.get(t.name)!.push(await load(t, DURATION_MS));
      if (counter) counter.byRound(t.name).push((await counter.count()) - before!);
    }
  }
  return results;
}

/** Something counted around each measured round (PostgreSQL's checkpoints), kept per target and round. */
interface EventCounter {
  count(): Promise<number>;
  byRound(target: string): number[];
}

/**
 * Checkpoints PostgreSQL has completed (timed and requested), read from its statistics: a checkpoint's last phase
 * flushes every data file it wrote, and the commits waiting on the same disk meanwhile are the slowest of a run.
 */
function checkpointCounter(client: pg.Client): EventCounter {
  const rounds = new Map<string, number[]>();
  let query: string | undefined;
  return {
    async count() {
      // PostgreSQL 17 moved these counters from pg_stat_bgwriter to pg_stat_checkpointer.
      query ??= Number((await client.query<{ v: string }>(`select current_setting('server_version_num') as v`)).rows[0]!.v) >= 170000
        ? 'select num_timed + num_requested as n from pg_stat_checkpointer'
        : 'select checkpoints_timed + checkpoints_req as n from pg_stat_bgwriter';
      return Number((await client.query<{ n: string }>(query)).rows[0]!.n);
    },
    byRound(target) {
      let list = rounds.get(target);
      if (!list) rounds.set(target, (list = []));
      return list;
    },
  };
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
// Measured alone (after its warm-up), against the median of bare Hono; then two instances on one database (a database
// of their own) behind the same load generator, half of its connections to each.
const pgBin = findPostgresBin();
let fullPg: LoadResult[] | undefined;
let twoPg: LoadResult[] | undefined;
/** Statements (each a round trip) per stored application on PostgreSQL, over the server's whole run. */
let pgRoundTrips: { queries: number; applications: number } | undefined;
/** Checkpoints completed during each measured round of the PostgreSQL rows. */
let checkpoints: EventCounter | undefined;
if (pgBin) {
  const cluster = await startPostgresCluster(pgBin, { durable: true });
  const stats = new pg.Client({ connectionString: await cluster.createDatabase() });
  try {
    await stats.connect();
    checkpoints = checkpointCounter(stats);
    const database = await cluster.createDatabase();
    const server = await startServer('bench/servers/intake.ts', { DATABASE_URL: database });
    let output = '';
    try {
      fullPg = (await measureRounds([{ name: 'pg', url: `${server.url}/api/v1/applications`, key: 'widget' }], checkpoints)).get('pg');
    } finally {
      output = await server.stop();
    }
    const queries = Number(/QUERIES (\d+)/.exec(output)?.[1] ?? NaN);
    pgRoundTrips = { queries, applications: await countApplications(database) };
    const shared = await cluster.createDatabase();
    const two = [await startServer('bench/servers/intake.ts', { DATABASE_URL: shared }), await startServer('bench/servers/intake.ts', { DATABASE_URL: shared })];
    try {
      twoPg = (await measureRounds([{ name: 'pg-two', url: two.map((s) => `${s.url}/api/v1/applications`), key: 'widget' }], checkpoints)).get('pg-two');
    } finally {
      for (const s of two) await s.stop();
    }
  } finally {
    await stats.end().catch(() => undefined);
    cluster.stop();
  }
}

async function countApplications(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('select count(*) as n from applications')).rows[0]!.n);
  } finally {
    await client.end();
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

/** What the PostgreSQL rows rest on: round trips per application, measured in this run and before group commit changed. */
function postgresNotes(r: { queries: number; applications: number }): string {
  return `
On PostgreSQL, ${r.queries} statements (each a round trip) stored ${r.applications} applications over the single
server's whole run, start-up included: ${(r.queries / r.applications).toFixed(2)} round trips per application.
${checkpointNotes()}

${POSTGRES_HISTORY}
`;
}

/** The checkpoints completed in each PostgreSQL row's rounds, and the p99 of the rounds without one. */
function checkpointNotes(): string {
  const rows = [['the single instance', 'pg', fullPg], ['two instances', 'pg-two', twoPg]] as const;
  const parts = rows.flatMap(([label, name, results]) => {
    if (!results || !checkpoints) return [];
    const counts = checkpoints.byRound(name);
    const quiet = results.filter((_, i) => counts[i] === 0);
    const without = quiet.length > 0 && quiet.length < results.length ? `; p99 of the rounds without one ${median(quiet.map((q) => q.p99Ms)).toFixed(1)} ms` : '';
    return [`${label}: ${counts.join(' / ')} in its rounds (p99 ${results.map((q) => q.p99Ms.toFixed(0)).join(' / ')} ms)${without}`];
  });
  if (parts.length === 0) return '';
  return `Checkpoints PostgreSQL completed while a round ran (with its default \`max_wal_size\` of 1 GB and about 3.4 KB
of WAL per application, one starts every few hundred MB of WAL; while it flushes its data files, commits wait longer
on the same disk): ${parts.join('; ')}.`;
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
${fullPg ? row('full application POST on PostgreSQL 15 (same code, pg pool of 10, one batch at a time, fsync on; its rounds after the others, against the median of bare Hono)', fullPg, false) : '| full application POST on PostgreSQL | not measured: PostgreSQL is not installed | | | | |'}
${twoPg ? row('two instances of the same on one PostgreSQL database, one load generator spreading its 50 connections over both (against the median of bare Hono)', twoPg, false) : '| two instances on one PostgreSQL database | not measured: PostgreSQL is not installed | | | | |'}
${pgRoundTrips ? postgresNotes(pgRoundTrips) : ''}
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
