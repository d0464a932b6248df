/**
 * Admin commands for backups: `backup FILE` copies the live database (SQLite's online backup API, or pg_dump), and
 * `restore FILE` brings one back (checked first). The restore drill in tests/integration runs both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
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

/** A PostgreSQL client program: from PG_BIN, else the PATH. */
function pgTool(name: string): string {
  const dir = process.env.PG_BIN;
  return dir && existsSync(join(dir, name)) ? join(dir, name) : name;
}

function runPgTool(name: string, args: string[]): void {
  const result = spawnSync(pgTool(name), args, { encoding: 'utf8' });
  if (result.error) throw new AdminError(`Cannot run ${name}: ${result.error.message}. Install PostgreSQL's client programs or set PG_BIN.`);
  if (result.status !== 0) throw new AdminError(`${name} failed: ${result.stderr.trim()}`);
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
      runPgTool('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, ctx.config.databaseUrl]);
      runPgTool('pg_restore', ['--list', target]);
      ctx.out(`Backed up the PostgreSQL database to ${target} (pg_dump custom format).`);
      return;
    }
    if (existsSync(target)) throw new AdminError(`${target} exists already; choose a new file name.`);
    const source = new SQLite(ctx.config.databasePath, { readonly: true, fileMustExist: true });
    try {
      await source.backup(target);
    } finally {
      source.close();
    }
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
      runPgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${ctx.config.databaseUrl}`, source]);
      ctx.out(`Restored ${source} into the PostgreSQL database.`);
      return;
    }
    const n = checkSqliteFile(source);
    const target = ctx.config.databasePath;
    if (existsSync(target) && !options.replace) throw new AdminError(`${target} exists. Stop the server, then run again with --replace to overwrite it.`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    const db = new SQLite(source, { readonly: true });
    try {
      await db.backup(target);
    } finally {
      db.close();
    }
    checkSqliteFile(target);
    ctx.out(`Restored ${source} to ${target}: ${n} applications, integrity ok. Start the server again.`);
  },
};
