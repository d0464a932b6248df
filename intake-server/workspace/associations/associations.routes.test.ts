import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAssociationBySlug } from '../../associations/associations.repository.js';
import { listCoordinators } from '../../associations/coordinators.repository.js';
import { findCoverage } from '../../associations/coverage.repository.js';
import { setLeadAs } from '../../associations/association-admin.service.js';
import type { TestServer } from '../../test-support.js';
import { auditEntries, cookieFor, get, post, serverWithAdmin } from '../kit/page-testing.js';

const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const OLA = 'ola.koordinator@eksempelby-sanitet.example';

let s: TestServer;
let admin: string;
beforeEach(async () => ({ s, admin } = await serverWithAdmin()));
afterEach(() => s.close());

const association = async (slug: string) => (await findAssociationBySlug(s.ctx.db, slug))!;
const body = async (res: Response | Promise<Response>) => (await res).text();

/** Makes Kari the lead of Eksempelby and returns her session. */
async function kariAsLead(): Promise<string> {
  const a = await association('eksempelby');
  const kari = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === KARI)!;
  await setLeadAs(s.ctx.db, null, a, kari.id, true, s.clock.now);
  return cookieFor(s, 'eksempelby');
}

describe('the national admin', () => {
  it('lists associations with search and filters, and flags one without coordinators with where its applications go', async () => {
    const all = await body(get(s, '/koordinator/foreninger', admin));
    expect(all).toContain('Eksempelby');
    expect(all).toContain('Narvik sanitetsforening');
    expect(all).toContain('href="/koordinator/foreninger"'); // the frame's link

    await post(s, '/koordinator/foreninger/ny', admin, { name: 'Alta sanitetsforening', slug: 'alta', email: 'post@alta.example', kommuner: '5601', sprak: 'nb', active: 'ja', 'minimum-age': '25', kind: 'local' });
    const noOne = await body(get(s, '/koordinator/foreninger?koordinatorer=nei', admin));
    expect(noOne).toContain('Alta sanitetsforening');
    expect(noOne).not.toContain('Narvik sanitetsforening');
    expect(noOne).toMatch(/Ingen koordinator: søknader til foreningen går til den nasjonale kontaktpersonen \([^)]+\)/);
    expect(await body(get(s, '/koordinator/foreninger?q=narv', admin))).not.toContain('Eksempelby');
    expect(await body(get(s, '/koordinator/foreninger?q=narv', admin))).toContain('Narvik sanitetsforening');
    expect(await body(get(s, '/koordinator/foreninger?aktiv=nei', admin))).toContain('Ingen foreninger passer med søket.');
    expect(await body(get(s, '/koordinator/foreninger?dekning=nei', admin))).not.toContain('Alta sanitetsforening');
  });

  it('creates an association, audited with before and after', async () => {
    const res = await post(s, '/koordinator/foreninger/ny', admin, {
      name: 'Alta sanitetsforening',
      slug: 'alta',
      email: 'post@alta.example',
      phone: '78 00 00 00',
      kommuner: '5601',
      'postal-ranges': '9500-9509',
      origins: 'https://www.alta-sanitet.example',
      sprak: 'nn',
      active: 'ja',
      'minimum-age': '30',
      'full-details': 'ja',
      kind: 'local',
      county: '',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator/foreninger/alta?lagret=opprettet');
    const a = await association('alta');
    expect(a).toMatchObject({ name: 'Alta sanitetsforening', contactPhone: '78 00 00 00', defaultLanguage: 'nn', active: true, allowedOrigins: ['https://www.alta-sanitet.example'], settings: { minimumAge: 30, fullDetailsInNotice: true } });
    expect(await findCoverage(s.ctx.db, a.id)).toEqual({ kommuner: ['5601'], postalRanges: [{ from: '9500', to: '9509' }] });
    const entry = (await auditEntries(s)).find((e) => e.action === 'association.created');
    expect(entry).toMatchObject({ associationId: a.id, detail: { before: null, after: { slug: 'alta', kommuner: ['5601'], minimumAge: 30 } } });
    expect(entry?.accountId).toBeTruthy();
    const page = await body(get(s, '/koordinator/foreninger/alta?lagret=opprettet', admin));
    expect(page).toContain('Foreningen er opprettet.');
    expect(page).toContain('Ingen koordinator: søknader til foreningen går til');
  });

  it('answers validation errors per field, in the page language, with everything typed kept', async () => {
    const res = await post(s, '/koordinator/foreninger/ny?lang=en', admin, { name: 'Alta', slug: 'Alta!', email: 'ikke-epost', kommuner: '56', origins: 'https://x.example/sti', 'minimum-age': 'tjue', sprak: 'nb', kind: 'local' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Something needs fixing before it can be saved');
    for (const [field, message] of [
      ['f-slug', 'Enter the name in the link in lower-case letters'],
      ['f-email', 'Enter a valid email address'],
      ['f-kommuner', 'Enter four-digit kommunenummer'],
      ['f-origins', 'Enter web addresses without a path'],
      ['f-minimum-age', 'Enter the age limit as a whole number'],
    ] as const) {
      expect(html).toContain(`<a href="#${field}">${message}`);
      expect(html).toMatch(new RegExp(`id="${field}-error">${message}`));
    }
    for (const typed of ['value="Alta!"', 'value="ikke-epost"', 'value="56"', 'value="https://x.example/sti"', 'value="tjue"', 'value="Alta"']) expect(html).toContain(typed);
    expect(await findAssociationBySlug(s.ctx.db, 'alta')).toBeUndefined();

    const taken = await body(post(s, '/koordinator/foreninger/ny', admin, { name: 'Narvik 2', slug: 'narvik', email: 'a@b.example', sprak: 'nb', kind: 'local' }));
    expect(taken).toContain('Navnet i lenken er allerede i bruk av en annen forening.');
  });

  it('says which fields are missing or too long, in the workspace\'s words, and stores nothing', async () => {
    const typed = { name: '', slug: '', email: '', phone: '', kommuner: '', 'postal-ranges': '', origins: '', sprak: 'nb', active: 'ja', 'minimum-age': '25', 'full-details': '', kind: 'local', county: '' };
    const empty = await post(s, '/koordinator/foreninger/ny', admin, typed);
    expect(empty.status).toBe(422);
    const html = await empty.text();
    // All three at once, in the form's order.
    const summary = html.slice(html.indexOf('error-summary'), html.indexOf('</ul>', html.indexOf('error-summary')));
    expect([...summary.matchAll(/<a href="#(f-[a-z-]+)">Fyll ut «([^»]+)»\.<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['f-name', 'Navn'],
      ['f-slug', 'Navn i lenken'],
      ['f-email', 'E-post til foreningen'],
    ]);
    const long = await post(s, '/koordinator/foreninger/ny', admin, { ...typed, name: 'Alta sanitetsforening', slug: 'alta', email: 'post@alta.example', origins: 'x'.repeat(2001) });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('«Nettsider skjemaet kan ligge på» kan ha høyst 2000 tegn.');
    expect(await findAssociationBySlug(s.ctx.db, 'alta')).toBeUndefined();
  });

  it('refuses kommunenummer and a fylkesnummer the kommune list does not have, saying where a newer list goes, and keeps what was typed', async () => {
    const typed = { name: 'Alta sanitetsforening', slug: 'alta', email: 'post@alta.example', phone: '', kommuner: '5601 9999', 'postal-ranges': '', origins: '', sprak: 'nb', active: 'ja', 'minimum-age': '25', 'full-details': '', kind: 'county', county: '99' };
    const res = await post(s, '/koordinator/foreninger/ny', admin, typed);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Kommunelista har ikke 9999. Sjekk nummeret, eller last opp en nyere kommuneliste under Referansedata hvis kommunen er ny.');
    expect(html).toContain('Kommunelista har ikke fylke 99.');
    expect(html).toContain('value="5601 9999"');
    expect(await findAssociationBySlug(s.ctx.db, 'alta')).toBeUndefined();
    // Editing: the same check; numbers the list has pass.
    const narvik = { name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', phone: '', kommuner: '1806 0000', 'postal-ranges': '', origins: '', sprak: 'nb', active: 'ja', 'minimum-age': '25', kind: 'local', county: '' };
    const edit = await post(s, '/koordinator/foreninger/narvik', admin, narvik);
    expect(edit.status).toBe(422);
    expect(await edit.text()).toContain('Kommunelista har ikke 0000.');
    expect((await post(s, '/koordinator/foreninger/narvik', admin, { ...narvik, kommuner: '1806 1853' })).status).toBe(303);
  });

  it('names an unknown kommune in the same answer as another field\'s mistake, not only once that is fixed', async () => {
    const narvik = { name: 'Narvik sanitetsforening', email: 'post@narvik', phone: '', kommuner: '1806 9999', 'postal-ranges': '', origins: '', sprak: 'nb', active: 'ja', 'minimum-age': '25', kind: 'local', county: '' };
    const res = await post(s, '/koordinator/foreninger/narvik', admin, narvik);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<a href="#f-email">');
    expect(html).toContain('<a href="#f-kommuner">Kommunelista har ikke 9999.');
    // A kommune field that is itself malformed gets its own message, not the list's.
    const malformed = await body(post(s, '/koordinator/foreninger/narvik', admin, { ...narvik, kommuner: '1806 99x' }));
    expect(malformed).toContain('<a href="#f-kommuner">Skriv');
    expect(malformed).not.toContain('Kommunelista har ikke');
    const created = await body(post(s, '/koordinator/foreninger/ny', admin, { ...narvik, name: 'Alta', slug: 'alta!', county: '99' }));
    expect(created).toContain('<a href="#f-slug">');
    expect(created).toContain('Kommunelista har ikke fylke 99.');
  });

  it('says that a postal range runs from lowest to highest when one is typed backwards', async () => {
    const res = await post(s, '/koordinator/foreninger/narvik', admin, { name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', phone: '', kommuner: '1806', 'postal-ranges': '8519-8500', origins: '', sprak: 'nb', active: 'ja', 'minimum-age': '25', kind: 'local', county: '' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Skriv postnumre med fire sifre, eller områder fra lavest til høyest, som 8500-8519.');
  });

  it('changes fields and deactivates instead of deleting; an unchanged save writes no audit entry', async () => {
    const narvik = await association('narvik');
    const values = { name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', phone: '', kommuner: '1806 1853', 'postal-ranges': '', origins: '', sprak: 'nb', 'minimum-age': '25', kind: 'local', county: '' };
    expect((await post(s, '/koordinator/foreninger/narvik', admin, values)).status).toBe(303);
    const after = await association('narvik');
    expect(after.active).toBe(false); // the box was not ticked
    expect((await findCoverage(s.ctx.db, narvik.id)).kommuner).toEqual(['1806', '1853']);
    const changed = (await auditEntries(s)).filter((e) => e.action === 'association.changed');
    expect(changed).toEqual([expect.objectContaining({ detail: { before: { active: true, kommuner: ['1806'] }, after: { active: false, kommuner: ['1806', '1853'] } } })]);
    await post(s, '/koordinator/foreninger/narvik', admin, values);
    expect((await auditEntries(s)).filter((e) => e.action === 'association.changed')).toHaveLength(1);
    expect(await body(get(s, '/koordinator/foreninger/narvik', admin))).toContain('Ikke aktiv');
  });

  it('a list longer than the limit is an error for that field', async () => {
    const long = '1806 '.repeat(500);
    const res = await post(s, '/koordinator/foreninger/narvik', admin, { name: 'Narvik sanitetsforening', email: 'post@narvik-sanitet.example', kommuner: long, sprak: 'nb', kind: 'local', active: 'ja' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('<a href="#f-kommuner">«Kommuner (kommunenummer)» kan ha høyst 2000 tegn.');
  });

  it('an emptied name is an error, not a silent keep', async () => {
    const res = await post(s, '/koordinator/foreninger/narvik', admin, { name: ' ', email: 'post@narvik-sanitet.example', sprak: 'nb', kind: 'local', active: 'ja' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Fyll ut «Navn».');
  });

  it('adds, renames, names a lead and removes coordinators, passing her open applications to a colleague', async () => {
    expect((await post(s, '/koordinator/foreninger/eksempelby/koordinatorer', admin, { name: 'Siv Sørli', email: 'siv@eksempelby.example' })).headers.get('location')).toBe(
      '/koordinator/foreninger/eksempelby?lagret=added',
    );
    const bad = await post(s, '/koordinator/foreninger/eksempelby/koordinatorer', admin, { name: '', email: 'siv' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('<a href="#k-email">Skriv en gyldig e-postadresse');
    expect(badHtml).toContain('value="siv"');

    const a = await association('eksempelby');
    const siv = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === 'siv@eksempelby.example')!;
    const emptyName = await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${siv.id}/navn`, admin, { name: '  ' });
    expect(emptyName.status).toBe(422);
    expect(await emptyName.text()).toContain(`<a href="#navn-${siv.id}">Skriv navnet (høyst 200 tegn).</a>`);
    await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${siv.id}/navn`, admin, { name: 'Siv Sørli Berg' });
    await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${siv.id}/leder`, admin, { leder: 'ja' });
    expect((await listCoordinators(s.ctx.db, a.id)).find((c) => c.id === siv.id)).toMatchObject({ name: 'Siv Sørli Berg', lead: true });

    const kari = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === KARI)!;
    const confirm = await body(get(s, `/koordinator/foreninger/eksempelby/koordinatorer/${kari.id}/fjern`, admin));
    expect(confirm).toContain('Hva skal skje med de åpne søknadene hun følger opp?');
    expect(confirm).toContain(OLA);
    const ola = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === OLA)!;
    expect((await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${kari.id}/fjern`, admin, { til: ola.id })).status).toBe(303);
    expect((await listCoordinators(s.ctx.db, a.id)).map((c) => c.email)).not.toContain(KARI);
    const actions = (await auditEntries(s)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['coordinator.added', 'coordinator.renamed', 'coordinator.lead_changed', 'coordinator.removed']));
    expect((await auditEntries(s)).find((e) => e.action === 'coordinator.renamed')?.detail).toMatchObject({ before: { name: 'Siv Sørli' }, after: { name: 'Siv Sørli Berg' } });
  });

  it('keeps the national contact\'s last coordinator, saying why, until another is added', async () => {
    const national = await association('nasjonal');
    const [only, ...others] = (await listCoordinators(s.ctx.db, national.id)).filter((c) => c.active);
    expect(others).toEqual([]);
    const path = `/koordinator/foreninger/nasjonal/koordinatorer/${only!.id}/fjern`;
    const confirm = await body(get(s, path, admin));
    expect(confirm).toContain('Nasjonal kontaktperson må ha minst én koordinator, ellers kan ingen administrere tjenesten i nettleseren.');
    expect(confirm).not.toContain(`action="${path}"`);
    const refused = await post(s, path, admin, { til: '' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Legg til en ny koordinator først, og fjern denne etterpå.');
    expect((await listCoordinators(s.ctx.db, national.id)).map((c) => c.id)).toContain(only!.id);
    expect((await auditEntries(s)).map((e) => e.action)).not.toContain('coordinator.removed');
    // With a second one, the first may go.
    await post(s, '/koordinator/foreninger/nasjonal/koordinatorer', admin, { name: 'Nina Nasjonal', email: 'nina@nks.example' });
    expect(await body(get(s, path, admin))).toContain(`action="${path}"`);
    expect((await post(s, path, admin, { til: '' })).status).toBe(303);
    expect((await listCoordinators(s.ctx.db, national.id)).map((c) => c.email)).toEqual(['nina@nks.example']);
  });

  it('says that someone who coordinates another association too stays signed in for it', async () => {
    await post(s, '/koordinator/foreninger/narvik/koordinatorer', admin, { name: 'Ola Koordinator', email: OLA });
    const ola = (await listCoordinators(s.ctx.db, (await association('eksempelby')).id)).find((c) => c.email === OLA)!;
    const path = `/koordinator/foreninger/eksempelby/koordinatorer/${ola.id}/fjern`;
    const confirm = await body(get(s, path, admin));
    expect(confirm).toContain('Koordinatoren er også koordinator i en annen forening og blir ikke logget ut');
    expect(confirm).not.toContain('blir logget ut med en gang');
    const done = await post(s, path, admin, { til: '' });
    expect(done.headers.get('location')).toBe('/koordinator/foreninger/eksempelby?lagret=removedKept');
    expect(await body(get(s, done.headers.get('location')!, admin))).toContain('Koordinatoren er fjernet fra denne foreningen, og er fortsatt logget inn for den andre foreningen sin.');
    // Kari coordinates Eksempelby only: removing her signs her out, and the pages say so.
    const kari = (await listCoordinators(s.ctx.db, (await association('eksempelby')).id)).find((c) => c.email === KARI)!;
    expect(await body(get(s, `/koordinator/foreninger/eksempelby/koordinatorer/${kari.id}/fjern`, admin))).toContain('Koordinatoren blir logget ut med en gang');
    const gone = await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${kari.id}/fjern`, admin, { til: '' });
    expect(gone.headers.get('location')).toBe('/koordinator/foreninger/eksempelby?lagret=removed');
  });

  it('refuses a change sent from another site', async () => {
    const res = await post(s, '/koordinator/foreninger/narvik', admin, { name: 'X' }, { 'Sec-Fetch-Site': 'cross-site' });
    expect(res.status).toBe(403);
    expect((await association('narvik')).name).toBe('Narvik sanitetsforening');
  });
});

describe('a lead coordinator', () => {
  it('is taken straight to her association, and may change contact details, origins and coordinators', async () => {
    const lead = await kariAsLead();
    const frame = await body(get(s, '/koordinator', lead));
    expect(frame).toContain('href="/koordinator/foreninger"');
    const res = await get(s, '/koordinator/foreninger', lead);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator/foreninger/eksempelby');
    const page = await body(get(s, '/koordinator/foreninger/eksempelby', lead));
    expect(page).toContain('Som hovedkoordinator kan du endre');
    expect(page).not.toContain('name="kommuner"');
    expect(page).not.toContain('Gjør til hovedkoordinator');

    expect((await post(s, '/koordinator/foreninger/eksempelby', lead, { email: 'ny@eksempelby.example', phone: '22 00 00 00', origins: 'https://eksempelby.example' })).status).toBe(303);
    expect(await association('eksempelby')).toMatchObject({ contactEmail: 'ny@eksempelby.example', contactPhone: '22 00 00 00', allowedOrigins: ['https://eksempelby.example'] });
    expect((await post(s, '/koordinator/foreninger/eksempelby/koordinatorer', lead, { name: 'Siv', email: 'siv@eksempelby.example' })).status).toBe(303);
    const a = await association('eksempelby');
    const ola = (await listCoordinators(s.ctx.db, a.id)).find((c) => c.email === OLA)!;
    expect((await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${ola.id}/fjern`, lead, { til: '' })).status).toBe(303);
    expect((await listCoordinators(s.ctx.db, a.id)).map((c) => c.email).sort()).toEqual([KARI, 'siv@eksempelby.example']);
  });

  it('sees the embed code of her association and hosted form, pointing at this server, in her language', async () => {
    const lead = await kariAsLead();
    const page = await body(get(s, '/koordinator/foreninger/eksempelby', lead));
    const base = s.config.publicUrl.replace(/\/$/, '');
    expect(page).toContain('Skjemaet på nettsiden');
    // The code as the textarea holds it (escaped in the HTML): the one script tag with her slug, and the hosted link.
    expect(page).toContain(`&lt;script src=&quot;${base}/widget.js&quot; data-association=&quot;eksempelby&quot; data-quick-exit async&gt;&lt;/script&gt;`);
    expect(page).toContain(`href="${base}/skjema/eksempelby"`);
    expect(await body(get(s, '/koordinator/foreninger/eksempelby?lang=nn', lead))).toContain('Skjemaet på nettsida');
  });

  it('gets the one 404 for other associations, for fields she may not change, for the lead role and for the list pages', async () => {
    const lead = await kariAsLead();
    // The same bytes as for an association that does not exist, for the same person.
    const notFound = await body(get(s, '/koordinator/foreninger/finnes-ikke', lead));
    const narvik = await association('narvik');
    const narvikCoordinator = (await listCoordinators(s.ctx.db, narvik.id))[0]!;
    const kari = (await listCoordinators(s.ctx.db, (await association('eksempelby')).id)).find((c) => c.email === KARI)!;
    const answers = [
      await get(s, '/koordinator/foreninger/narvik', lead),
      await get(s, '/koordinator/foreninger/ny', lead),
      await post(s, '/koordinator/foreninger/ny', lead, { name: 'X', slug: 'x', email: 'x@x.example' }),
      await post(s, '/koordinator/foreninger/narvik', lead, { email: 'x@x.example' }),
      await post(s, '/koordinator/foreninger/narvik/koordinatorer', lead, { name: 'X', email: 'x@x.example' }),
      await get(s, `/koordinator/foreninger/narvik/koordinatorer/${narvikCoordinator.id}/fjern`, lead),
      await post(s, `/koordinator/foreninger/narvik/koordinatorer/${narvikCoordinator.id}/fjern`, lead, { til: '' }),
      // Her own association, but fields, roles and people she may not change.
      await post(s, '/koordinator/foreninger/eksempelby', lead, { email: 'x@x.example', kommuner: '0301' }),
      await post(s, '/koordinator/foreninger/eksempelby', lead, { name: 'Nytt navn' }),
      await post(s, '/koordinator/foreninger/eksempelby', lead, { active: 'ja' }),
      await post(s, `/koordinator/foreninger/eksempelby/koordinatorer/${kari.id}/leder`, lead, { leder: 'nei' }),
      await get(s, `/koordinator/foreninger/eksempelby/koordinatorer/${narvikCoordinator.id}/fjern`, lead),
    ];
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(notFound);
    }
    expect(await association('narvik')).toMatchObject({ contactEmail: 'post@narvik-sanitet.example' });
    expect((await association('eksempelby')).name).not.toBe('Nytt navn');
    expect((await listCoordinators(s.ctx.db, narvik.id)).length).toBe(1);
  });
});

describe('a plain coordinator', () => {
  it('gets the one 404 on every association page and sees no link to them', async () => {
    const narvik = await cookieFor(s, 'narvik');
    const notFound = await body(get(s, '/koordinator/foreninger/finnes-ikke', narvik));
    expect(await body(get(s, '/koordinator', narvik))).not.toContain('href="/koordinator/foreninger"');
    for (const res of [
      await get(s, '/koordinator/foreninger', narvik),
      await get(s, '/koordinator/foreninger/ny', narvik),
      await get(s, '/koordinator/foreninger/narvik', narvik),
      await post(s, '/koordinator/foreninger/narvik', narvik, { email: 'x@x.example' }),
      await post(s, '/koordinator/foreninger/narvik/koordinatorer', narvik, { name: 'X', email: 'x@x.example' }),
      await get(s, '/koordinator/foreninger/eksempelby', narvik),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(notFound);
    }
  });
});
