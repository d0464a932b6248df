import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { hashToken } from '../../accounts/sessions.repository.js';
import { signInAs } from '../auth/testing.js';
import { createSoftAuthenticator, type SoftAuthenticator } from './soft-authenticator.js';
import { KARI, latestToken, NATIONAL_LEAD, postForm, postJson, redeem, requestLink, sessionCookieOf, signInByLink } from './testing.js';

let server: TestServer;
let authenticator: SoftAuthenticator;
const ORIGIN = 'https://intake.example';

beforeEach(async () => {
  server = await createTestServer();
  authenticator = createSoftAuthenticator();
});
afterEach(async () => {
  await server.close();
});

async function registrationOptions(cookie: string) {
  const response = await postJson(server, '/koordinator/passkey/registrering/valg', {}, { Cookie: cookie });
  expect(response.status).toBe(200);
  return response.json();
}

async function register(cookie: string, name = 'Mobilen min') {
  const response = authenticator.register(await registrationOptions(cookie), ORIGIN);
  return postJson(server, '/koordinator/passkey/registrering', { response, name }, { Cookie: cookie });
}

async function signInOptions() {
  const response = await postJson(server, '/koordinator/passkey/innlogging/valg', {});
  expect(response.status).toBe(200);
  return response.json();
}

describe('registering a passkey', () => {
  it('stores the credential under the name given, for the signed-in account', async () => {
    const cookie = await signInByLink(server, KARI);
    const options = await registrationOptions(cookie);
    expect(options.rp).toEqual({ name: 'Ressursvenn', id: 'intake.example' });
    expect(options.user.name).toBe(KARI);
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
    const response = authenticator.register(options, ORIGIN);
    const verified = await postJson(server, '/koordinator/passkey/registrering', { response, name: '  Mobilen\nmin  ' }, { Cookie: cookie });
    expect(verified.status).toBe(200);
    const rows = await server.ctx.db.selectFrom('passkeys').innerJoin('accounts', 'accounts.id', 'passkeys.account_id').select(['credential_id', 'passkeys.name', 'email', 'counter']).execute();
    expect(rows).toEqual([{ credential_id: authenticator.passkey!.credentialId, name: 'Mobilen min', email: KARI, counter: 0 }]);
    expect(await (await server.app.request('/koordinator/konto', { headers: { Cookie: cookie } })).text()).toContain('Mobilen min');
  });

  it('names a passkey when the name is left empty', async () => {
    const cookie = await signInByLink(server, KARI);
    expect((await register(cookie, '')).status).toBe(200);
    expect((await server.ctx.db.selectFrom('passkeys').select('name').executeTakeFirstOrThrow()).name).toBe('Passnøkkel 1');
  });

  it('needs a session', async () => {
    const response = await postJson(server, '/koordinator/passkey/registrering/valg', {});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'not_signed_in' });
  });

  it('uses each challenge once', async () => {
    const cookie = await signInByLink(server, KARI);
    const response = authenticator.register(await registrationOptions(cookie), ORIGIN);
    expect((await postJson(server, '/koordinator/passkey/registrering', { response }, { Cookie: cookie })).status).toBe(200);
    await server.ctx.db.deleteFrom('passkeys').execute();
    const replay = await postJson(server, '/koordinator/passkey/registrering', { response }, { Cookie: cookie });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({ error: 'passkey_invalid' });
  });

  it('refuses an answer from another origin, to another account’s challenge, or after five minutes', async () => {
    const cookie = await signInByLink(server, KARI);
    const foreign = authenticator.register(await registrationOptions(cookie), 'https://evil.example');
    expect((await postJson(server, '/koordinator/passkey/registrering', { response: foreign }, { Cookie: cookie })).status).toBe(400);

    const ola = await signInAs(server.ctx.db, 'ola.koordinator@eksempelby-sanitet.example', { now: server.clock.now });
    const olasChallenge = authenticator.register(await registrationOptions(ola), ORIGIN);
    expect((await postJson(server, '/koordinator/passkey/registrering', { response: olasChallenge }, { Cookie: cookie })).status).toBe(400);

    const late = authenticator.register(await registrationOptions(cookie), ORIGIN);
    server.clock.advance(5 * 60_000);
    expect((await postJson(server, '/koordinator/passkey/registrering', { response: late }, { Cookie: cookie })).status).toBe(400);
    expect(await server.ctx.db.selectFrom('passkeys').select('credential_id').execute()).toEqual([]);
  });

  it('answers 400 to a body that is not an answer at all', async () => {
    const cookie = await signInByLink(server, KARI);
    for (const body of [null, [], { response: 'x' }, { response: { id: 1 } }]) {
      expect((await postJson(server, '/koordinator/passkey/registrering', body, { Cookie: cookie })).status).toBe(400);
    }
  });
});

describe('signing in with a passkey', () => {
  it('starts a passkey session and leads to the page asked for', async () => {
    const linkCookie = await signInByLink(server, KARI);
    await register(linkCookie);
    const options = await signInOptions();
    expect(options.rpId).toBe('intake.example');
    expect(options.allowCredentials ?? []).toEqual([]);
    const response = authenticator.authenticate(options, ORIGIN);
    const result = await postJson(server, '/koordinator/passkey/innlogging', { response, next: '/koordinator/soknader/42' });
    expect(result.status).toBe(200);
    expect(await result.json()).toEqual({ redirect: '/koordinator/soknader/42' });
    const cookie = sessionCookieOf(result);
    expect(cookie).toBeDefined();
    const session = await server.ctx.db.selectFrom('sessions').select('via').where('token_hash', '=', hashToken(cookie!.split('=')[1]!)).executeTakeFirstOrThrow();
    expect(session.via).toBe('passkey');
    const passkey = await server.ctx.db.selectFrom('passkeys').select(['counter', 'last_used_at']).executeTakeFirstOrThrow();
    expect(passkey).toEqual({ counter: 1, last_used_at: server.clock.now.toISOString() });
    expect((await server.app.request('/koordinator/konto', { headers: { Cookie: cookie! } })).status).toBe(200);
  });

  it('leads only to workspace pages', async () => {
    await register(await signInByLink(server, KARI));
    const response = authenticator.authenticate(await signInOptions(), ORIGIN);
    const result = await postJson(server, '/koordinator/passkey/innlogging', { response, next: 'https://evil.example/' });
    expect(await result.json()).toEqual({ redirect: '/koordinator' });
  });

  it('refuses a replayed answer, a forged origin, an expired challenge and an unknown passkey', async () => {
    await register(await signInByLink(server, KARI));
    const signIn = (response: unknown) => postJson(server, '/koordinator/passkey/innlogging', { response });

    const answer = authenticator.authenticate(await signInOptions(), ORIGIN);
    expect((await signIn(answer)).status).toBe(200);
    const replay = await signIn(answer);
    expect(replay.status).toBe(400);
    expect(sessionCookieOf(replay)).toBeUndefined();

    expect((await signIn(authenticator.authenticate(await signInOptions(), 'https://evil.example'))).status).toBe(400);

    const late = authenticator.authenticate(await signInOptions(), ORIGIN);
    server.clock.advance(5 * 60_000);
    expect((await signIn(late)).status).toBe(400);

    const stranger = createSoftAuthenticator();
    stranger.register(await registrationOptions(await signInByLink(server, 'ola.koordinator@eksempelby-sanitet.example')), ORIGIN); // never sent to the server
    const unknown = await signIn(stranger.authenticate(await signInOptions(), ORIGIN));
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'passkey_unknown' });
  });

  it('refuses an authenticator whose counter went backwards (a cloned key)', async () => {
    await register(await signInByLink(server, KARI));
    expect((await postJson(server, '/koordinator/passkey/innlogging', { response: authenticator.authenticate(await signInOptions(), ORIGIN) })).status).toBe(200);
    authenticator.passkey!.counter = 0;
    const cloned = await postJson(server, '/koordinator/passkey/innlogging', { response: authenticator.authenticate(await signInOptions(), ORIGIN) });
    expect(cloned.status).toBe(400);
  });

  it('refuses someone taken off the coordinator lists', async () => {
    await register(await signInByLink(server, KARI));
    await server.ctx.db.updateTable('coordinators').set({ active: 0 }).where('email', '=', KARI).execute();
    const result = await postJson(server, '/koordinator/passkey/innlogging', { response: authenticator.authenticate(await signInOptions(), ORIGIN) });
    expect(result.status).toBe(400);
    expect(sessionCookieOf(result)).toBeUndefined();
  });

  it('is throttled per client', async () => {
    for (let i = 0; i < 30; i++) await postJson(server, '/koordinator/passkey/innlogging/valg', {});
    const response = await postJson(server, '/koordinator/passkey/innlogging/valg', {});
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ error: 'throttled' });
  });

  it('is refused cross-site', async () => {
    const response = await postJson(server, '/koordinator/passkey/innlogging/valg', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
  });
});

describe('when the association requires a passkey', () => {
  it('lets an email link only register a passkey, and a passkey sign-in open everything', async () => {
    await server.ctx.db.updateTable('associations').set({ require_passkey: 1 }).where('slug', '=', 'eksempelby').execute();
    await requestLink(server, KARI, { neste: '/koordinator/soknader/42' });
    const byLink = await redeem(server, await latestToken(server, KARI));
    expect(byLink.headers.get('location')).toBe('/koordinator/konto?neste=%2Fkoordinator%2Fsoknader%2F42');
    const linkCookie = sessionCookieOf(byLink)!;

    const account = await (await server.app.request('/koordinator/konto?neste=%2Fkoordinator%2Fsoknader%2F42', { headers: { Cookie: linkCookie } })).text();
    expect(account).toContain('Passnøkkel kreves');
    expect(account).not.toContain('aria-label="Hovedmeny"');
    expect(account).not.toContain('action="/koordinator/konto/krev-passnokkel"');

    expect((await register(linkCookie)).status).toBe(200);
    // Still limited: removing passkeys or changing the requirement needs a passkey session.
    const removal = await server.app.request('/koordinator/konto/passnokler/slett', {
      method: 'POST',
      headers: { Cookie: linkCookie, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id: authenticator.passkey!.credentialId }),
    });
    expect(removal.status).toBe(303);
    expect(removal.headers.get('location')).toMatch(/^\/koordinator\/konto\?neste=/);
    expect(await server.ctx.db.selectFrom('passkeys').select('credential_id').execute()).toHaveLength(1);

    const result = await postJson(server, '/koordinator/passkey/innlogging', { response: authenticator.authenticate(await signInOptions(), ORIGIN), next: '/koordinator/soknader/42' });
    expect(await result.json()).toEqual({ redirect: '/koordinator/soknader/42' });
    const full = await (await server.app.request('/koordinator/konto', { headers: { Cookie: sessionCookieOf(result)! } })).text();
    expect(full).not.toContain('Passnøkkel kreves');
    expect(full).toContain('aria-label="Hovedmeny"');
  });
});

describe('adding and removing passkeys safely', () => {
  const requirePasskeyForEksempelby = () => server.ctx.db.updateTable('associations').set({ require_passkey: 1 }).where('slug', '=', 'eksempelby').execute();
  const passkeyCount = async () => (await server.ctx.db.selectFrom('passkeys').select('credential_id').execute()).length;
  const registerWith = async (device: SoftAuthenticator, cookie: string, name = 'Ny') =>
    postJson(server, '/koordinator/passkey/registrering', { response: device.register(await registrationOptions(cookie), ORIGIN), name }, { Cookie: cookie });
  async function passkeySignIn(device: SoftAuthenticator): Promise<string> {
    const result = await postJson(server, '/koordinator/passkey/innlogging', { response: device.authenticate(await signInOptions(), ORIGIN) });
    expect(result.status).toBe(200);
    return sessionCookieOf(result)!;
  }
  const accountPage = async (cookie: string) => (await server.app.request('/koordinator/konto', { headers: { Cookie: cookie } })).text();
  const passkeyMails = async () =>
    (await server.ctx.db.selectFrom('outbox').select(['recipients', 'language', 'payload']).where('kind', '=', 'passkey_changed').orderBy('created_at').orderBy('id').execute()).map((r) => ({
      to: JSON.parse(r.recipients) as string[],
      language: r.language,
      change: (JSON.parse(r.payload) as { change: string }).change,
    }));

  it('finding 13.6: where a passkey is required, an email link may add the first passkey only; more need a passkey sign-in', async () => {
    await requirePasskeyForEksempelby();
    // Options fetched by one link session while the account still had no passkey ...
    const early = await signInByLink(server, KARI);
    const earlyDevice = createSoftAuthenticator();
    const earlyAnswer = earlyDevice.register(await registrationOptions(early), ORIGIN);

    // ... then her first passkey, from another link session: allowed, so that she can comply with the requirement.
    const first = await signInByLink(server, KARI);
    expect((await register(first)).status).toBe(200);

    // Now that she has one, a link session (someone who reads her mail, say) may not add another.
    const refused = await postJson(server, '/koordinator/passkey/registrering', { response: earlyAnswer, name: 'Inntrenger' }, { Cookie: early });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'passkey_required' });
    const later = await signInByLink(server, KARI);
    const options = await postJson(server, '/koordinator/passkey/registrering/valg', {}, { Cookie: later });
    expect(options.status).toBe(403);
    expect(await options.json()).toEqual({ error: 'passkey_required' });
    expect(await passkeyCount()).toBe(1);
    const page = await accountPage(later);
    expect(page).not.toContain('data-passkey="register"');
    expect(page).toContain('nasjonal kontaktperson');

    // Signed in with her passkey, she adds another.
    const full = await passkeySignIn(authenticator);
    expect(await accountPage(full)).toContain('data-passkey="register"');
    expect((await registerWith(createSoftAuthenticator(), full, 'PC-en')).status).toBe(200);
    expect(await passkeyCount()).toBe(2);
  });

  it('finding 13.6: every passkey added or removed is mailed to the account’s address, in its language, without the passkey’s details', async () => {
    const cookie = await signInByLink(server, KARI);
    await postForm(server, '/koordinator/konto/sprak', { sprak: 'nn' }, { Cookie: cookie });
    expect((await register(cookie, 'Mobilen min')).status).toBe(200);
    await postForm(server, '/koordinator/konto/passnokler/slett', { id: authenticator.passkey!.credentialId }, { Cookie: cookie });
    expect(await passkeyMails()).toEqual([
      { to: [KARI], language: 'nn', change: 'added' },
      { to: [KARI], language: 'nn', change: 'removed' },
    ]);
    await server.ctx.worker.drainOnce();
    const mails = server.mailer.sent.filter((m) => m.to.includes(KARI) && !m.subject.includes('Innlogging'));
    expect(mails.map((m) => m.subject)).toEqual(['Ein passnøkkel er lagd til på kontoen din i Ressursvenn', 'Ein passnøkkel er fjerna frå kontoen din i Ressursvenn']);
    for (const mail of mails) {
      expect(mail.text).toContain('27. november 2026');
      expect(mail.text).toContain('https://intake.example/koordinator/konto');
      expect(mail.text).not.toContain('Mobilen min');
      expect(mail.text).not.toContain(authenticator.passkey!.credentialId);
    }
  });

  it('finding 13.6: a lost phone: the national admin removes her passkeys, and her next email link may register a new one', async () => {
    await requirePasskeyForEksempelby();
    expect((await register(await signInByLink(server, KARI))).status).toBe(200);
    const lostPhone = await passkeySignIn(authenticator);

    // Only the national admin may do it.
    const byKari = await postForm(server, '/koordinator/passnokkelkrav/passnokler', { email: KARI }, { Cookie: lostPhone });
    expect(byKari.status).toBe(404);
    const admin = await signInByLink(server, NATIONAL_LEAD);
    expect(await (await server.app.request('/koordinator/passnokkelkrav', { headers: { Cookie: admin } })).text()).toContain('action="/koordinator/passnokkelkrav/passnokler"');
    const cross = await postForm(server, '/koordinator/passnokkelkrav/passnokler', { email: KARI }, { Cookie: admin, 'Sec-Fetch-Site': 'cross-site' });
    expect(cross.status).toBe(403);
    expect(await passkeyCount()).toBe(1);

    const reset = await postForm(server, '/koordinator/passnokkelkrav/passnokler', { email: ` ${KARI.toUpperCase()} ` }, { Cookie: admin });
    expect(reset.status).toBe(303);
    expect(reset.headers.get('location')).toBe('/koordinator/passnokkelkrav?lagret=passnokler');
    expect(await passkeyCount()).toBe(0);
    // Whoever has the phone is signed out, and she is told.
    expect((await server.app.request('/koordinator/konto', { headers: { Cookie: lostPhone } })).status).toBe(303);
    expect((await passkeyMails()).at(-1)).toEqual({ to: [KARI], language: 'nb', change: 'reset' });

    // Her next email link gives a limited session that may register a passkey on her new phone, and sign in with it.
    const newPhone = createSoftAuthenticator();
    expect((await registerWith(newPhone, await signInByLink(server, KARI), 'Ny mobil')).status).toBe(200);
    expect((await server.app.request('/koordinator', { headers: { Cookie: await passkeySignIn(newPhone) } })).status).toBe(200);

    // An address without an account is said to be unknown.
    const unknown = await postForm(server, '/koordinator/passnokkelkrav/passnokler', { email: 'nobody@example.no' }, { Cookie: admin });
    expect(unknown.headers.get('location')).toBe('/koordinator/passnokkelkrav?lagret=ukjent');
  });
});
