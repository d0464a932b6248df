import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAssociation } from '../../associations/testing.js';
import type { TestServer } from '../../test-support.js';
import { applicationRow, cookieFor, get, serverWithAdmin, submit } from '../kit/page-testing.js';

let s: TestServer;
let admin: string;
beforeEach(async () => ({ s, admin } = await serverWithAdmin()));
afterEach(() => s.close());

/** An application from `postalCode` on a page whose association does not exist, so only routing decides. */
const applyFrom = (postalCode: string) => submit(s, { firstName: 'Ulla', email: 'ulla@example.no', postalCode, association: 'finnes-ikke' });

/** The "why" line of the unrouted queue on the admin's inbox. */
async function whyInQueue(path = '/koordinator'): Promise<string> {
  const html = await (await get(s, path, admin)).text();
  const at = html.indexOf('class="card__why"');
  expect(at, 'no reason shown').toBeGreaterThan(-1);
  return html.slice(at, html.indexOf('</p>', at)).replace(/<[^>]+>/g, '').replace('class="card__why">', '');
}

describe('the unrouted queue says why each application is there', () => {
  it('no association covers the kommune', async () => {
    const id = await applyFrom('0150');
    expect((await applicationRow(s, id)).status).toBe('unrouted');
    expect(await whyInQueue()).toBe('Hvorfor her: Ingen forening dekker kommunen.');
    expect(await (await get(s, '/koordinator', admin)).text()).toContain('<a href="/koordinator/dekning">Dekning: hvem tar imot søknader fra hver kommune</a>');
  });

  it('the association covering it has no active coordinator', async () => {
    await addAssociation(s.ctx.db, { slug: 'narvik', coordinators: [] });
    const id = await applyFrom('8514');
    expect((await applicationRow(s, id)).status).toBe('unrouted');
    expect(await whyInQueue()).toBe('Hvorfor her: Narvik sanitetsforening dekker postnummeret, men har ingen aktiv koordinator.');
  });

  it('the association covering it is inactive', async () => {
    await addAssociation(s.ctx.db, { slug: 'narvik', active: false });
    await applyFrom('8514');
    expect(await whyInQueue()).toBe('Hvorfor her: Narvik sanitetsforening dekker postnummeret, men er ikke aktiv.');
  });

  it('the postal code is not in the register', async () => {
    const id = await applyFrom('0002');
    expect((await applicationRow(s, id)).kommune_number).toBeNull();
    expect(await whyInQueue()).toBe('Hvorfor her: Postnummeret finnes ikke i postnummerregisteret, og ingen forening har det i et postnummerområde.');
  });

  it('says so when an association can take it now, after a coordinator was added', async () => {
    await addAssociation(s.ctx.db, { slug: 'narvik', coordinators: [] });
    await applyFrom('8514');
    await addAssociation(s.ctx.db, { slug: 'narvik', coordinators: [{ name: 'Ny Koordinator', email: 'ny@narvik.example' }] });
    expect(await whyInQueue()).toBe('Hvorfor her: Narvik sanitetsforening kan ta imot søknaden nå. Send den videre dit.');
  });

  it('explains under the unrouted filter too, and in Nynorsk and English', async () => {
    await applyFrom('0150');
    expect(await whyInQueue('/koordinator?status=unrouted&lang=nn')).toBe('Kvifor her: Inga foreining dekkjer kommunen.');
    expect(await whyInQueue('/koordinator?lang=en')).toBe('Why it is here: No association covers the kommune.');
  });
});

describe('an association without a coordinator does not vanish from the application page', () => {
  it('shows why the application is unrouted, and lists the association as one that cannot be chosen', async () => {
    await addAssociation(s.ctx.db, { slug: 'narvik', coordinators: [] });
    const id = await applyFrom('8514');
    const html = await (await get(s, `/koordinator/soknader/${id}`, admin)).text();
    expect(html).toContain('<strong>Hvorfor her:</strong> Narvik sanitetsforening dekker postnummeret, men har ingen aktiv koordinator.');
    const select = html.slice(html.indexOf('<select id="reassign-to"'), html.indexOf('</select>', html.indexOf('<select id="reassign-to"')));
    expect(select).toContain('aria-describedby="reassign-hint reassign-unavailable"');
    expect(select).toContain('<option value="narvik" disabled="">Narvik sanitetsforening (ingen aktiv koordinator)</option>');
    expect(select).toContain('<option value="tromso">Tromsø sanitetsforening</option>');
    expect(html).toContain('id="reassign-unavailable">Kan ikke velges fordi de ikke har noen aktiv koordinator: Narvik sanitetsforening.');
  });

  it('refuses to pass it to that association even if the form is tampered with', async () => {
    await addAssociation(s.ctx.db, { slug: 'narvik', coordinators: [] });
    const id = await applyFrom('8514');
    const res = await s.app.request(`/koordinator/soknader/${id}/flytt`, {
      method: 'POST',
      headers: { Cookie: admin, 'Sec-Fetch-Site': 'same-origin' },
      body: new URLSearchParams({ forening: 'narvik' }),
    });
    expect(res.status).toBe(422);
    expect((await applicationRow(s, id)).status).toBe('unrouted');
  });

  it('shows no note when every other association has a coordinator', async () => {
    const id = await applyFrom('0150');
    const html = await (await get(s, `/koordinator/soknader/${id}`, admin)).text();
    expect(html).not.toContain('reassign-unavailable');
    expect(html).toContain('<option value="narvik">Narvik sanitetsforening</option>');
  });
});
