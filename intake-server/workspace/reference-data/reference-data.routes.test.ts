import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostalCodeLookup } from '../../../contract/index.js';
import { findAssociationBySlug, findNationalContact } from '../../associations/associations.repository.js';
import { addCoordinator } from '../../associations/coordinators.repository.js';
import { SAMPLE_DIR } from '../../reference-data/import-sample.js';
import { countReferenceData } from '../../reference-data/reference-data.repository.js';
import type { TestServer } from '../../test-support.js';
import { signInAs } from '../auth/testing.js';
import { auditEntries, cookieFor, get, post, serverWithAdmin } from '../kit/page-testing.js';

let s: TestServer;
let admin: string;
beforeEach(async () => ({ s, admin } = await serverWithAdmin()));
afterEach(() => s.close());

const PATH = '/koordinator/referansedata';
const SAMPLE_REGISTER = readFileSync(join(SAMPLE_DIR, 'postnummer-sample.tsv'), 'utf8');
const SAMPLE_KOMMUNER = readFileSync(join(SAMPLE_DIR, 'kommuner-sample.csv'), 'utf8');

/** A file upload as the browser sends the page's multipart form. */
function upload(cookie: string, type: string, file: { name: string; bytes: Uint8Array | string } | undefined, site = 'same-origin') {
  const form = new FormData();
  form.set('type', type);
  if (file) form.set('fil', new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)]), file.name);
  return Promise.resolve(s.app.request(PATH, { method: 'POST', headers: { Cookie: cookie, 'Sec-Fetch-Site': site }, body: form }));
}

/** Uploads and returns the preview's address and the apply form's hash. */
async function staged(cookie: string, type: string, name: string, bytes: Uint8Array | string) {
  const res = await upload(cookie, type, { name, bytes });
  expect(res.status).toBe(303);
  const location = res.headers.get('Location')!;
  expect(location).toMatch(/^\/koordinator\/referansedata\/[0-9a-f]{32}$/);
  const page = await (await get(s, location, cookie)).text();
  const sha256 = /name="sha256" value="([0-9a-f]{64})"/.exec(page)?.[1] ?? '';
  return { location, page, sha256 };
}

const lookup = async (code: string) => (await (await s.app.request(`/api/v1/postal-codes/${code}`)).json()) as PostalCodeLookup;
const uploadsDir = () => join(s.config.dataDir, 'uploads');

/** The register with one new code in Narvik and 8514's poststed changed. */
const NEW_REGISTER = `${SAMPLE_REGISTER.replace('8514\tNARVIK\t', '8514\tNARVIK SENTRUM\t').trimEnd()}\n9999\tTESTSTED\t1806\tNARVIK\tG\n`;

describe('the reference-data pages', () => {
  it('are the workspace 404 for a coordinator, byte for byte, and her upload stages nothing', async () => {
    const coordinator = await cookieFor(s, 'eksempelby');
    const notFound = await (await get(s, '/koordinator/personvern', coordinator)).text();
    const page = await get(s, PATH, coordinator);
    expect(page.status).toBe(404);
    expect(await page.text()).toBe(notFound);
    const sent = await upload(coordinator, 'postnummer', { name: 'p.txt', bytes: NEW_REGISTER });
    expect(sent.status).toBe(404);
    expect(await sent.text()).toBe(notFound);
    expect((await lookup('9999')).place).toBeNull();
    expect(await (await get(s, '/koordinator', coordinator)).text()).not.toContain(`href="${PATH}"`);
  });

  it('shows the admin what is stored, a labelled upload form, and a link in the menu', async () => {
    const counts = await countReferenceData(s.ctx.db);
    const html = await (await get(s, PATH, admin)).text();
    expect(html).toContain(`<a href="${PATH}">Referansedata</a>`);
    expect(html).toContain(`<li>${counts.postalCodes} postnummer</li>`);
    expect(html).toContain(`<li>${counts.kommuner} kommuner</li>`);
    expect(html).toMatch(/<form method="post" action="\/koordinator\/referansedata" enctype="multipart\/form-data"/);
    expect(html).toContain('<label for="fil">Fil</label>');
    expect(html).toMatch(/<input type="file" id="fil" name="fil" accept="[^"]*\.csv[^"]*"/);
    expect(await (await get(s, `${PATH}?lang=nn`, admin)).text()).toContain('Last opp ei fil');
    expect(await (await get(s, `${PATH}?lang=en`, admin)).text()).toContain('Upload a file');
  });
});

describe('uploading the postal code register', () => {
  it('previews added, changed and removed codes, changes nothing until applied, then routes by it at once; a second apply is refused', async () => {
    const before = await countReferenceData(s.ctx.db);
    const { location, page, sha256 } = await staged(admin, 'postnummer', 'postnummerregister-ansi.txt', Buffer.from(NEW_REGISTER, 'latin1'));
    expect(page).toContain('Postnummerregisteret fra Bring: postnummerregister-ansi.txt, lest som Windows-1252.');
    expect(page).toMatch(/<dt>Nye<\/dt>\s*<dd>1<\/dd>\s*<dt>Endret<\/dt>\s*<dd>1<\/dd>\s*<dt>Fjernet<\/dt>\s*<dd>0<\/dd>/);
    expect(page).toContain('9999');
    // The staged file is hers alone.
    const files = readdirSync(uploadsDir());
    expect(files).toHaveLength(1);
    expect(statSync(join(uploadsDir(), files[0]!)).mode & 0o777).toBe(0o600);
    expect(statSync(uploadsDir()).mode & 0o777).toBe(0o700);
    expect((await lookup('9999')).place).toBeNull();

    const applied = await post(s, `${location}/bruk`, admin, { sha256 });
    expect(applied.status).toBe(303);
    expect(applied.headers.get('Location')).toBe(`${PATH}?brukt=postnummer&rader=${before.postalCodes + 1}`);
    expect(await lookup('9999')).toMatchObject({ postalCode: '9999', place: 'TESTSTED', kommune: { number: '1806', name: 'Narvik' }, associations: [{ slug: 'narvik', name: 'Narvik sanitetsforening' }] });
    expect((await lookup('8514')).place).toBe('NARVIK SENTRUM');
    expect(await (await get(s, applied.headers.get('Location')!, admin)).text()).toContain(`Postnummerregisteret fra Bring: filen er tatt i bruk (${before.postalCodes + 1} rader).`);
    const audit = (await auditEntries(s)).filter((e) => e.action === 'reference_data.applied');
    expect(audit).toEqual([
      { action: 'reference_data.applied', accountId: expect.any(String), applicationId: null, associationId: null, detail: { kind: 'postnummer', rows: before.postalCodes + 1, added: 1, changed: 1, removed: 0, encoding: 'Windows-1252', sha256 } },
    ]);
    expect(JSON.stringify(audit)).not.toContain('TESTSTED');

    const again = await post(s, `${location}/bruk`, admin, { sha256 });
    expect(again.status).toBe(404);
    expect((await get(s, location, admin)).status).toBe(404);
    expect(readdirSync(uploadsDir())).toEqual([]);
  });

  it('refuses an upload, an apply and a cancel sent from another site', async () => {
    const crossSite = await upload(admin, 'postnummer', { name: 'p.txt', bytes: NEW_REGISTER }, 'cross-site');
    expect(crossSite.status).toBe(403);
    expect(existsUploads()).toBe(false);
    const { location, sha256 } = await staged(admin, 'postnummer', 'p.txt', NEW_REGISTER);
    expect((await post(s, `${location}/bruk`, admin, { sha256 }, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post(s, `${location}/avbryt`, admin, {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await lookup('9999')).place).toBeNull();
    expect((await get(s, location, admin)).status).toBe(200);
  });

  it('lists the first 20 codes of a long change and counts them all', async () => {
    const before = await countReferenceData(s.ctx.db);
    const { page } = await staged(admin, 'postnummer', 'p.txt', '8514\tNARVIK\t1806\tNARVIK\tG\n');
    expect(page).toMatch(new RegExp(`<dt>Fjernet</dt>\\s*<dd>${before.postalCodes - 1}</dd>`));
    const removed = /<h3>Fjernet<\/h3><p>De første 20:<\/p><p>([^<]*)<\/p>/.exec(page)?.[1];
    expect(removed?.split(', ')).toHaveLength(20);
  });

  it('waits an hour for the decision, then is the 404', async () => {
    const { location, sha256 } = await staged(admin, 'postnummer', 'p.txt', NEW_REGISTER);
    s.clock.advance(59 * 60_000);
    expect((await get(s, location, admin)).status).toBe(200);
    s.clock.advance(60_000);
    expect((await get(s, location, admin)).status).toBe(404);
    expect((await post(s, `${location}/bruk`, admin, { sha256 })).status).toBe(404);
    expect((await lookup('9999')).place).toBeNull();
  });

  it('cancel deletes the upload and changes nothing', async () => {
    const { location, sha256 } = await staged(admin, 'postnummer', 'p.txt', NEW_REGISTER);
    const cancelled = await post(s, `${location}/avbryt`, admin, {});
    expect(cancelled.status).toBe(303);
    expect(await (await get(s, cancelled.headers.get('Location')!, admin)).text()).toContain('Avbrutt. Ingenting er endret.');
    expect(readdirSync(uploadsDir())).toEqual([]);
    expect((await lookup('9999')).place).toBeNull();
    expect((await post(s, `${location}/bruk`, admin, { sha256 })).status).toBe(404);
    expect((await auditEntries(s)).filter((e) => e.action === 'reference_data.applied')).toEqual([]);
  });

  it("is the 404 for another admin's upload id, and for a hash that is not the upload's", async () => {
    const { location, sha256 } = await staged(admin, 'postnummer', 'p.txt', NEW_REGISTER);
    const national = await findNationalContact(s.ctx.db);
    await addCoordinator(s.ctx.db, national!.id, { name: 'Annen Admin', email: 'annen@nks.example' }, s.clock.now);
    const other = await signInAs(s.ctx.db, 'annen@nks.example', { role: 'admin', now: s.clock.now });
    expect((await get(s, PATH, other)).status).toBe(200);
    expect((await get(s, location, other)).status).toBe(404);
    expect((await post(s, `${location}/bruk`, other, { sha256 })).status).toBe(404);
    expect((await post(s, `${location}/avbryt`, other, {})).status).toBe(404);
    expect((await post(s, `${location}/bruk`, admin, { sha256: '0'.repeat(64) })).status).toBe(404);
    expect((await lookup('9999')).place).toBeNull();
    expect((await post(s, `${location}/bruk`, admin, { sha256 })).status).toBe(303);
  });

  it('refuses a file over its limit with a clear error, and a body over the route\'s limit before reading it', async () => {
    const big = await upload(admin, 'postnummer', { name: 'big.txt', bytes: new Uint8Array(5.5 * 1024 * 1024).fill(0x41) });
    expect(big.status).toBe(413);
    const html = await big.text();
    expect(html).toContain('Filen er for stor (5,5 MB). Grensen for denne typen fil er 5 MB.');
    expect(html).toContain('<a href="#fil">');
    const huge = await upload(admin, 'postnummer', { name: 'huge.txt', bytes: new Uint8Array(7 * 1024 * 1024).fill(0x41) });
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('The request is too large.');
    expect(existsUploads()).toBe(false);
  });

  it('lists the errors with their line numbers and stages nothing', async () => {
    const res = await upload(admin, 'postnummer', { name: 'p.txt', bytes: '8514\tNARVIK\t1806\tNARVIK\tG\n9008\tTROMSØ\t5501\n' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Filen har feil. Ingenting er endret.');
    expect(html).toContain('line 2: expected 5 tab-separated fields');
    expect(existsUploads()).toBe(false);
    const none = await upload(admin, '', undefined);
    expect(none.status).toBe(422);
    const text = await none.text();
    expect(text).toContain('<a href="#type">Velg hva slags fil det er.</a>');
    expect(text).toContain('<a href="#fil">Velg en fil.</a>');
  });
});

function existsUploads(): boolean {
  try {
    return readdirSync(uploadsDir()).length > 0;
  } catch {
    return false;
  }
}

describe('uploading the kommune list and associations', () => {
  it('warns about associations covering kommuner the new list does not have', async () => {
    const withoutNarvik = SAMPLE_KOMMUNER.split('\n').filter((l) => !l.includes('1806')).join('\n');
    const { page } = await staged(admin, 'kommuner', 'kommuner.csv', withoutNarvik);
    expect(page).toMatch(/<dt>Fjernet<\/dt>\s*<dd>1<\/dd>/);
    expect(page).toContain('narvik dekker kommunenummer som ikke finnes i kommunelisten: 1806');
  });

  it('counts an association as changed only when a field the file gives differs from the stored one', async () => {
    const seed = readFileSync(join(SAMPLE_DIR, 'associations.json'), 'utf8');
    const same = await staged(admin, 'foreninger', 'associations.json', seed);
    expect(same.page).toMatch(/<dt>Nye<\/dt>\s*<dd>0<\/dd>\s*<dt>Endret<\/dt>\s*<dd>0<\/dd>\s*<dt>Fjernet<\/dt>\s*<dd>0<\/dd>\s*<dt>Uendret<\/dt>\s*<dd>[1-9]\d*<\/dd>/);
    const renamed = await staged(admin, 'foreninger', 'a.csv', 'slug;name;kommuner\nnarvik;Narvik sanitetsforening;1806\neksempelby;Eksempelby sanitetsforening (ny);\n');
    expect(renamed.page).toMatch(/<dt>Endret<\/dt>\s*<dd>1<\/dd>/);
    expect(renamed.page).toContain('<p>eksempelby</p>');
  });

  it("applies Excel's Windows-1252 CSV with Bodø intact, and refuses a file with replacement characters naming the line", async () => {
    const csv = 'slug;name;email;kommuner;coordinators\r\nbodo;Bodø sanitetsforening;post@bodo.example;1804;Berit <berit@bodo.example>\r\n';
    const excel = Buffer.from(new Uint8Array([...csv].map((ch) => (ch === 'ø' ? 0xf8 : ch.charCodeAt(0)))));
    const { location, page, sha256 } = await staged(admin, 'foreninger', 'foreninger.csv', excel);
    expect(page).toContain('lest som Windows-1252');
    expect(page).toMatch(/<dt>Nye<\/dt>\s*<dd>1<\/dd>/);
    expect((await post(s, `${location}/bruk`, admin, { sha256 })).status).toBe(303);
    expect((await findAssociationBySlug(s.ctx.db, 'bodo'))?.name).toBe('Bodø sanitetsforening');

    const mangled = await upload(admin, 'foreninger', { name: 'foreninger.csv', bytes: 'slug;name\nbodo;Bod\uFFFD sanitetsforening\n' });
    expect(mangled.status).toBe(422);
    expect(await mangled.text()).toContain('line 2, character 9: a replacement character (U+FFFD)');
    expect((await findAssociationBySlug(s.ctx.db, 'bodo'))?.name).toBe('Bodø sanitetsforening');
  });
});
