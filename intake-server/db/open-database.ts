/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
import { existsSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { openSqlite } from './database.js';
import { openPostgres } from './postgres.js';
import { ensurePrivateDir } from './private-files.js';
import type { Database } from './schema.js';

/**
 * On SQLite the data folder is created as 0700, or narrowed to 0700 when an older release or a copy left it open to
 * others, before the file is opened (see `private-files.ts`).
 */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'databasePath' | 'databaseMaxMb' | 'databaseBusyTimeoutMs'> & Partial<Pick<Config, 'dataDir'>>): Kysely<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, { lockTimeoutMs: config.databaseBusyTimeoutMs });
  // DATABASE_PATH may lie outside DATA_DIR: then the data folder is made private only where it exists (secret.key).
  if (config.dataDir && (isInside(config.databasePath, config.dataDir) || existsSync(config.dataDir))) ensurePrivateDir(config.dataDir);
  return openSqlite(config.databasePath, { maxMb: config.databaseMaxMb, busyTimeoutMs: config.databaseBusyTimeoutMs });
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
