import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPostgresBin } from '../../tests/support/postgres-cluster.js';
import { testDatabaseEnv } from '../test-support.js';
import { runAdmin } from './run-admin.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

let dir: string;
let umask: number;
beforeEach(() => {
  umask = process.umask(0o022);
  dir = mkdtempSync(join(tmpdir(), 'rv-backup-'));
});
afterEach(() => {
  process.umask(umask);
  rmSync(dir, { recursive: true, force: true });
});

async function admin(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runAdmin(argv, { env, stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe('backups at rest', () => {
  it('finding 13.4: a backup is the service user’s alone (0600), and so is a restored database', async () => {
    const database = await testDatabaseEnv();
    const env = { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', PG_BIN: findPostgresBin() ?? '', ...database };
    const backup = join(dir, 'intake-backup');
    const made = await admin(env, 'backup', backup);
    expect(made.code, made.stderr).toBe(0);
    expect(modeOf(backup)).toBe(0o600);
    if (database.DATABASE_URL) return; // pg_restore into the live database is the restore drill's (tests/integration)

    expect(modeOf(join(dir, 'data'))).toBe(0o700);
    const target = join(dir, 'data', 'intake.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
    const restored = await admin(env, 'restore', backup);
    expect(restored.code, restored.stderr).toBe(0);
    expect(modeOf(target)).toBe(0o600);
    // A backup never overwrites: the second one to the same name is refused and the first is left as it was.
    const again = await admin(env, 'backup', backup);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
    expect(existsSync(backup)).toBe(true);
  });
});
