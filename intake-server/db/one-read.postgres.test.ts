/** Reads asked together as one PostgreSQL statement (one-read.ts), against a real database. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support.js';
import { createOneRead } from './one-read.js';
import type { Database } from './schema.js';

let s: TestServer;
let pool: pg.Pool;
let db: Kysely<Database>;
let statements: string[];
beforeEach(async () => {
  s = await createTestServer();
  pool = new pg.Pool({ connectionString: s.config.databaseUrl!, max: 4 });
  statements = [];
  db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: (event) => void statements.push(event.query.sql) });
});
afterEach(async () => {
  await db.destroy();
  await s.close();
});

describe('reads asked together', () => {
  it('go as one statement, and each gets the rows it would have got alone, in its order and types', async () => {
    const reader = createOneRead(db);
    const asked = () => [
      reader.selectFrom('associations').select(['slug', 'name', 'active']).orderBy('slug', 'desc').execute(),
      reader.selectFrom('coordinators').select(['email', 'lead']).where('email', 'in', ['kari.koordinator@eksempelby-sanitet.example', 'nobody@example.no']).execute(),
      reader.selectFrom('routing_generation').select('generation').where('id', '=', 1).executeTakeFirstOrThrow(),
      reader.selectFrom('applications').select('id').where('email_key', '=', 'nobody@example.no').execute(),
    ];
    const together = await Promise.all(asked());
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^select \(select coalesce\(json_agg\(q\)/);

    const alone = await Promise.all([
      db.selectFrom('associations').select(['slug', 'name', 'active']).orderBy('slug', 'desc').execute(),
      db.selectFrom('coordinators').select(['email', 'lead']).where('email', 'in', ['kari.koordinator@eksempelby-sanitet.example', 'nobody@example.no']).execute(),
      db.selectFrom('routing_generation').select('generation').where('id', '=', 1).executeTakeFirstOrThrow(),
      db.selectFrom('applications').select('id').where('email_key', '=', 'nobody@example.no').execute(),
    ]);
    expect(together).toEqual(alone);
    expect((together[0] as { slug: string }[]).length).toBeGreaterThan(1);
    expect(typeof (together[2] as { generation: unknown }).generation).toBe('number');
    expect(together[3]).toEqual([]);
  });

  it("answer each read on its own when one of them fails, with that read's own error", async () => {
    const reader = createOneRead(db);
    const [good, bad] = await Promise.allSettled([
      reader.selectFrom('associations').select('slug').where('slug', '=', 'narvik').execute(),
      reader.selectFrom('associations').select(sql<number>`1 / (length(slug) - length(slug))`.as('boom')).execute(),
    ]);
    expect(good).toEqual({ status: 'fulfilled', value: [{ slug: 'narvik' }] });
    expect(bad.status).toBe('rejected');
    expect((bad as PromiseRejectedResult).reason).toMatchObject({ code: '22012' });
  });

  it('send a write asked alongside as a statement of its own', async () => {
    const reader = createOneRead(db);
    const [, rows] = await Promise.all([
      reader.insertInto('used_challenges').values({ id: 'challenge-1', expires_at: '2026-12-01T00:00:00.000Z' }).execute(),
      reader.selectFrom('associations').select('slug').where('slug', '=', 'narvik').execute(),
    ]);
    expect(rows).toEqual([{ slug: 'narvik' }]);
    expect(statements.some((q) => /^insert into "used_challenges"/.test(q))).toBe(true);
    expect(await db.selectFrom('used_challenges').select('id').execute()).toEqual([{ id: 'challenge-1' }]);
  });
});
