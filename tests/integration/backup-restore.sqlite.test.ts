import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreDrill } from '../support/restore-drill.js';
import { createTempDir } from '../support/temp-dir.js';

const dir = createTempDir('rv-drill-');
afterAll(() => dir.remove());

describe('backup and restore on SQLite', () => {
  it('brings back every application acknowledged before the backup, with its mail', async () => {
    const databasePath = join(dir.path, 'intake.sqlite');
    await restoreDrill(
      {
        env: { DATA_DIR: dir.path, DATABASE_PATH: databasePath },
        async lose() {
          for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
          expect(existsSync(databasePath)).toBe(false);
        },
      },
      join(dir.path, 'backup.sqlite'),
    );
  });
});
