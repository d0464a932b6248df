/**
 * An operator whose PostgreSQL runs on the same host connects through its Unix socket, with libpq's URL that names no
 * host (`postgresql://user@/db?host=/var/run/postgresql`): the server takes that URL, reaches the database through
 * the socket, and stores an application there.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, testDatabaseEnv, type TestServer } from '../test-support.js';

let s: TestServer | undefined;
afterEach(async () => {
  await s?.close();
});

it('connects through the Unix socket with a URL that has no host, and stores an application there', async () => {
  const socketAdmin = process.env.TEST_DATABASE_SOCKET_URL;
  if (!socketAdmin) throw new Error('TEST_DATABASE_SOCKET_URL is not set: run this suite through tests/support/run-postgres-suite.ts');
  const overTcp = (await testDatabaseEnv()).DATABASE_URL!;
  const name = new URL(overTcp).pathname.slice(1);
  const overSocket = socketAdmin.replace('@/postgres?', `@/${name}?`);
  expect(overSocket).toMatch(/^postgresql:\/\/postgres@\/t_[^?]+\?host=/);

  s = await createTestServer({ DATABASE_URL: overSocket });
  expect(s.config.databaseUrl).toBe(overSocket);
  // A connection through a Unix socket has no client address.
  const client = await sql<{ addr: string | null }>`select inet_client_addr()::text as addr`.execute(s.ctx.db);
  expect(client.rows[0]!.addr).toBeNull();

  const res = await postApplication(s, validApplication({ email: 'socket@example.no' }));
  expect(res.status).toBe(201);
  const other = new pg.Client({ connectionString: overTcp });
  await other.connect();
  try {
    const stored = await other.query('select count(*)::int as n from applications');
    expect(stored.rows[0].n).toBe(1);
  } finally {
    await other.end();
  }
});
