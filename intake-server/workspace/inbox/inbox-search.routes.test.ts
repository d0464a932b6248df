import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const DAY = 86_400_000;
const listOf = async (path: string, cookie: string) => {
  const res = await get(s, path, cookie);
  expect(res.status).toBe(200);
  const html = await res.text();
  return { html, list: html.slice(html.indexOf('id="list-heading"')) };
};
/** The applicants' names in the order the list shows them. */
const names = (list: string) => [...list.matchAll(/<h3 class="card__title"><a [^>]+>([^<]+)<\/a>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());

/** Three Eksempelby applicants a day apart (Åse first), and Nora in Narvik. */
async function applicants() {
  const ase = await submit(s, { firstName: 'Åse', lastName: 'Ødegård', email: 'ase@example.no' });
  s.clock.advance(DAY);
  const kari = await submit(s, { firstName: 'Kari', lastName: 'Nordmann', email: 'kari.nordmann@example.no' });
  s.clock.advance(DAY);
  const liv = await submit(s, { firstName: 'Liv', lastName: 'Berg', email: 'liv@example.no' });
  await submit(s, { firstName: 'Nora', lastName: 'Nordlys', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
  return { ase, kari, liv };
}

describe('the inbox: order, who follows up, search', () => {
  it('puts the longest-waiting open application first by default, and the newest first when asked', async () => {
    await applicants();
    const cookie = await cookieFor(s, 'eksempelby');
    const { html, list } = await listOf('/koordinator', cookie);
    expect(names(list)).toEqual(['Åse Ødegård', 'Kari Nordmann', 'Liv Berg']);
    expect(html).toContain('<option value="venter" selected="">Lengst ventetid først</option>');
    expect(names((await listOf('/koordinator?rekkefolge=nyeste', cookie)).list)).toEqual(['Liv Berg', 'Kari Nordmann', 'Åse Ødegård']);
    // Every status, closed ones included, is newest first unless asked otherwise.
    expect(names((await listOf('/koordinator?status=all', cookie)).list)).toEqual(['Liv Berg', 'Kari Nordmann', 'Åse Ødegård']);
  });

  it('shows what I follow up, and what nobody has taken', async () => {
    const { kari, liv } = await applicants();
    const cookie = await cookieFor(s, 'eksempelby');
    await post(s, `/koordinator/soknader/${kari}/ansvarlig`, cookie, { handling: 'take' });
    const admin = await cookieFor(s, 'admin');
    await post(s, `/koordinator/soknader/${liv}/ansvarlig`, admin, { handling: 'take' });

    const mine = await listOf('/koordinator?hvem=mine', cookie);
    expect(names(mine.list)).toEqual(['Kari Nordmann']);
    expect(mine.html).toContain('<option value="mine" selected="">Søknader jeg følger opp</option>');
    expect(names((await listOf('/koordinator?hvem=ingen', cookie)).list)).toEqual(['Åse Ødegård']);
    expect(names((await listOf('/koordinator?hvem=ukjent', cookie)).list)).toHaveLength(3);
  });

  it('finds applicants by name, email or reference, without case, and only among those she may see', async () => {
    const { kari } = await applicants();
    const reference = (await s.ctx.db.selectFrom('applications').select('reference').where('id', '=', kari).executeTakeFirstOrThrow()).reference;
    const cookie = await cookieFor(s, 'eksempelby');
    const search = async (q: string) => names((await listOf(`/koordinator?sok=${encodeURIComponent(q)}`, cookie)).list);

    expect(await search('ødegård')).toEqual(['Åse Ødegård']);
    expect(await search('nordmann kari')).toEqual(['Kari Nordmann']);
    expect(await search('LIV@EXAMPLE')).toEqual(['Liv Berg']);
    expect(await search(reference.toLowerCase())).toEqual(['Kari Nordmann']);
    // Nora Nordlys is Narvik's: the search never reaches past what the inbox shows her.
    expect(await search('Nord')).toEqual(['Kari Nordmann']);
    expect(await search('nora@example.no')).toEqual([]);

    const { html } = await listOf('/koordinator?sok=Nord', cookie);
    expect(html).toContain('Søk etter «Nord»');
    expect(html).toContain('href="/koordinator?status=open&amp;rekkefolge=venter">Fjern søket</a>');
    expect(html).toContain('<input type="search" id="sok" name="sok" value="Nord" maxlength="100"');
    // Narvik's coordinator finds Nora, and the admin finds both.
    expect(names((await listOf('/koordinator?sok=nord', await cookieFor(s, 'narvik'))).list)).toEqual(['Nora Nordlys']);
    expect(names((await listOf('/koordinator?sok=nord&rekkefolge=nyeste', await cookieFor(s, 'admin'))).list)).toEqual(['Nora Nordlys', 'Kari Nordmann']);
  });

  it('audits a search with its count and never its words, and keeps them out of the logs', async () => {
    await applicants();
    const cookie = await cookieFor(s, 'eksempelby');
    await listOf('/koordinator?sok=Ødegård&hvem=ingen', cookie);
    const entry = (await auditEntries(s)).at(-1);
    expect(entry).toMatchObject({ action: 'inbox.searched', detail: { filter: 'open', who: 'ingen', order: 'venter', results: 1 } });
    const written = JSON.stringify(await auditEntries(s)) + s.logs.join('\n');
    expect(written.toLowerCase()).not.toContain('ødegård');
    expect(written).not.toContain('%C3%98');
    expect((await auditEntries(s)).filter((e) => e.action === 'inbox.viewed')).toHaveLength(0);
  });

  it('refuses a search longer than 100 characters with an error linked to the field, and lists without it', async () => {
    await applicants();
    const { html, list } = await listOf(`/koordinator?sok=${'a'.repeat(101)}`, await cookieFor(s, 'eksempelby'));
    expect(html).toContain('<a href="#sok">Søket kan være høyst 100 tegn. Gjør det kortere.</a>');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('id="sok-error"');
    expect(names(list)).toHaveLength(3);
    expect((await auditEntries(s)).at(-1)).toMatchObject({ action: 'inbox.viewed' });
  });

  it('is labelled in Nynorsk and English', async () => {
    const cookie = await cookieFor(s, 'eksempelby');
    const nn = (await listOf('/koordinator?lang=nn&hvem=ingen', cookie)).html;
    expect(nn).toContain('<label for="hvem">Kven følgjer opp</label>');
    expect(nn).toContain('<option value="ingen" selected="">Søknader ingen har teke enno</option>');
    expect(nn).toContain('<input type="hidden" name="lang" value="nn"/>');
    const en = (await listOf('/koordinator?lang=en', cookie)).html;
    expect(en).toContain('<label for="rekkefolge">Order</label>');
    expect(en).toContain('Name, email address or reference');
  });
});
