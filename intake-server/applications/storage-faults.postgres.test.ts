import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

// The PostgreSQL counterpart of storage-faults.sqlite.test.ts: a table locked by another session.
let s: TestServer;
afterEach(async () => {
  await s.close();
});

describe('storage faults on PostgreSQL', () => {
  it('answers 503 with Retry-After while another session holds a lock, and 201 once it lets go', async () => {
    s = await createTestServer({ DATABASE_BUSY_TIMEOUT_MS: '300' });
    const other = new pg.Client({ connectionString: s.config.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('LOCK TABLE applications IN ACCESS EXCLUSIVE MODE');
      const locked = await postApplication(s, validApplication());
      expect(locked.status).toBe(503);
      expect(locked.headers.get('retry-after')).toBe('30');
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    expect((await postApplication(s, validApplication())).status).toBe(201);
  });
});
