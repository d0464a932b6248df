import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { cookieFor, get, post, submit } from '../kit/page-testing.js';

// Every route of the pages answers another association's application exactly as it answers one that does not exist.
let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

interface Route {
  name: string;
  send: (id: string, cookie: string) => Promise<Response>;
}

const APPLICATION_ROUTES: Route[] = [
  { name: 'GET the application page', send: (id, c) => get(s, `/koordinator/soknader/${id}`, c) },
  { name: 'POST the follow-up form', send: (id, c) => post(s, `/koordinator/soknader/${id}/lagre`, c, { status: 'contacted', course_completed: '2026-11-27', note: 'Ringte henne.' }) },
  { name: 'GET the decline confirmation', send: (id, c) => get(s, `/koordinator/soknader/${id}/avsla`, c) },
  { name: 'POST a confirmed decline', send: (id, c) => post(s, `/koordinator/soknader/${id}/avsla`, c, { confirmed: 'yes', reason: 'Ikke aktuelt' }) },
  { name: 'POST "I am handling this"', send: (id, c) => post(s, `/koordinator/soknader/${id}/ansvarlig`, c, { handling: 'take' }) },
  { name: 'POST a reassignment', send: (id, c) => post(s, `/koordinator/soknader/${id}/flytt`, c, { forening: 'tromso' }) },
  { name: 'POST a confirmed reassignment', send: (id, c) => post(s, `/koordinator/soknader/${id}/flytt`, c, { forening: 'tromso', confirmed: 'yes', reason: 'Bor i Tromsø' }) },
];

const ADMIN_ROUTES: Route[] = [
  { name: 'GET the export of a person', send: (id, c) => get(s, `/koordinator/personvern/eksport/${id}`, c) },
  { name: 'GET the erasure confirmation', send: (id, c) => get(s, `/koordinator/personvern/slett/${id}`, c) },
  { name: 'POST an erasure', send: (id, c) => post(s, `/koordinator/personvern/slett/${id}`, c, { bekreft: 'yes' }) },
];

/** Everything a request could have changed about an application, to compare before and after. */
async function snapshot(id: string) {
  const db = s.ctx.db;
  return {
    application: await db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst(),
    shares: await db.selectFrom('application_associations').selectAll().where('application_id', '=', id).execute(),
    notes: await db.selectFrom('application_notes').selectAll().execute(),
    events: await db.selectFrom('application_events').selectAll().execute(),
    outbox: await db.selectFrom('outbox').select('id').execute(),
  };
}

describe('another association’s application', () => {
  it.each(APPLICATION_ROUTES)('$name: 404, the same page as for no application at all, and nothing changes', async (route) => {
    const id = await submit(s);
    const narvik = await cookieFor(s, 'narvik');
    const before = await snapshot(id);
    const theirs = await route.send(id, narvik);
    const none = await route.send(NO_SUCH_ID, narvik);
    expect(theirs.status).toBe(404);
    expect(none.status).toBe(404);
    expect(await theirs.text()).toBe(await none.text());
    expect(await snapshot(id)).toEqual(before);
  });

  it.each(APPLICATION_ROUTES)('$name: works for the association’s own coordinator', async (route) => {
    const id = await submit(s);
    const res = await route.send(id, await cookieFor(s, 'eksempelby'));
    expect([200, 303]).toContain(res.status);
  });

  it.each(APPLICATION_ROUTES)('$name: 404 for a quarantined submission, even in her own association', async (route) => {
    const id = await submit(s, { website: 'https://spam.example' });
    const before = await snapshot(id);
    expect((await route.send(id, await cookieFor(s, 'eksempelby'))).status).toBe(404);
    expect(await snapshot(id)).toEqual(before);
  });

  it('GET the CSV export of another association: 404, as for an association that does not exist', async () => {
    await submit(s);
    const narvik = await cookieFor(s, 'narvik');
    const theirs = await get(s, '/koordinator/eksport.csv?forening=eksempelby', narvik);
    const none = await get(s, '/koordinator/eksport.csv?forening=finnes-ikke', narvik);
    expect(theirs.status).toBe(404);
    expect(await theirs.text()).toBe(await none.text());
  });

  it('GET the inbox of another association: 404, as for an association that does not exist', async () => {
    const narvik = await cookieFor(s, 'narvik');
    const theirs = await get(s, '/koordinator?forening=eksempelby', narvik);
    const none = await get(s, '/koordinator?forening=finnes-ikke', narvik);
    expect(theirs.status).toBe(404);
    expect(await theirs.text()).toBe(await none.text());
  });
});

describe('the admin’s privacy pages', () => {
  it.each(ADMIN_ROUTES)('$name: 404 for a coordinator, even for her own association’s applicant, and nothing changes', async (route) => {
    const id = await submit(s);
    const own = await cookieFor(s, 'eksempelby');
    const before = await snapshot(id);
    const res = await route.send(id, own);
    const none = await route.send(NO_SUCH_ID, own);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(await none.text());
    expect(await snapshot(id)).toEqual(before);
  });

  it('the search page and the search: 404 for a coordinator', async () => {
    await submit(s);
    const coordinator = await cookieFor(s, 'eksempelby');
    expect((await get(s, '/koordinator/personvern', coordinator)).status).toBe(404);
    expect((await post(s, '/koordinator/personvern', coordinator, { epost: 'kari.nordmann@example.no' })).status).toBe(404);
  });

  it.each(ADMIN_ROUTES)('$name: 404 for the admin when there is no such application', async (route) => {
    expect((await route.send(NO_SUCH_ID, await cookieFor(s, 'admin'))).status).toBe(404);
  });
});
