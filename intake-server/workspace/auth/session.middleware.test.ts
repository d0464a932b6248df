import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCoordinator } from '../../associations/coordinators.repository.js';
import { createTestServer, type TestServer } from '../../test-support.js';
import { requireAdmin } from './require-admin.js';
import { formPageOf, loadSessionMiddleware, requireSession, requireStaff, type WorkspaceEnv } from './session.middleware.js';
import { SESSION_TTL_MS } from '../../accounts/sessions.repository.js';
import { signInAs } from './testing.js';

let server: TestServer;
let app: Hono<WorkspaceEnv>;
beforeEach(async () => {
  server = await createTestServer();
  // A stand-in for the workspace pages: what each guard lets through.
  app = new Hono<WorkspaceEnv>()
    .use('*', loadSessionMiddleware(server.ctx.db, () => server.clock.now))
    .get('/koordinator/soknader/:id', requireStaff(), (c) => c.text(`staff ${c.get('staff')!.email}`))
    .post('/koordinator/soknader/:id/status', requireStaff(), (c) => c.text('changed'))
    .get('/koordinator/konto', requireSession(), (c) => c.text(`session ${c.get('session')!.limited ? 'limited' : 'full'}`))
    .get('/koordinator/admin', requireStaff(), requireAdmin(), (c) => c.text('admin'));
});
afterEach(async () => {
  await server.close();
});

const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const NATIONAL_LEAD = 'prosjektleder@nks.example';
const HOUR = 60 * 60_000;
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

async function requirePasskeyForEksempelby() {
  await server.ctx.db.updateTable('associations').set({ require_passkey: 1 }).where('slug', '=', 'eksempelby').execute();
}

describe('the workspace guards', () => {
  it('send a visitor without a session to sign-in, remembering the page', async () => {
    const response = await get('/koordinator/soknader/42?fane=notater');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Fsoknader%2F42%3Ffane%3Dnotater');
  });

  it('send a form that arrives without a session to sign-in, saying it was not saved, and back to the page it was on', async () => {
    const response = await app.request('/koordinator/soknader/42/status', { method: 'POST', body: new URLSearchParams({ status: 'closed' }) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Fsoknader%2F42&ikke-lagret=1');
    const signIn = await server.app.request(response.headers.get('location')!);
    expect(await signIn.text()).toContain('Du var logget ut, så det du sendte sist, ble ikke lagret.');
    expect(await (await server.app.request('/koordinator/logg-inn?neste=%2Fkoordinator')).text()).not.toContain('ble ikke lagret');
  });

  it.each([
    ['/koordinator/soknader/01ab/lagre', '/koordinator/soknader/01ab'],
    ['/koordinator/soknader/01ab/notater?x=1', '/koordinator/soknader/01ab'],
    ['/koordinator/foreninger/narvik/koordinatorer/7/fjern', '/koordinator/foreninger/narvik'],
    ['/koordinator/foreninger/narvik/koordinatorer', '/koordinator/foreninger/narvik'],
    ['/koordinator/foreninger/ny', '/koordinator/foreninger/ny'],
    ['/koordinator/kurs/12/oppmote', '/koordinator/kurs/12'],
    ['/koordinator/kurs/soknad/01ab/inviter', '/koordinator/kurs/soknad/01ab'],
    ['/koordinator/konto/passnokler/slett', '/koordinator/konto'],
    ['/koordinator/holdt-tilbake/9/slipp-inn', '/koordinator/holdt-tilbake'],
    ['/koordinator/personvern/slett/01ab', '/koordinator/personvern'],
    ['/koordinator/referansedata/', '/koordinator/referansedata'],
    ['/koordinator', '/koordinator'],
  ])('lead a form sent to %s back to %s', (path, page) => {
    expect(formPageOf(path)).toBe(page);
  });

  it('let a signed-in coordinator through with her associations', async () => {
    const cookie = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    const response = await get('/koordinator/soknader/42', { Cookie: cookie });
    expect(await response.text()).toBe(`staff ${KARI}`);
  });

  it('end a session after 12 hours and clear its cookie', async () => {
    const cookie = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    // Kept busy (a request an hour), so that only the 12 hours can end it.
    for (let t = HOUR; t < SESSION_TTL_MS; t += HOUR) {
      server.clock.advance(HOUR);
      expect((await get('/koordinator/soknader/1', { Cookie: cookie })).status).toBe(200);
    }
    server.clock.advance(HOUR - 1000);
    expect((await get('/koordinator/soknader/1', { Cookie: cookie })).status).toBe(200);
    server.clock.advance(1000);
    const response = await get('/koordinator/soknader/1', { Cookie: cookie });
    expect(response.status).toBe(303);
    expect(response.headers.getSetCookie().join('\n')).toMatch(/__Host-rv_session=; Max-Age=0/);
  });

  it('reload a cross-site navigation from this origin once, so the SameSite=Strict cookie can come along', async () => {
    const response = await get('/koordinator/soknader/42', { 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/koordinator/soknader/42"/>');
    expect(html).toContain('<a href="/koordinator/soknader/42">');
    // The reload is same-origin: without a session it goes on to sign-in, so there is no loop.
    const reload = await get('/koordinator/soknader/42', { 'Sec-Fetch-Site': 'same-origin' });
    expect(reload.status).toBe(303);
  });

  it('refuse a cross-site POST anywhere in the workspace, even with a valid cookie', async () => {
    const cookie = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    const cross = await app.request('/koordinator/soknader/1/status', { method: 'POST', headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' } });
    expect(cross.status).toBe(403);
    const same = await app.request('/koordinator/soknader/1/status', { method: 'POST', headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } });
    expect(await same.text()).toBe('changed');
  });

  it('keep everyone but the national admin out of admin pages with 404', async () => {
    const coordinator = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    expect((await get('/koordinator/admin', { Cookie: coordinator })).status).toBe(404);
    const admin = await signInAs(server.ctx.db, 'prosjektleder@nks.example', { role: 'admin', now: server.clock.now });
    expect(await (await get('/koordinator/admin', { Cookie: admin })).text()).toBe('admin');
  });
});

describe('a required passkey', () => {
  it('limits a link session to the account page', async () => {
    await requirePasskeyForEksempelby();
    const cookie = await signInAs(server.ctx.db, KARI, { now: server.clock.now, via: 'link' });
    const page = await get('/koordinator/soknader/42', { Cookie: cookie });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/koordinator/konto?neste=%2Fkoordinator%2Fsoknader%2F42');
    expect(await (await get('/koordinator/konto', { Cookie: cookie })).text()).toBe('session limited');
  });

  it('gives a passkey session full access', async () => {
    await requirePasskeyForEksempelby();
    const cookie = await signInAs(server.ctx.db, KARI, { now: server.clock.now, via: 'passkey' });
    expect(await (await get('/koordinator/soknader/42', { Cookie: cookie })).text()).toBe(`staff ${KARI}`);
  });

  it('applies to sessions already running when the requirement is set', async () => {
    const cookie = await signInAs(server.ctx.db, KARI, { now: server.clock.now, via: 'link' });
    expect((await get('/koordinator/soknader/42', { Cookie: cookie })).status).toBe(200);
    await requirePasskeyForEksempelby();
    expect((await get('/koordinator/soknader/42', { Cookie: cookie })).status).toBe(303);
  });

  it('can come from the account itself, and does not touch coordinators of other associations', async () => {
    const kari = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    const narvik = await signInAs(server.ctx.db, 'koordinator@narvik-sanitet.example', { now: server.clock.now });
    await server.ctx.db.updateTable('accounts').set({ require_passkey: 1 }).where('email', '=', KARI).execute();
    expect((await get('/koordinator/soknader/42', { Cookie: kari })).status).toBe(303);
    expect((await get('/koordinator/soknader/42', { Cookie: narvik })).status).toBe(200);
  });
});

describe('the role and the lifetime of a session', () => {
  it('finding 13.1: the admin role is read from the coordinator lists on every request, never from the stored account', async () => {
    // An account row that says admin gives nothing to someone who does not coordinate the national association.
    const kari = await signInAs(server.ctx.db, KARI, { role: 'admin', now: server.clock.now });
    expect((await get('/koordinator/admin', { Cookie: kari })).status).toBe(404);
    expect(await (await get('/koordinator/soknader/1', { Cookie: kari })).text()).toBe(`staff ${KARI}`);

    // The national lead is admin while the national association lists her as an active coordinator ...
    const lead = await signInAs(server.ctx.db, NATIONAL_LEAD, { role: 'admin', now: server.clock.now });
    expect(await (await get('/koordinator/admin', { Cookie: lead })).text()).toBe('admin');
    // ... and not on her very next request once it does not (here marked inactive, which leaves the session running).
    await server.ctx.db.updateTable('coordinators').set({ active: 0 }).where('email', '=', NATIONAL_LEAD).execute();
    const after = await get('/koordinator/admin', { Cookie: lead });
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Fadmin');

    // Kari, made a coordinator of the national association, is admin from her next request without signing in again.
    const national = await server.ctx.db.selectFrom('associations').select('id').where('kind', '=', 'national').executeTakeFirstOrThrow();
    await addCoordinator(server.ctx.db, national.id, { name: 'Kari Koordinator', email: KARI }, server.clock.now);
    expect(await (await get('/koordinator/admin', { Cookie: kari })).text()).toBe('admin');
  });

  it('finding 13.13: a session ends after 2 hours without a request, and at 12 hours however busy it is', async () => {
    const idle = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    server.clock.advance(2 * HOUR - 1000);
    expect((await get('/koordinator/soknader/1', { Cookie: idle })).status).toBe(200);
    server.clock.advance(2 * HOUR - 1000);
    expect((await get('/koordinator/soknader/1', { Cookie: idle })).status).toBe(200);
    server.clock.advance(2 * HOUR);
    const ended = await get('/koordinator/soknader/1', { Cookie: idle });
    expect(ended.status).toBe(303);
    expect(ended.headers.getSetCookie().join('\n')).toMatch(/__Host-rv_session=; Max-Age=0/);
    // Later requests do not bring an idle session back.
    expect((await get('/koordinator/soknader/1', { Cookie: idle })).status).toBe(303);

    const busy = await signInAs(server.ctx.db, KARI, { now: server.clock.now });
    for (let hour = 1; hour < 12; hour++) {
      server.clock.advance(HOUR);
      expect((await get('/koordinator/soknader/1', { Cookie: busy })).status, `after ${hour} h`).toBe(200);
    }
    server.clock.advance(HOUR);
    expect((await get('/koordinator/soknader/1', { Cookie: busy })).status).toBe(303);
  });
});
