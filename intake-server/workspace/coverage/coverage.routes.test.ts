import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../../admin/run-admin.js';
import { addAssociation } from '../../associations/testing.js';
import type { TestServer } from '../../test-support.js';
import { cookieFor, get, serverWithAdmin } from '../kit/page-testing.js';

let s: TestServer;
let admin: string;
beforeEach(async () => ({ s, admin } = await serverWithAdmin()));
afterEach(() => s.close());

/** The text of an element's content, tags dropped and spaces collapsed, to read a page as a person would. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');

/** The section of the page that belongs to one fylke's heading. */
async function fylkeSection(path: string, number: string) {
  const html = await (await get(s, path, admin)).text();
  const start = html.indexOf(`aria-labelledby="fylke-${number}"`);
  expect(start, `no section for fylke ${number}`).toBeGreaterThan(-1);
  return text(html.slice(start, html.indexOf('</section>', start)));
}

/** Runs the admin tool's `route` in this process against the test server's database. */
async function routeCommand(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const env = s.config.databaseUrl ? { DATABASE_URL: s.config.databaseUrl } : { DATABASE_PATH: s.config.databasePath };
  const code = await runAdmin(['route', ...args], { env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The `Label: value` lines the route command prints, as a record. */
const lines = (stdout: string) => Object.fromEntries(stdout.trim().split('\n').map((l) => [l.slice(0, 13).replace(/:\s*$/, ''), l.slice(13)]));

describe('GET /koordinator/dekning', () => {
  it("shows each fylke's kommuner with who serves them, and where the others fall back", async () => {
    const res = await get(s, '/koordinator/dekning', admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Dekning</h1>');
    expect(html).toContain('<a href="/koordinator/dekning">Dekning</a>');
    expect(text(html)).toContain('Står skjemaet på siden til en forening som tar imot søknader, går søknaden dit før den går til fylkesforeningen eller nasjonal kontaktperson.');
    for (const fylke of ['Oslo', 'Nordland', 'Innlandet', 'Finnmark']) expect(html).toMatch(new RegExp(`<h3 id="fylke-\\d\\d">${fylke} `));

    const nordland = await fylkeSection('/koordinator/dekning', '18');
    expect(nordland).toContain('2 kommuner, 1 med en forening som tar imot søknader.');
    expect(nordland).toContain('Der ingen lokalforening tar imot, går søknadene til nasjonal kontaktperson.');
    expect(nordland).toMatch(/Uten forening som tar imot \(1\) 1853 Evenes – Ingen forening/);
    expect(nordland).toMatch(/Med forening som tar imot \(1\) 1806 Narvik Narvik sanitetsforening \(lokalforening\)/);

    // Hamar is served by Eksempelby's postal range only: a list of its own, and no claim that nobody takes anything.
    const innlandet = await fylkeSection('/koordinator/dekning', '34');
    expect(innlandet).toContain('2 kommuner, 0 med en forening som tar imot søknader, 1 der en forening tar imot fra bare noen postnumre.');
    expect(innlandet).toMatch(/Uten forening som tar imot \(1\) 3413 Stange – Ingen forening/);
    expect(innlandet).toMatch(/Med forening som tar imot fra bare noen postnumre \(1\) 3403 Hamar Eksempelby sanitetsforening \(lokalforening, bare postnummer 2315–2319\)/);
    expect(innlandet).not.toContain('Ingen av kommunene har en forening som tar imot søknader.');
    expect(innlandet).toContain('Der ingen lokalforening tar imot, går søknadene til nasjonal kontaktperson.');

    // Every kommune served whole: nothing there falls back, so the fallback is not mentioned.
    const troms = await fylkeSection('/koordinator/dekning', '55');
    expect(troms).toContain('Alle kommunene har en forening som tar imot søknader.');
    expect(troms).not.toContain('Der ingen lokalforening tar imot');
    // None served at all: said once, under the list.
    const oslo = await fylkeSection('/koordinator/dekning', '03');
    expect(oslo).toContain('Ingen av kommunene har en forening som tar imot søknader.');
  });

  it('names the county association where it takes over, and flags associations without a coordinator, inactive ones and those covering nothing', async () => {
    await addAssociation(s.ctx.db, { slug: 'nordland', name: 'Nordland sanitetsforening', kind: 'county', countyNumber: '18' });
    await addAssociation(s.ctx.db, { slug: 'hammerfest', name: 'Hammerfest sanitetsforening', kommuner: ['5603'], coordinators: [] });
    await addAssociation(s.ctx.db, { slug: 'alta', name: 'Alta sanitetsforening', kommuner: ['5601'], active: false });
    await addAssociation(s.ctx.db, { slug: 'tomhendt', name: 'Tomhendt sanitetsforening' });

    const nordland = await fylkeSection('/koordinator/dekning?fylke=18', '18');
    expect(nordland).toContain('Der ingen lokalforening tar imot, går søknadene til Nordland sanitetsforening (fylkesforening).');
    const finnmark = await fylkeSection('/koordinator/dekning?fylke=56', '56');
    expect(finnmark).toContain('3 kommuner, 0 med en forening som tar imot søknader.');
    expect(finnmark).toContain('5603 Hammerfest Hammerfest sanitetsforening (lokalforening, ingen aktiv koordinator)');
    expect(finnmark).toContain('5601 Alta Alta sanitetsforening (lokalforening, ikke aktiv)');

    const html = await (await get(s, '/koordinator/dekning?fylke=56', admin)).text();
    // The filter shows one fylke, unfolded.
    expect(html).not.toContain('id="fylke-18"');
    expect(html).toContain('<details open="">');
    const nothing = text(html.slice(html.indexOf('id="nothing-heading"'), html.indexOf('id="fylker-heading"')));
    expect(nothing).toContain('Tomhendt sanitetsforening (lokalforening)');
    expect(nothing).not.toContain('Narvik');
    expect(nothing).not.toContain('finnes ikke i kommunelista');
  });

  it('lists kommunenummer an association names that the kommune list does not have', async () => {
    await addAssociation(s.ctx.db, { slug: 'gamle-narvik', name: 'Gamle Narvik sanitetsforening', kommuner: ['1805'] });
    const html = await (await get(s, '/koordinator/dekning', admin)).text();
    const nothing = text(html.slice(html.indexOf('id="nothing-heading"'), html.indexOf('id="fylker-heading"')));
    expect(nothing).toContain('men finnes ikke i kommunelista');
    expect(nothing).toContain('1805: Gamle Narvik sanitetsforening (lokalforening)');
  });

  it('speaks Nynorsk and English', async () => {
    const nn = text(await (await get(s, '/koordinator/dekning?lang=nn&fylke=18', admin)).text());
    expect(nn).toContain('2 kommunar, 1 med ei foreining som tek imot søknader.');
    expect(nn).toContain('Narvik sanitetsforening (lokalforeining)');
    const en = text(await (await get(s, '/koordinator/dekning?lang=en&fylke=18', admin)).text());
    expect(en).toContain('Where no local association takes applications, they go to the national contact.');
    expect(en).toContain('Coverage');
  });

  it('is the same 404 as any page that does not exist for a coordinator, and has no link for her', async () => {
    const narvik = await cookieFor(s, 'narvik');
    const res = await get(s, '/koordinator/dekning', narvik);
    const missing = await get(s, '/koordinator/soknader/finnes-ikke', narvik);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(await missing.text());
    expect((await get(s, '/koordinator/dekning?postnummer=8514', narvik)).status).toBe(404);
    expect(await (await get(s, '/koordinator', narvik)).text()).not.toContain('/koordinator/dekning');
  });

  it('sends a visitor without a session to sign-in', async () => {
    const res = await s.app.request('/koordinator/dekning');
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toContain('/koordinator/logg-inn?neste=%2Fkoordinator%2Fdekning');
  });
});

describe('"where would it go, and why?" on the coverage page and in the admin tool', () => {
  it('answers 8514 as the route command does: Narvik, by postal code, Narvik’s coordinator told', async () => {
    const page = text(await (await get(s, '/koordinator/dekning?lang=en&postnummer=8514', admin)).text());
    const cli = await routeCommand('8514');
    expect(cli.code, cli.stderr).toBe(0);
    const out = lines(cli.stdout);
    expect(out).toMatchObject({ 'Postal code': '8514 NARVIK', Kommune: '1806 Narvik', 'Goes to': 'Narvik sanitetsforening (narvik)', Notified: 'koordinator@narvik-sanitet.example' });
    expect(out.Routing).toMatch(/^postal_code: /);
    expect(page).toContain('Answer for 8514');
    expect(page).toContain('Place NARVIK');
    expect(page).toContain('Kommune 1806 Narvik');
    expect(page).toContain(`Goes to ${out['Goes to']}`);
    expect(page).toContain("Goes there because The association serves the postal code's kommune or a postal range holding it. postal_code");
    expect(page).toContain(`Emailed ${out.Notified}`);
  });

  it('gives the same fallback and reason in both, for a kommune whose association has no coordinator', async () => {
    await addAssociation(s.ctx.db, { slug: 'narvik', coordinators: [] });
    const cli = lines((await routeCommand('8514')).stdout);
    expect(cli['Goes to']).toBe('Norske Kvinners Sanitetsforening sentralt (nasjonal)');
    expect(cli.Routing).toMatch(/^national_fallback: /);
    expect(cli.Why).toBe('no_coordinator: the association serving it has no active coordinator: Narvik sanitetsforening (narvik)');
    const page = text(await (await get(s, '/koordinator/dekning?postnummer=8514', admin)).text());
    expect(page).toContain(`Går til ${cli['Goes to']}`);
    expect(page).toContain('Går dit fordi Ingen forening kan ta imot søknaden. Den går til nasjonal kontaktperson og står som «Ikke fordelt» til noen sender den videre. national_fallback');
    expect(page).toContain('Hvorfor ingen forening Narvik sanitetsforening dekker postnummeret, men har ingen aktiv koordinator. no_coordinator');
    expect(page).toContain(`Får e-post ${cli.Notified}`);
  });

  it('honours the page and the confirmed association in both', async () => {
    const cli = lines((await routeCommand('5003', '--page', 'tromso')).stdout);
    expect(cli['Goes to']).toBe('Tromsø sanitetsforening (tromso)');
    expect(cli.Routing).toMatch(/^page: /);
    const page = text(await (await get(s, '/koordinator/dekning?postnummer=5003&side=tromso', admin)).text());
    expect(page).toContain(`Går til ${cli['Goes to']}`);
    expect(page).toMatch(/Går dit fordi Ingen forening dekker postnummeret, så søknaden går til foreningen som skjemaet står på siden til\. page /);
    const confirmed = text(await (await get(s, '/koordinator/dekning?postnummer=8514&bekreftet=fjordheim', admin)).text());
    expect(lines((await routeCommand('8514', '--confirmed', 'fjordheim')).stdout)['Goes to']).toBe('Fjordheim sanitetslag (fjordheim)');
    expect(confirmed).toContain('Går til Fjordheim sanitetslag (fjordheim)');
  });

  it('says when the postal code is not in the register, in both', async () => {
    expect((await routeCommand('0002')).stdout).toContain('0002 (not in the postal code register)');
    const page = text(await (await get(s, '/koordinator/dekning?postnummer=0002', admin)).text());
    expect(page).toContain('Poststed Finnes ikke i postnummerregisteret');
    expect(page).toMatch(/Postnummeret finnes ikke i postnummerregisteret[^<]*unknown_postal_code/);
  });

  it('refuses anything but four digits with an error linked to the field', async () => {
    for (const typed of ['851', '85145', 'abcd']) {
      const res = await get(s, `/koordinator/dekning?postnummer=${typed}`, admin);
      expect(res.status, typed).toBe(422);
      const html = await res.text();
      expect(html).toContain('<a href="#postnummer">Skriv et postnummer med fire siffer.</a>');
      expect(html).toContain('aria-invalid="true"');
      expect(html).not.toContain('Svar for');
    }
    expect((await routeCommand('85145')).code).not.toBe(0);
  });
});
