/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { openSqlite } from './database.js';
import { openPostgres } from './postgres.js';
import type { Database } from './schema.js';

export function openDatabase(config: Pick<Config, 'databaseUrl' | 'databasePath' | 'databaseMaxMb' | 'databaseBusyTimeoutMs'>): Kysely<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, { lockTimeoutMs: config.databaseBusyTimeoutMs })
    : openSqlite(config.databasePath, { maxMb: config.databaseMaxMb, busyTimeoutMs: config.databaseBusyTimeoutMs });
}
