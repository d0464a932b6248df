import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCoordinator } from '../../associations/coordinators.repository.js';
import { findAssociationBySlug } from '../../associations/associations.repository.js';
import { createTestServer, type TestServer } from '../../test-support.js';
import { auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const DAY = 86_400_000;
const inbox = async (path: string, cookie: string) => {
  const res = await get(s, path, cookie);
  return { status: res.status, html: await res.text() };
};

describe('GET /koordinator as a coordinator', () => {
  it('lists her association’s applicants with status, age, soft flags and who is handling them, and nobody else’s', async () => {
    const kari = await submit(s, { age25OrOlder: false });
    await submit(s, { firstName: 'Nora', lastName: 'Nordlys', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    s.clock.advance(3 * DAY);
    const cookie = await cookieFor(s, 'eksempelby');
    await post(s, `/koordinator/soknader/${kari}/ansvarlig`, cookie, { handling: 'take' });

    const { status, html } = await inbox('/koordinator', cookie);
    expect(status).toBe(200);
    expect(html).toContain(`href="/koordinator/soknader/${kari}"`);
    expect(html).toContain('Kari Nordmann');
    expect(html).toContain('<span class="status status--new">Ny</span>');
    expect(html).toContain('Søkte for 3 dager siden');
    expect(html).toContain('Under 25 år');
    expect(html).toContain('kari.koordinator følger opp');
    expect(html).toContain('2317 Hamar');
    expect(html).not.toContain('Nora');
  });

  it('marks an application that has waited three days without contact', async () => {
    await submit(s);
    const cookie = await cookieFor(s, 'eksempelby');
    expect((await inbox('/koordinator', cookie)).html).not.toContain('Har ventet');
    s.clock.advance(3 * DAY);
    expect((await inbox('/koordinator', await cookieFor(s, 'eksempelby'))).html).toContain('Har ventet 3 dager på første kontakt');
  });

  it('never shows a quarantined submission to a coordinator', async () => {
    await submit(s, { firstName: 'Spambot', website: 'https://spam.example' });
    const { html } = await inbox('/koordinator?status=all', await cookieFor(s, 'eksempelby'));
    expect(html).not.toContain('Spambot');
    expect(html).toContain('Ingen søknader');
  });

  it('joins a repeat application to the first one instead of listing the person twice', async () => {
    const first = await submit(s);
    s.clock.advance(DAY);
    const repeat = await submit(s, { email: 'KARI.NORDMANN@example.no' });
    const { html } = await inbox('/koordinator', await cookieFor(s, 'eksempelby'));
    expect(html).toContain('1 søknad');
    expect(html.match(/Kari Nordmann/g)).toHaveLength(1);
    expect(html).toContain(`href="/koordinator/soknader/${first}"`);
    expect(html).toMatch(new RegExp(`Søkte på nytt:.*href="/koordinator/soknader/${repeat}"`));
  });

  it('filters by status: open ones by default, one status, or everything', async () => {
    const contacted = await submit(s, { firstName: 'Cecilie', email: 'c@example.no' });
    const declined = await submit(s, { firstName: 'Dagny', email: 'd@example.no' });
    await submit(s, { firstName: 'Eva', email: 'e@example.no' });
    const cookie = await cookieFor(s, 'eksempelby');
    await post(s, `/koordinator/soknader/${contacted}/status`, cookie, { status: 'contacted' });
    // Declining asks for a confirmation and a reason on the application page; here it is simply recorded.
    await s.ctx.db.updateTable('applications').set({ status: 'declined' }).where('id', '=', declined).execute();

    const names = (html: string) => ['Cecilie', 'Dagny', 'Eva'].filter((n) => html.includes(n));
    expect(names((await inbox('/koordinator', cookie)).html)).toEqual(['Cecilie', 'Eva']);
    expect(names((await inbox('/koordinator?status=contacted', cookie)).html)).toEqual(['Cecilie']);
    expect(names((await inbox('/koordinator?status=declined', cookie)).html)).toEqual(['Dagny']);
    expect(names((await inbox('/koordinator?status=all', cookie)).html)).toEqual(['Cecilie', 'Dagny', 'Eva']);
    expect(names((await inbox('/koordinator?status=nonsense', cookie)).html)).toEqual(['Cecilie', 'Eva']);
  });

  it('lets a coordinator of several associations see all of hers or pick one, and no other', async () => {
    const narvik = (await findAssociationBySlug(s.ctx.db, 'narvik'))!;
    await addCoordinator(s.ctx.db, narvik.id, { name: 'Kari Koordinator', email: 'kari.koordinator@eksempelby-sanitet.example' }, s.clock.now);
    await submit(s);
    await submit(s, { firstName: 'Nora', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    const cookie = await cookieFor(s, 'eksempelby');

    const all = (await inbox('/koordinator', cookie)).html;
    expect(all).toContain('Kari Nordmann');
    expect(all).toContain('Nora');
    expect(all).toContain('<option value="narvik">Narvik sanitetsforening</option>');
    expect(all).toContain('<span>Narvik sanitetsforening</span>');

    const one = await inbox('/koordinator?forening=narvik', cookie);
    expect(one.html).toContain('Nora');
    expect(one.html).not.toContain('Kari Nordmann');
    expect((await inbox('/koordinator?forening=tromso', cookie)).status).toBe(404);
  });

  it('answers 404 for an association she does not coordinate, as for one that does not exist', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    const other = await inbox('/koordinator?forening=narvik', cookie);
    const none = await inbox('/koordinator?forening=finnes-ikke', cookie);
    expect(other.status).toBe(404);
    expect(other.html).toBe(none.html);
  });

  it('speaks nynorsk and English when asked, and keeps the choice in its links', async () => {
    const id = await submit(s);
    const cookie = await cookieFor(s, 'eksempelby');
    const nn = (await inbox('/koordinator?lang=nn', cookie)).html;
    expect(nn).toContain('<html lang="nn">');
    expect(nn).toContain('Ingen har teke denne enno');
    const en = (await inbox('/koordinator?lang=en', cookie)).html;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Applied today');
    expect(en).toContain(`href="/koordinator/soknader/${id}?lang=en"`);
  });

  it('sends a visitor without a session to sign-in, to come back afterwards', async () => {
    const res = await s.app.request('/koordinator?status=all');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%3Fstatus%3Dall');
  });

  it('sends no-store and the strict CSP with every page', async () => {
    const res = await get(s, '/koordinator', await cookieFor(s, 'eksempelby'));
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).not.toMatch(/<script(?![^>]*src=)|style="/);
  });

  it('records each view in the audit log', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    await inbox('/koordinator?status=course', cookie);
    const [entry] = await auditEntries(s);
    expect(entry).toMatchObject({ action: 'inbox.viewed', applicationId: null, associationId: null, detail: { filter: 'course' } });
  });
});

describe('GET /koordinator as the national admin', () => {
  it('shows every association, the unassigned queue first, and only a count of quarantined submissions', async () => {
    await submit(s);
    await submit(s, { firstName: 'Nora', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    await submit(s, { firstName: 'Ulla', email: 'ulla@example.no', postalCode: '0150', association: 'finnes-ikke' });
    await submit(s, { firstName: 'Spambot', email: 'spam@example.no', website: 'https://spam.example' });
    const { html } = await inbox('/koordinator', await cookieFor(s, 'admin'));

    expect(html).toContain('Ikke fordelt (1)');
    const queue = html.slice(html.indexOf('id="unrouted-heading"'), html.indexOf('class="filters"'));
    expect(queue).toContain('Ulla');
    expect(queue).not.toContain('Nora');
    const list = html.slice(html.indexOf('id="list-heading"'));
    expect(list).toContain('2 søknader');
    expect(list).toContain('Kari Nordmann');
    expect(list).toContain('Nora');
    expect(list).not.toContain('Ulla');
    expect(html).toContain('1 innsending er holdt tilbake som mulig spam');
    expect(html).not.toContain('Spambot');
    expect(html).toContain('href="/koordinator/tall"');
    expect(html).toContain('href="/koordinator/personvern"');
  });

  it('keeps unassigned applications out of a coordinator’s inbox', async () => {
    await submit(s, { firstName: 'Ulla', email: 'ulla@example.no', postalCode: '0150', association: 'finnes-ikke' });
    expect((await inbox('/koordinator?status=all', await cookieFor(s, 'eksempelby'))).html).not.toContain('Ulla');
  });

  it('can pick any association', async () => {
    await submit(s, { firstName: 'Nora', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    const { status, html } = await inbox('/koordinator?forening=narvik', await cookieFor(s, 'admin'));
    expect(status).toBe(200);
    expect(html).toContain('Nora');
    expect(html).toContain('href="/koordinator/eksport.csv?forening=narvik"');
  });
});
