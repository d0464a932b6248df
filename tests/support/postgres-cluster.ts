/**
 * A throwaway PostgreSQL cluster for the test suites: initdb into a temp folder, a free port on 127.0.0.1, fsync off,
 * stopped and removed afterwards. As root it runs the server as the `postgres` user, because initdb refuses root.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../../intake-server/config.js';
import { freePort } from './free-port.js';

export interface PostgresCluster {
  /** Connection string of the cluster's `postgres` database. */
  adminUrl: string;
  /** The same database through the cluster's Unix socket, in libpq's form with no host (`postgresql://user@/db?host=…`). */
  adminSocketUrl: string;
  /** Creates an empty database and returns its connection string. */
  createDatabase(): Promise<string>;
  stop(): void;
}

/** Where PostgreSQL's server binaries are: PG_BIN (read by the server's config), Debian's newest version, or the PATH. Undefined when absent. */
export function findPostgresBin(): string | undefined {
  const { pgBin } = readConfig();
  if (pgBin && existsSync(join(pgBin, 'initdb'))) return pgBin;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? join(which.stdout.trim(), '..') : undefined;
}

/** Starts a cluster; throws with initdb's or pg_ctl's own words when that fails. */
export async function startPostgresCluster(bin: string, options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'rv-pg-'));
  const data = join(dir, 'data');
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    return asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' }) : execFileSync(full, args, { stdio: 'pipe' });
  };
  if (asRoot) {
    const pgUser = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const pgGroup = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(pgUser), Number(pgGroup));
  }
  chmodSync(dir, 0o700);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  // Tests need no durability; a benchmark that compares with SQLite's synchronous=FULL keeps PostgreSQL's defaults.
  const durability = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300${durability}`;
  run('pg_ctl', ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    adminUrl,
    adminSocketUrl: `postgresql://postgres@/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    async createDatabase() {
      const name = `t_${process.pid}_${Date.now().toString(36)}_${n++}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
