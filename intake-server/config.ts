/** The intake server's configuration: the only reader of the environment. Validated once, then frozen. */
import { resolve } from 'node:path';
import * as v from 'valibot';

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

const EnvSchema = v.object({
  HOST: v.optional(v.pipe(v.string(), v.nonEmpty('HOST must not be empty')), '127.0.0.1'),
  PORT: integer('PORT', 0, 65535, 8787),
  PUBLIC_URL: v.optional(url('PUBLIC_URL', ['http:', 'https:'])),
  DATA_DIR: v.optional(v.pipe(v.string(), v.nonEmpty('DATA_DIR must not be empty')), 'data'),
  DATABASE_PATH: v.optional(v.pipe(v.string(), v.nonEmpty('DATABASE_PATH must not be empty'))),
  SMTP_URL: v.optional(url('SMTP_URL', ['smtp:', 'smtps:']), 'smtp://127.0.0.1:2525'),
  MAIL_FROM: v.optional(
    v.pipe(v.string(), v.regex(/^[^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/, 'MAIL_FROM must be an address, e.g. "Ressursvenn <ikke-svar@ressursvenn.no>"')),
    'Ressursvenn <ikke-svar@ressursvenn.localhost>',
  ),
  SEED_FILE: v.optional(v.string(), 'intake-server/seed/associations.json'),
  WIDGET_DIR: v.optional(v.string(), 'dist/widget'),
  LOG_LEVEL: v.optional(v.picklist(['debug', 'info', 'warn', 'error', 'silent'], 'LOG_LEVEL must be one of debug, info, warn, error, silent'), 'info'),
  OUTBOX_POLL_MS: integer('OUTBOX_POLL_MS', 10, 60_000, 1000),
  OUTBOX_BACKOFF_BASE_MS: integer('OUTBOX_BACKOFF_BASE_MS', 10, 3_600_000, 2000),
  OUTBOX_BACKOFF_CAP_MS: integer('OUTBOX_BACKOFF_CAP_MS', 10, 86_400_000, 60_000),
  OUTBOX_MAX_ATTEMPTS: integer('OUTBOX_MAX_ATTEMPTS', 1, 100_000, 500),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  readonly host: string;
  readonly port: number;
  /** Base of links in emails and of the widget's default API address. */
  readonly publicUrl: string;
  readonly databasePath: string;
  readonly smtpUrl: string;
  readonly mailFrom: string;
  readonly seedFile: string;
  readonly widgetDir: string;
  readonly logLevel: LogLevel;
  readonly outbox: {
    readonly pollMs: number;
    readonly backoffBaseMs: number;
    readonly backoffCapMs: number;
    readonly maxAttempts: number;
    readonly leaseMs: number;
    readonly batchSize: number;
  };
}

/** Thrown when the environment is invalid; `problems` has one plain sentence per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration from an environment (default `process.env`). */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(EnvSchema.entries).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const result = v.safeParse(EnvSchema, picked);
  if (!result.success) {
    throw new ConfigError(
      result.issues.map((issue) => {
        const key = String(issue.path?.[0]?.key ?? 'environment');
        return issue.message.startsWith(key) ? `${issue.message} (got ${JSON.stringify(picked[key])})` : `${key}: ${issue.message}`;
      }),
    );
  }
  const e = result.output;
  const dataDir = resolve(e.DATA_DIR);
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databasePath: resolve(e.DATABASE_PATH ?? `${dataDir}/intake.sqlite`),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    seedFile: resolve(e.SEED_FILE),
    widgetDir: resolve(e.WIDGET_DIR),
    logLevel: e.LOG_LEVEL,
    outbox: Object.freeze({
      pollMs: e.OUTBOX_POLL_MS,
      backoffBaseMs: e.OUTBOX_BACKOFF_BASE_MS,
      backoffCapMs: Math.max(e.OUTBOX_BACKOFF_CAP_MS, e.OUTBOX_BACKOFF_BASE_MS),
      maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      leaseMs: 60_000,
      batchSize: 50,
    }),
  });
}
