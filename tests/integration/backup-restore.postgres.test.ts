import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { testDatabaseEnv } from '../../intake-server/test-support.js';
import { findPostgresBin } from '../support/postgres-cluster.js';
import { restoreDrill } from '../support/restore-drill.js';
import { createTempDir } from '../support/temp-dir.js';

const dir = createTempDir('rv-drill-');
afterAll(() => dir.remove());

describe('backup and restore on PostgreSQL', () => {
  it('brings back every application acknowledged before the backup, with its mail (pg_dump / pg_restore)', async () => {
    const { DATABASE_URL } = await testDatabaseEnv();
    await restoreDrill(
      {
        env: { DATA_DIR: dir.path, DATABASE_URL: DATABASE_URL!, PG_BIN: findPostgresBin() ?? '' },
        async lose() {
          const client = new pg.Client({ connectionString: DATABASE_URL });
          await client.connect();
          await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
          await client.end();
        },
      },
      join(dir.path, 'backup.dump'),
    );
  });
});
