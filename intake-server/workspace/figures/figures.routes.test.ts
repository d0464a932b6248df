import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { cookieFor, get, submit } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => {
  // Friday 27 November 2026: ISO week 48.
  s = await createTestServer();
});
afterEach(async () => {
  await s.close();
});

async function count(association: string, event: string, times = 1) {
  for (let i = 0; i < times; i++) {
    const res = await s.app.request('/api/v1/events', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://www.eksempelby-sanitet.example' }, body: JSON.stringify({ association, event }) });
    expect(res.status).toBe(204);
  }
}

const DAY = 86_400_000;
const contactAfter = (id: string, days: number, status = 'contacted') =>
  s.ctx.db.updateTable('applications').set({ status, first_contact_at: new Date(s.clock.now.getTime() + days * DAY).toISOString() }).where('id', '=', id).execute();

/** The text of a page without tags, with single spaces. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('GET /koordinator/tall', () => {
  it('sends a visitor without a session to sign-in', async () => {
    const res = await s.app.request('/koordinator/tall');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Ftall');
  });

  it('shows a coordinator the figures of her association only', async () => {
    await count('eksempelby', 'view', 3);
    await count('eksempelby', 'start', 2);
    await count('narvik', 'view', 7);
    await contactAfter(await submit(s, { email: 'a@example.no' }), 1);
    await contactAfter(await submit(s, { email: 'b@example.no' }), 2, 'course');
    await submit(s, { email: 'c@example.no' });
    await submit(s, { email: 'd@example.no', postalCode: '8514', association: 'narvik' });

    const res = await get(s, '/koordinator/tall', await cookieFor(s, 'eksempelby'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const page = text(html);
    expect(page).toContain('Tall: Eksempelby sanitetsforening');
    // Sent forms are counted from the applications stored from her association's page (a, b and c).
    expect(page).toContain('Uke 48 3 2 3');
    expect(page).toContain('Sum 3 2 3');
    expect(page).toContain('Siste 12 uker: 3 visninger, 2 påbegynt og 3 sendt.');
    expect(page).toMatch(/Ny 1 Kontaktet 1 Informasjonsmøte 0 Kurs 1 /);
    expect(page).not.toContain('Ikke fordelt');
    expect(page).toContain('Median 1,5 dager fra søknaden kom til første kontakt (2 søknader fra de siste 12 ukene).');
    expect(page).toContain('1 søknad venter på første kontakt nå.');
    // Narvik's seven views and its applicant are not hers.
    expect(page).not.toMatch(/\b7\b|10 visninger/);
    expect(html).toContain('role="img" aria-labelledby="weekly-chart-title weekly-chart-desc"');
    expect(html).not.toContain('style=');
    expect(res.headers.get('set-cookie') ?? '').not.toContain('rv_');
  });

  it('answers another association’s figures exactly as it answers one that does not exist', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    const other = await get(s, '/koordinator/tall?forening=narvik', cookie);
    const none = await get(s, '/koordinator/tall?forening=finnes-ikke', cookie);
    expect(other.status).toBe(404);
    expect(none.status).toBe(404);
    expect(await other.text()).toBe(await none.text());
    expect((await get(s, '/koordinator/tall?forening=eksempelby', cookie)).status).toBe(200);
  });

  it('shows the admin the whole country, and any one association', async () => {
    await count('eksempelby', 'view', 3);
    await count('narvik', 'view', 7);
    await submit(s, { email: 'd@example.no', postalCode: '8514', association: 'narvik' });
    await submit(s, { email: 'e@example.no', postalCode: '0150', association: 'finnes-ikke' });
    await s.ctx.db.insertInto('retention_counts').values({ month: '2026-10', association_id: 'gone', status: 'declined', count: 2 }).execute();
    const cookie = await cookieFor(s, 'admin');

    const national = text(await (await get(s, '/koordinator/tall', cookie)).text());
    expect(national).toContain('Tall: Hele landet');
    expect(national).toContain('Uke 48 10 0 2');
    expect(national).toMatch(/Ny 1 Ikke fordelt 1 /);
    expect(national).toContain('2 søknader venter på første kontakt nå.');
    expect(national).toContain('2 søknader er slettet de siste 12 månedene fordi det ikke hadde skjedd noe med dem på 6 måneder.');

    const res = await get(s, '/koordinator/tall?forening=narvik', cookie);
    const html = await res.text();
    expect(text(html)).toContain('Tall: Narvik sanitetsforening');
    expect(text(html)).toContain('Uke 48 7 0 1');
    expect(text(html)).toContain('0 søknader er slettet');
    expect(html).toMatch(/<option value="narvik" selected="">Narvik sanitetsforening<\/option>/);
    expect(html).toContain('<label for="forening">Vis tall for</label>');
  });

  it('tells forms sent from her website apart from applications her association received', async () => {
    // Two from Eksempelby's page: one stays, one from a Narvik postal code goes to Narvik. One from Narvik's page stays there.
    await submit(s, { email: 'a@example.no' });
    const elsewhere = await submit(s, { email: 'b@example.no', postalCode: '8514' });
    await submit(s, { email: 'c@example.no', postalCode: '8514', association: 'narvik' });
    const narvik = await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'narvik').executeTakeFirstOrThrow();
    expect((await s.ctx.db.selectFrom('applications').select('association_id').where('id', '=', elsewhere).executeTakeFirstOrThrow()).association_id).toBe(narvik.id);

    const eksempelby = text(await (await get(s, '/koordinator/tall', await cookieFor(s, 'eksempelby'))).text());
    expect(eksempelby).toContain('Søknader de siste 12 ukene Sendt fra nettsiden deres 2 Sendt fra skjemaet på nettsiden deres, også søknader som gikk videre');
    expect(eksempelby).toContain('Mottatt av sanitetsforeningen 1 Søknader sanitetsforeningen har nå');
    const narvikPage = text(await (await get(s, '/koordinator/tall', await cookieFor(s, 'narvik'))).text());
    expect(narvikPage).toContain('Sendt fra nettsiden deres 1 ');
    expect(narvikPage).toContain('Mottatt av sanitetsforeningen 2 ');
    const nn = text(await (await get(s, '/koordinator/tall?lang=nn', await cookieFor(s, 'eksempelby'))).text());
    expect(nn).toContain('Sendt frå nettsida dykkar 2 ');
    expect(nn).toContain('Motteke av sanitetsforeininga 1 ');
    const en = text(await (await get(s, '/koordinator/tall?lang=en', await cookieFor(s, 'eksempelby'))).text());
    expect(en).toContain('Sent from your website 2 ');
    expect(en).toContain('Received by the association 1 ');
    // The national figures have one country: the two counts would be the same number, so the section is left out.
    expect(text(await (await get(s, '/koordinator/tall', await cookieFor(s, 'admin'))).text())).not.toContain('Sendt fra nettsiden deres');
  });

  it('is written in Nynorsk and English too', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    const nn = text(await (await get(s, '/koordinator/tall?lang=nn', cookie)).text());
    expect(nn).toContain('Tal: Eksempelby sanitetsforening');
    expect(nn).toContain('Veke 48 0 0 0');
    expect(nn).toContain('Ingen søknader frå dei siste 12 vekene har registrert første kontakt enno.');
    const en = text(await (await get(s, '/koordinator/tall?lang=en', cookie)).text());
    expect(en).toContain('Figures: Eksempelby sanitetsforening');
    expect(en).toContain('Week 48 0 0 0');
    expect(en).toContain('0 applications are waiting for first contact now.');
  });
});
