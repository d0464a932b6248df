import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { signInAs } from '../auth/testing.js';
import { savePasskey } from '../../accounts/passkeys.repository.js';
import { KARI, NATIONAL_LEAD, postForm, signInByLink } from './testing.js';

let server: TestServer;
beforeEach(async () => void (server = await createTestServer()));
afterEach(() => server.close());

const page = async (path: string, cookie: string) => (await server.app.request(path, { headers: { Cookie: cookie } })).text();
const accountIdOf = async (email: string) => (await server.ctx.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

async function addPasskey(email: string, credentialId: string, name: string) {
  await savePasskey(server.ctx.db, { credentialId, accountId: await accountIdOf(email), publicKey: 'AAAA', counter: 0, transports: ['internal'], name }, server.clock.now);
}

describe('the account page', () => {
  it('shows name, address, role, associations and passkeys with their dates', async () => {
    const cookie = await signInByLink(server, KARI);
    await addPasskey(KARI, 'cred-1', 'Mobilen <min>');
    const html = await page('/koordinator/konto', cookie);
    expect(html).toContain('<h1>Kontoen din</h1>');
    expect(html).toContain('Kari Koordinator');
    expect(html).toContain(KARI);
    expect(html).toContain('<dd>Koordinator</dd>');
    expect(html).toContain('<li>Eksempelby sanitetsforening</li>');
    expect(html).toContain('Mobilen &lt;min&gt;');
    expect(html).toContain('Registrert: 27. november 2026 kl. 11:00');
    expect(html).toContain('Sist brukt: Aldri');
    expect(html).toContain('aria-label="Fjern passnøkkelen «Mobilen &lt;min&gt;»"');
    expect(html).toContain('data-passkey="register"');
    // One «Logg ut», the header's, as on every page; the account page adds «Logg ut overalt».
    expect(html.match(/action="\/koordinator\/logg-ut"/g)).toHaveLength(1);
    expect(html).toContain('class="header-sign-out"');
    expect(html).toContain('action="/koordinator/konto/logg-ut-overalt"');
    expect(html).not.toContain('/koordinator/passnokkelkrav');
  });

  it('sends a visitor without a session to sign-in', async () => {
    const response = await server.app.request('/koordinator/konto');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Fkonto');
  });

  it('saves the language, which the pages then speak', async () => {
    const cookie = await signInByLink(server, KARI);
    const response = await postForm(server, '/koordinator/konto/sprak', { sprak: 'nn' }, { Cookie: cookie });
    expect(response.headers.get('location')).toBe('/koordinator/konto?lagret=language');
    const html = await page('/koordinator/konto?lagret=language', cookie);
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('Språket er lagra.');
    expect((await postForm(server, '/koordinator/konto/sprak', { sprak: 'de' }, { Cookie: cookie })).headers.get('location')).toBe('/koordinator/konto');
    expect((await server.ctx.db.selectFrom('accounts').select('language').where('email', '=', KARI).executeTakeFirstOrThrow()).language).toBe('nn');
  });

  it('removes only the person’s own passkeys', async () => {
    const kari = await signInByLink(server, KARI);
    const ola = await signInByLink(server, 'ola.koordinator@eksempelby-sanitet.example');
    await addPasskey(KARI, 'kari-key', 'Karis mobil');
    const attempt = await postForm(server, '/koordinator/konto/passnokler/slett', { id: 'kari-key' }, { Cookie: ola });
    expect(attempt.headers.get('location')).toBe('/koordinator/konto');
    expect(await server.ctx.db.selectFrom('passkeys').select('credential_id').execute()).toHaveLength(1);
    const removal = await postForm(server, '/koordinator/konto/passnokler/slett', { id: 'kari-key' }, { Cookie: kari });
    expect(removal.headers.get('location')).toBe('/koordinator/konto?lagret=removed');
    expect(await server.ctx.db.selectFrom('passkeys').select('credential_id').execute()).toEqual([]);
  });

  it('lets a person require a passkey for her own account', async () => {
    const cookie = await signInByLink(server, KARI);
    await postForm(server, '/koordinator/konto/krev-passnokkel', { krev: '1' }, { Cookie: cookie });
    expect((await server.ctx.db.selectFrom('accounts').select('require_passkey').where('email', '=', KARI).executeTakeFirstOrThrow()).require_passkey).toBe(1);
    // Her link session is limited from now on.
    expect(await page('/koordinator/konto', cookie)).toContain('Passnøkkel kreves');
  });
});

describe('signing out everywhere', () => {
  it('finding 13.1: «Logg ut overalt» on the account page ends every session of the account, and is refused cross-site', async () => {
    const phone = await signInByLink(server, KARI);
    const office = await signInByLink(server, KARI);
    const ola = await signInByLink(server, 'ola.koordinator@eksempelby-sanitet.example');
    const html = await page('/koordinator/konto', phone);
    expect(html).toContain('<form method="post" action="/koordinator/konto/logg-ut-overalt"');
    expect(html).toContain('Logg ut overalt');
    expect(await page('/koordinator/konto?lang=nn', phone)).toContain('Logg ut overalt');
    expect(await page('/koordinator/konto?lang=en', phone)).toContain('Sign out everywhere');

    const cross = await postForm(server, '/koordinator/konto/logg-ut-overalt', {}, { Cookie: phone, 'Sec-Fetch-Site': 'cross-site' });
    expect(cross.status).toBe(403);
    expect((await server.app.request('/koordinator/konto', { headers: { Cookie: office } })).status).toBe(200);

    const response = await postForm(server, '/koordinator/konto/logg-ut-overalt', {}, { Cookie: phone });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/koordinator/logg-inn?utlogget=alle&lang=nb');
    expect(response.headers.getSetCookie().join('\n')).toMatch(/__Host-rv_session=; Max-Age=0/);
    for (const cookie of [phone, office]) expect((await server.app.request('/koordinator/konto', { headers: { Cookie: cookie } })).status).toBe(303);
    // Other people's sessions are untouched.
    expect((await server.app.request('/koordinator/konto', { headers: { Cookie: ola } })).status).toBe(200);
    expect(await page('/koordinator/logg-inn?utlogget=alle', '')).toContain('Du er logget ut på alle enheter.');
  });
});

describe('the passkey requirement per association', () => {
  it('is for the national admin only', async () => {
    const coordinator = await signInByLink(server, KARI);
    expect((await server.app.request('/koordinator/passnokkelkrav', { headers: { Cookie: coordinator } })).status).toBe(404);
    expect((await postForm(server, '/koordinator/passnokkelkrav', { forening: 'x' }, { Cookie: coordinator })).status).toBe(404);
    const admin = await signInByLink(server, NATIONAL_LEAD);
    expect(await page('/koordinator/konto', admin)).toContain('href="/koordinator/passnokkelkrav"');
    const html = await page('/koordinator/passnokkelkrav', admin);
    expect(html).toContain('Norske Kvinners Sanitetsforening sentralt (nasjonal)');
    expect(html).toContain('Narvik sanitetsforening');
  });

  it('sets exactly the associations ticked', async () => {
    const admin = await signInAs(server.ctx.db, NATIONAL_LEAD, { role: 'admin', now: server.clock.now, via: 'link' });
    const ids = async (...slugs: string[]) => (await server.ctx.db.selectFrom('associations').select('id').where('slug', 'in', slugs).execute()).map((r) => r.id);
    await server.ctx.db.updateTable('associations').set({ require_passkey: 1 }).where('slug', '=', 'tromso').execute();
    const response = await postForm(server, '/koordinator/passnokkelkrav', { forening: await ids('eksempelby', 'narvik') }, { Cookie: admin });
    expect(response.headers.get('location')).toBe('/koordinator/passnokkelkrav?lagret=1');
    const required = await server.ctx.db.selectFrom('associations').select('slug').where('require_passkey', '=', 1).orderBy('slug').execute();
    expect(required.map((r) => r.slug)).toEqual(['eksempelby', 'narvik']);
    expect(await page('/koordinator/passnokkelkrav?lagret=1', admin)).toContain('Kravene er lagret.');
  });
});
