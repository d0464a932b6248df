/**
 * Admin commands for backups: `backup FILE` copies the live database (SQLite's online backup API, or pg_dump), and
 * `restore FILE` brings one back (checked first). The restore drill in tests/integration runs both. A backup holds
 * everything the database does, so it is written as the service user's alone (0600), like the database itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createPrivateFile, preparePrivateSqliteFile, SQLITE_COMPANIONS, tightenFile } from '../db/private-files.js';
import { splitUrlPassword } from '../lib/url-password.js';
import { AdminError, type AdminCommand } from './admin-command.js';

/** `integrity_check` and the number of applications in an SQLite file; throws when the file is not sound. */
function checkSqliteFile(file: string): number {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AdminError(`${file} is damaged: integrity_check says "${String(integrity)}".`);
    return (db.prepare('select count(*) as n from applications').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A PostgreSQL client program: from the folder PG_BIN names (`config.pgBin`), else the PATH. */
function pgTool(name: string, pgBin: string | undefined): string {
  return pgBin && existsSync(join(pgBin, name)) ? join(pgBin, name) : name;
}

function runPgTool(name: string, args: string[], pgBin: string | undefined, password?: string): void {
  // The password goes by the environment: a command line is readable by every user of the host (ps, /proc).
  const env = password === undefined ? process.env : { ...process.env, PGPASSWORD: password };
  const result = spawnSync(pgTool(name, pgBin), args, { encoding: 'utf8', env });
  if (result.error) throw new AdminError(`Cannot run ${name}: ${result.error.message}. Install PostgreSQL's client programs or set PG_BIN.`);
  if (result.status !== 0) throw new AdminError(`${name} failed: ${result.stderr.trim()}`);
}

/**
 * Creates the backup file empty and private (0600) before anything is written into it. `exclusive`: refuse a file
 * that exists (SQLite backups never overwrite).
 */
function privateTarget(target: string, exclusive: boolean): void {
  try {
    createPrivateFile(target, { exclusive });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new AdminError(`${target} exists already; choose a new file name.`);
    throw new AdminError(`Cannot create ${target}: ${(err as Error).message}`);
  }
}

/** `backup FILE` */
export const backupCommand: AdminCommand = {
  words: ['backup'],
  args: ['FILE'],
  summary: 'Copy the database to FILE while the server runs (SQLite online backup, or pg_dump for PostgreSQL)',
  details: 'The copy is consistent even while applications arrive. Keep backups as safely as the database: they hold personal data.',
  async run(ctx, [file]) {
    const target = file!;
    if (ctx.config.databaseUrl) {
      // pg_dump writes into the file it is given and keeps its mode: made private before a byte is written.
      privateTarget(target, false);
      const { url, password } = splitUrlPassword(ctx.config.databaseUrl);
      runPgTool('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, url], ctx.config.pgBin, password);
      tightenFile(target);
      runPgTool('pg_restore', ['--list', target], ctx.config.pgBin);
      ctx.out(`Backed up the PostgreSQL database to ${target} (pg_dump custom format).`);
      return;
    }
    privateTarget(target, true);
    try {
      const source = new SQLite(ctx.config.databasePath, { readonly: true, fileMustExist: true });
      try {
        await source.backup(target);
      } finally {
        source.close();
      }
    } catch (err) {
      // The empty file made above is ours: no half-written backup is left behind.
      for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(`${target}${suffix}`, { force: true });
      throw err;
    }
    for (const file of [target, ...SQLITE_COMPANIONS.map((s) => `${target}${s}`)]) tightenFile(file);
    const n = checkSqliteFile(target);
    ctx.out(`Backed up ${ctx.config.databasePath} to ${target}: ${n} applications, integrity ok.`);
  },
};

/** `restore FILE` */
export const restoreCommand: AdminCommand = {
  words: ['restore'],
  args: ['FILE'],
  options: { replace: { type: 'boolean', description: 'overwrite an existing database (stop the server first)' } },
  summary: 'Bring back a backup made with "backup" (stop the server first)',
  opensDatabase: false,
  async run(ctx, [file], options) {
    const source = file!;
    if (!existsSync(source)) throw new AdminError(`${source} does not exist.`);
    if (ctx.config.databaseUrl) {
      const { url, password } = splitUrlPassword(ctx.config.databaseUrl);
      runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, source], ctx.config.pgBin, password);
      ctx.out(`Restored ${source} into the PostgreSQL database.`);
      return;
    }
    const n = checkSqliteFile(source);
    const target = ctx.config.databasePath;
    if (existsSync(target) && !options.replace) throw new AdminError(`${target} exists. Stop the server, then run again with --replace to overwrite it.`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    // The restored database is created 0600 (its WAL and index follow its mode), in a 0700 folder when one is made.
    preparePrivateSqliteFile(target);
    const db = new SQLite(source, { readonly: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    for (const file of [target, ...SQLITE_COMPANIONS.map((s) => `${target}${s}`)]) tightenFile(file);
    checkSqliteFile(target);
    ctx.out(`Restored ${source} to ${target}: ${n} applications, integrity ok. Start the server again.`);
  },
};
