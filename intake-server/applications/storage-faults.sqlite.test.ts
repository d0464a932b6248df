import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../contract/index.js';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

// Storage faults as SQLite has them: a full disk (DATABASE_MAX_MB stands in for it) and a lock held by another
// process. storage-faults.postgres.test.ts has the PostgreSQL counterpart.
let s: TestServer;
afterEach(async () => {
  await s.close();
});

const countApplications = async () => Number((await s.ctx.db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('storage faults on SQLite', () => {
  it('answers 503 with Retry-After when the disk is full, and every 201 was committed', async () => {
    // A 1 MB cap on the database file stands in for a full disk.
    s = await createTestServer({ DATABASE_MAX_MB: '1' });
    let accepted = 0;
    let full: Response | undefined;
    for (let i = 0; i < 2000 && !full; i++) {
      const res = await postApplication(s, validApplication({ email: `kari${i}@example.no`, motivation: 'x'.repeat(1500) }));
      if (res.status === 201) accepted++;
      else full = res;
    }
    expect(full?.status, s.logs.filter((l) => l.includes('error')).join('')).toBe(503);
    expect(accepted).toBeGreaterThan(10);
    expect(full?.headers.get('retry-after')).toBe('30');
    const body = (await full!.json()) as ErrorBody;
    expect(body.error.code).toBe('service_unavailable');
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|sqlite/);
    expect(await countApplications()).toBe(accepted);
    expect(await s.ctx.db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual({ n: accepted * 2 });
  });

  it('answers 503 with Retry-After while another process holds the database lock, and 201 once it lets go', async () => {
    s = await createTestServer({ DATABASE_BUSY_TIMEOUT_MS: '200' });
    const other = new SQLite(s.config.databasePath);
    other.exec('BEGIN IMMEDIATE');
    const locked = await postApplication(s, validApplication());
    expect(locked.status).toBe(503);
    expect(locked.headers.get('retry-after')).toBe('30');
    other.exec('ROLLBACK');
    other.close();
    expect((await postApplication(s, validApplication())).status).toBe(201);
    expect(await countApplications()).toBe(1);
  });

});
