/** The intake server's configuration: the only reader of the environment. Validated once, then frozen. */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { maskUrlPassword } from './lib/url-password.js';

const integer = (name: string, min: number, max: number, fallback: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.transform((s) => s.trim()),
    v.regex(/^\d+$/, `${name} must be a whole number between ${min} and ${max}`),
    v.transform(Number),
    v.minValue(min, `${name} must be at least ${min}`),
    v.maxValue(max, `${name} must be at most ${max}`),
  );

const url = (name: string, protocols: string[]) =>
  v.pipe(
    v.string(),
    v.check((s) => {
      try {
        return protocols.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`),
  );

/**
 * PostgreSQL's connection URI as libpq and node-postgres read it. Its socket form names a user but no host
 * (`postgresql://ressursvenn@/ressursvenn?host=/var/run/postgresql`), which a WHATWG URL refuses: the host comes from
 * `?host=`, so that form is checked with a placeholder host.
 */
const postgresUrl = v.pipe(
  v.string(),
  v.check(
    (s) => /^postgres(ql)?:\/\//.test(s) && [s, s.replace(/^(postgres(?:ql)?:\/\/[^/@]*@)\//, '$1socket/')].some((candidate) => URL.canParse(candidate)),
    'DATABASE_URL must be a URL starting with postgres:// or postgresql://, such as postgres://user:password@host:5432/ressursvenn, or postgresql://user@/ressursvenn?host=/var/run/postgresql for a Unix socket',
  ),
);

/**
 * With fewer cores the writer thread has none of its own: it and the HTTP thread take turns, and handing each
 * application across (copying it, waking the other thread) costs more than the overlap gains. Measured on two cores
 * with the load generator beside the server: commits in the HTTP thread carried 6–25% more applications per second
 * in paired runs (README, Benchmarks).
 */
const WRITER_THREAD_MIN_CORES = 3;

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The variables and how each is checked; `configOf` turns the checked values into the `Config`. */
const EnvSchema = v.object({
  HOST: v.optional(v.pipe(v.string(), v.nonEmpty('HOST must not be empty')), '127.0.0.1'),
  PORT: integer('PORT', 0, 65535, 8787),
  PUBLIC_URL: v.optional(url('PUBLIC_URL', ['http:', 'https:'])),
  DATA_DIR: v.optional(v.pipe(v.string(), v.nonEmpty('DATA_DIR must not be empty')), 'data'),
  DATABASE_PATH: v.optional(v.pipe(v.string(), v.nonEmpty('DATABASE_PATH must not be empty'))),
  SMTP_URL: v.optional(url('SMTP_URL', ['smtp:', 'smtps:']), 'smtp://127.0.0.1:2525'),
  MAIL_FROM: v.optional(
    v.pipe(v.string(), v.regex(/^[^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/, 'MAIL_FROM must be an address, e.g. "Ressursvenn <soknad@ressursvenn.no>"')),
    'Ressursvenn <soknad@ressursvenn.localhost>',
  ),
  SEED_FILE: v.optional(v.string()),
  WIDGET_DIR: v.optional(v.string(), 'dist/widget'),
  LOG_LEVEL: v.optional(v.picklist(LOG_LEVELS, `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
  OUTBOX_POLL_MS: integer('OUTBOX_POLL_MS', 10, 60_000, 1000),
  OUTBOX_BACKOFF_BASE_MS: integer('OUTBOX_BACKOFF_BASE_MS', 10, 3_600_000, 2000),
  OUTBOX_BACKOFF_CAP_MS: integer('OUTBOX_BACKOFF_CAP_MS', 10, 86_400_000, 60_000),
  OUTBOX_MAX_ATTEMPTS: integer('OUTBOX_MAX_ATTEMPTS', 1, 100_000, 500),
  OUTBOX_AUTH_PAUSE_MS: integer('OUTBOX_AUTH_PAUSE_MS', 10, 86_400_000, 300_000),
  SMTP_TIMEOUT_MS: integer('SMTP_TIMEOUT_MS', 100, 600_000, 10_000),
  HTTP_HEADERS_TIMEOUT_MS: integer('HTTP_HEADERS_TIMEOUT_MS', 100, 600_000, 10_000),
  HTTP_REQUEST_TIMEOUT_MS: integer('HTTP_REQUEST_TIMEOUT_MS', 100, 600_000, 30_000),
  OUTBOX_LEASE_MS: integer('OUTBOX_LEASE_MS', 1000, 3_600_000, 60_000),
  DATABASE_URL: v.optional(postgresUrl),
  DATABASE_MAX_MB: integer('DATABASE_MAX_MB', 0, 1_000_000, 0),
  DATABASE_BUSY_TIMEOUT_MS: integer('DATABASE_BUSY_TIMEOUT_MS', 0, 600_000, 5000),
  SQLITE_WRITER_THREAD: v.optional(v.picklist(['auto', 'true', 'false'], 'SQLITE_WRITER_THREAD must be auto, true or false'), 'auto'),
  ALTCHA_SECRET: v.optional(v.pipe(v.string(), v.minLength(32, 'ALTCHA_SECRET must be at least 32 characters (e.g. `openssl rand -hex 32`)'))),
  // Trimmed, and counted without whitespace: 32 spaces are no key (second attack, finding 10).
  SECRET_KEY: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((k) => k.replace(/\s/g, '').length >= 32, 'SECRET_KEY must be at least 32 characters other than spaces (e.g. `openssl rand -hex 32`)'),
    ),
  ),
  TRUST_PROXY: v.optional(v.picklist(['true', 'false'], 'TRUST_PROXY must be true or false'), 'false'),
  MIN_FILL_MS: integer('MIN_FILL_MS', 0, 600_000, 3000),
  DUPLICATE_WINDOW_DAYS: integer('DUPLICATE_WINDOW_DAYS', 0, 3650, 183),
  RATE_LIMIT_PER_IP: integer('RATE_LIMIT_PER_IP', 0, 1_000_000, 10),
  RATE_LIMIT_PER_ASSOCIATION: integer('RATE_LIMIT_PER_ASSOCIATION', 0, 1_000_000, 100),
  QUARANTINE_DAYS: integer('QUARANTINE_DAYS', 1, 3650, 30),
  IDEMPOTENCY_HOURS: integer('IDEMPOTENCY_HOURS', 1, 8760, 72),
  RETENTION_MONTHS: integer('RETENTION_MONTHS', 1, 120, 6),
  REMINDER_WORKING_DAYS: integer('REMINDER_WORKING_DAYS', 1, 60, 3),
  ESCALATION_DAYS: integer('ESCALATION_DAYS', 1, 365, 14),
  RATE_LIMIT_EVENTS_PER_IP: integer('RATE_LIMIT_EVENTS_PER_IP', 0, 1_000_000, 120),
  PG_BIN: v.optional(v.string()),
});

/** Every variable the server reads (`.env.example` lists each; a test keeps the two in step). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.entries);

/** Thrown when the environment is invalid; `problems` has one plain sentence per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The demo's associations (the fictional Eksempelby and a few real towns with example addresses). */
export const DEMO_SEED_FILE = 'intake-server/seed/associations.json';

/** The slug of the demo's fictional association: a seed that defines it is the demo's seed. */
const DEMO_ASSOCIATION = 'eksempelby';

export interface ReadConfigOptions {
  /**
   * Set by the production entry (`dist/server/main.js`): no seed unless SEED_FILE names one, and the start is refused
   * for what must not reach real volunteers (see `productionProblems`). The demo (`npm start`) and the
   * tests keep the demo's seed by default.
   */
  production?: boolean;
}

/** Object.freeze that keeps `number` a number (Object.freeze's own typing would make `batchSize` the type `50`). */
const frozen = <T>(o: T): Readonly<T> => Object.freeze(o);

/**
 * The configuration from the checked variables: the one list of its fields, each documented here (`Config` is this
 * function's result type).
 */
function configOf(e: v.InferOutput<typeof EnvSchema>, options: ReadConfigOptions) {
  const dataDir = resolve(e.DATA_DIR);
  const seedFile = e.SEED_FILE ?? (options.production ? 'none' : DEMO_SEED_FILE);
  return frozen({
    host: e.HOST,
    port: e.PORT,
    /** Base of links in emails and of the widget's default API address. */
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databasePath: resolve(e.DATABASE_PATH ?? `${dataDir}/intake.sqlite`),
    /** When set (`postgres://...`), PostgreSQL instead of the SQLite file: several instances can share it. */
    databaseUrl: e.DATABASE_URL,
    /** Largest size the SQLite file may grow to, in MB (0: no cap). Past it, intake answers 503 as on a full disk. */
    databaseMaxMb: e.DATABASE_MAX_MB,
    /** How long a write waits for another process's lock before intake answers 503. */
    databaseBusyTimeoutMs: e.DATABASE_BUSY_TIMEOUT_MS,
    /**
     * Whether SQLite commits applications in a thread of their own (see `SQLITE_WRITER_THREAD` in the README): by
     * default only with three or more cores, where that thread gets a core to itself.
     */
    sqliteWriterThread: e.SQLITE_WRITER_THREAD === 'auto' ? availableParallelism() >= WRITER_THREAD_MIN_CORES : e.SQLITE_WRITER_THREAD === 'true',
    smtpUrl: e.SMTP_URL,
    /** Connection and greeting timeout of SMTP (replies may take three times as long). */
    smtpTimeoutMs: e.SMTP_TIMEOUT_MS,
    /** Slow clients: a request must send its headers, and all of itself, within these. */
    httpHeadersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
    httpRequestTimeoutMs: Math.max(e.HTTP_REQUEST_TIMEOUT_MS, e.HTTP_HEADERS_TIMEOUT_MS),
    mailFrom: e.MAIL_FROM,
    /** Associations created at start when their slug is new (insert-only: never changes the operator's); null with SEED_FILE=none. */
    seedFile: seedFile === 'none' ? null : resolve(seedFile),
    widgetDir: resolve(e.WIDGET_DIR),
    logLevel: e.LOG_LEVEL,
    /** Keys the hashes of client addresses kept for rate limits; from SECRET_KEY or a file in DATA_DIR. */
    secretKey: e.SECRET_KEY,
    dataDir,
    /** Take the client address from X-Forwarded-For (only behind a reverse proxy that sets it). */
    trustProxy: e.TRUST_PROXY === 'true',
    /**
     * The folder of PostgreSQL's programs (`pg_dump` and `pg_restore` for the admin tool's backups; `initdb` for the
     * tests' throwaway cluster). Unset: the PATH.
     */
    pgBin: e.PG_BIN,
    screening: frozen({
      /** Submissions sent faster than this after the first keystroke are held back as automated. */
      minFillMs: e.MIN_FILL_MS,
      /** A second application from the same address within this many days joins the first. */
      duplicateWindowDays: e.DUPLICATE_WINDOW_DAYS,
      /** Applications per client address per 10 minutes; 0 turns the limit off. */
      ratePerIp: e.RATE_LIMIT_PER_IP,
      /** Applications per association per hour; 0 turns the limit off. */
      ratePerAssociation: e.RATE_LIMIT_PER_ASSOCIATION,
      /** When set, the widget must solve an ALTCHA proof-of-work challenge signed with this secret. */
      altchaSecret: e.ALTCHA_SECRET,
    }),
    retention: frozen({
      quarantineDays: e.QUARANTINE_DAYS,
      idempotencyHours: e.IDEMPOTENCY_HOURS,
      /** Applications not ready for matching are deleted this many months after their last activity. */
      months: e.RETENTION_MONTHS,
    }),
    followUp: frozen({
      /** Coordinators are reminded after this many working days without contact, then at most once a working day. */
      reminderWorkingDays: e.REMINDER_WORKING_DAYS,
      /** The national contact is told, once, after this many days without contact. */
      escalationDays: e.ESCALATION_DAYS,
    }),
    figures: frozen({
      /** Widget counts (`POST /api/v1/events`) per client address per 10 minutes; 0 turns the limit off. */
      eventsPerIp: e.RATE_LIMIT_EVENTS_PER_IP,
    }),
    outbox: frozen({
      pollMs: e.OUTBOX_POLL_MS,
      backoffBaseMs: e.OUTBOX_BACKOFF_BASE_MS,
      backoffCapMs: Math.max(e.OUTBOX_BACKOFF_CAP_MS, e.OUTBOX_BACKOFF_BASE_MS),
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      /** How long delivery pauses after the SMTP server refuses the service's credentials. */
      authPauseMs: e.OUTBOX_AUTH_PAUSE_MS,
      leaseMs: e.OUTBOX_LEASE_MS,
      batchSize: 50,
    }),
  });
}

/** The server's configuration, frozen; its fields and their meaning are `configOf`'s. */
export type Config = ReturnType<typeof configOf>;

/** Variables whose whole value is a secret: a problem with one says its length, never its value. */
const SECRET_VARIABLES = new Set(['SECRET_KEY', 'ALTCHA_SECRET']);

/**
 * A variable's value as a problem may quote it: start-up problems reach the console and the service's log, so a
 * secret is not shown and a URL's password is masked.
 */
function shown(key: string, value: string): string {
  if (SECRET_VARIABLES.has(key)) return `${value.length} characters, not shown`;
  return JSON.stringify(maskUrlPassword(value));
}

/** Reads and validates the configuration from an environment (default `process.env`). */
export function readConfig(env: Record<string, string | undefined> = process.env, options: ReadConfigOptions = {}): Config {
  const picked = Object.fromEntries(
    Object.keys(EnvSchema.entries).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const result = v.safeParse(EnvSchema, picked);
  if (!result.success) {
    throw new ConfigError(
      result.issues.map((issue) => {
        const key = String(issue.path?.[0]?.key ?? 'environment');
        return issue.message.startsWith(key) ? `${issue.message} (got ${shown(key, picked[key]!)})` : `${key}: ${issue.message}`;
      }),
    );
  }
  const config = configOf(result.output, options);
  if (options.production) {
    const problems = productionProblems(config);
    if (problems.length > 0) throw new ConfigError(problems);
  }
  return config;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What the production start refuses, one plain sentence each: an address browsers would not keep the sign-in cookie
 * on, a secret that is no secret, and the demo's associations (their coordinators do not exist, so real applications
 * would reach nobody).
 */
export function productionProblems(config: Config): string[] {
  const problems: string[] = [];
  const url = new URL(config.publicUrl);
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    problems.push(`PUBLIC_URL must start with https:// (got ${JSON.stringify(config.publicUrl)}): coordinators sign in with a __Host- cookie, which browsers keep only over HTTPS. Only localhost may use http://.`);
  }
  if (config.secretKey === undefined) {
    const keyFile = join(config.dataDir, 'secret.key');
    if (existsSync(keyFile) && Buffer.byteLength(readFileSync(keyFile, 'utf8').trim()) < 32) {
      problems.push(`The key file ${keyFile} is empty or shorter than 32 bytes: restore it from the backup, or delete it to have a new one made (rate limits and the recognition of repeated applications then start afresh), or set SECRET_KEY.`);
    }
  }
  if (config.seedFile !== null && seedDefinesDemo(config.seedFile)) {
    problems.push(`SEED_FILE ${config.seedFile} is the demo's seed (it defines the fictional association "${DEMO_ASSOCIATION}"): production starts without a seed. Leave SEED_FILE unset and add associations with the admin tool, or name a file of your own.`);
  }
  return problems;
}

function seedDefinesDemo(file: string): boolean {
  try {
    const seed = JSON.parse(readFileSync(file, 'utf8')) as { associations?: { slug?: unknown }[] };
    return Array.isArray(seed.associations) && seed.associations.some((a) => a?.slug === DEMO_ASSOCIATION);
  } catch {
    return false; // Missing or broken: the seeding at start says so in its own words.
  }
}
