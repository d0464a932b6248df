import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostalCodeLookup } from '../../contract/index.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { runAdminProcess } from '../../tests/support/run-admin.js';
import { sharedData } from '../../tests/support/shared-data.js';
import { signInAs } from '../workspace/auth/testing.js';
import { savePasskey } from '../accounts/passkeys.repository.js';
import { KARI, latestToken, NATIONAL_LEAD, postJson, requestLink, signInByLink } from '../workspace/sign-in/testing.js';
import { runAdmin } from './run-admin.js';

let dir: string;
let databasePath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rv-admin-'));
  databasePath = join(dir, 'intake.sqlite');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Set while a test server runs on PostgreSQL (npm run test:pg), so the tool works on the server's database. */
let serverDatabaseUrl: string | undefined;

/** Runs the admin tool as a real process, the way `npm run admin -- ...` does. */
function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runAdminProcess({ DATABASE_PATH: databasePath, DATA_DIR: dir, ...(serverDatabaseUrl ? { DATABASE_URL: serverDatabaseUrl } : {}) }, ...args);
}

/** Runs it in this process: same code, quicker, for the finer points. */
async function adminInProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAdmin(args, { env: { DATABASE_PATH: databasePath }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('the admin tool as a process', () => {
  it('explains itself with --help and exits 2 on a wrong command line', async () => {
    const help = await admin('--help');
    expect(help.code).toBe(0);
    for (const command of ['import-postcodes FILE', 'associations set SLUG', 'coordinators add SLUG EMAIL', 'national set', 'route POSTCODE']) {
      expect(help.stdout).toContain(command);
    }
    const wrong = await admin('associations', 'frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Unknown command "associations frobnicate"');
    expect(wrong.stdout).toBe('');
  });

  // Skipped only in a clone without shared/data/ and CI unset (tests/support/shared-data.ts).
  it.skipIf(sharedData === null)("imports Bring's ISO-8859-1 register and Kartverket's list, and routes the issue's examples", async () => {
    const ansi = file('postnummerregister-ansi.txt', Buffer.from(readFileSync(sharedData!.register, 'utf8').replace(/\n/g, '\r\n'), 'latin1'));
    const postcodes = await admin('import-postcodes', ansi);
    expect(postcodes).toMatchObject({ code: 0 });
    expect(postcodes.stdout).toContain(`Imported 5122 postal codes from ${ansi} (read as Windows-1252).`);
    const kommuner = await admin('import-kommuner', sharedData!.kommuner);
    expect(kommuner.code).toBe(0);
    expect(kommuner.stdout).toContain('Imported 357 kommuner');
    expect(kommuner.stdout).toContain('2100 Svalbard, 2211 Jan Mayen');

    const csv = file('associations.csv', ['slug;name;email;kommuner;coordinators', 'narvik;Narvik sanitetsforening;post@narvik.example;1806;Kari <kari@narvik.example>', 'tromso;Tromsø sanitetsforening;post@tromso.example;5501;Tove <tove@tromso.example>', 'baerum;Bærum sanitetsforening;post@baerum.example;3201;Berit <berit@baerum.example>'].join('\n'));
    expect(await admin('associations', 'import', csv)).toMatchObject({ code: 0, stdout: 'Created 3: narvik, tromso, baerum\n' });
    expect(await admin('national', 'set', '--name', 'N.K.S. Ressursvenn', '--email', 'ressursvenn@nks.example')).toMatchObject({ code: 0 });

    const where = async (code: string) => (await admin('route', code)).stdout;
    expect(await where('8514')).toMatch(/Kommune: +1806 Narvik\n[\s\S]*Goes to: +Narvik sanitetsforening \(narvik\)/);
    expect(await where('9008')).toMatch(/Kommune: +5501 Tromsø\n[\s\S]*Goes to: +Tromsø sanitetsforening \(tromso\)/);
    expect(await where('1337')).toMatch(/Kommune: +3201 Bærum\n[\s\S]*Goes to: +Bærum sanitetsforening \(baerum\)/);
    expect(await where('9600')).toMatch(/Kommune: +5603 Hammerfest\nRouting: +national_fallback[\s\S]*Goes to: +N\.K\.S\. Ressursvenn \(nasjonal\)/);
  }, 60_000);

  it('refuses a broken register with line numbers, exit code 1, and keeps the old one', async () => {
    expect((await admin('import-postcodes', file('good.tsv', '8514\tNARVIK\t1806\tNARVIK\tG\n'))).code).toBe(0);
    const bad = await admin('import-postcodes', file('bad.tsv', '9008\tTROMSØ\t5501\tTROMSØ\tG\n900\tTROMSØ\t5501\tTROMSØ\tG\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('nothing was imported');
    expect(bad.stderr).toContain('line 2: postnummer "900" is not 4 digits');
    const noNational = await adminInProcess('route', '8514');
    expect(noNational.code).toBe(1);
    expect(noNational.stderr).toContain('there is no national contact to fall back on');
    expect(noNational.stderr).toContain('national set --name NAME --email ADDRESS');
    await adminInProcess('national', 'set', '--name', 'N.K.S.', '--email', 'ressursvenn@nks.example');
    expect((await adminInProcess('route', '8514')).stdout).toContain('8514 NARVIK');
    expect((await adminInProcess('route', '9008')).stdout).toContain('9008 (not in the postal code register)');
  });

  it('changes routing of a running server without a restart', async () => {
    let s: TestServer | undefined;
    try {
      s = await createTestServer({ DATABASE_PATH: databasePath });
      serverDatabaseUrl = s.config.databaseUrl;
      const lookup = async () => ((await (await s!.app.request('/api/v1/postal-codes/8536')).json()) as PostalCodeLookup).associations.map((a) => a.slug);
      expect(await lookup()).toEqual([]);
      const set = await admin('associations', 'set', 'narvik', '--kommuner', '1806,1853', '--minimum-age', '23');
      expect(set.code, set.stderr).toBe(0);
      expect(set.stdout).toContain('Updated narvik.');
      expect(set.stdout).toMatch(/kommuner: +1806 Narvik, 1853 Evenes/);
      expect(await lookup()).toEqual(['narvik']);
    } finally {
      serverDatabaseUrl = undefined;
      await s?.close();
    }
  });
});

describe('removing a coordinator from a running service', () => {
  it('finding 13.1: ends her sessions and her unused sign-in links at once, so a removed national admin loses admin at once', async () => {
    const s = await createTestServer({ DATABASE_PATH: databasePath });
    try {
      const url = s.config.databaseUrl;
      // The tool in this process, on the server's database (the server's own PostgreSQL database under test:pg).
      const onServerDb = (...args: string[]) => runAdmin(args, { env: { DATABASE_PATH: databasePath, ...(url ? { DATABASE_URL: url } : {}) }, stdout: () => {}, stderr: () => {} });
      const accountOf = async (email: string) => (await s.ctx.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
      const lead = await signInByLink(s, NATIONAL_LEAD);
      await requestLink(s, NATIONAL_LEAD);
      const unused = await latestToken(s, NATIONAL_LEAD);
      const kari = await signInByLink(s, KARI);
      const open = (cookie: string) => s.app.request('/koordinator/passnokkelkrav', { headers: { Cookie: cookie } });
      expect((await open(lead)).status).toBe(200);

      // The national contact's last coordinator stays: without one, nobody could administer the service in the browser.
      let refusal = '';
      const refused = await runAdmin(['coordinators', 'remove', 'nasjonal', NATIONAL_LEAD], { env: { DATABASE_PATH: databasePath, ...(url ? { DATABASE_URL: url } : {}) }, stdout: () => {}, stderr: (t) => (refusal += t) });
      expect(refused).toBe(1);
      expect(refusal).toContain('is the last coordinator of the national contact (nasjonal)');
      expect((await open(lead)).status).toBe(200);
      expect(await onServerDb('coordinators', 'add', 'nasjonal', 'nina@nks.example', '--name', 'Nina Nasjonal')).toBe(0);

      expect(await onServerDb('coordinators', 'remove', 'nasjonal', 'Prosjektleder@NKS.example')).toBe(0);

      const after = await open(lead);
      expect(after.status).toBe(303);
      expect(after.headers.get('location')).toBe('/koordinator/logg-inn?neste=%2Fkoordinator%2Fpassnokkelkrav');
      const leadId = await accountOf(NATIONAL_LEAD);
      expect(await s.ctx.db.selectFrom('sessions').select('token_hash').where('account_id', '=', leadId).execute()).toEqual([]);
      expect(await s.ctx.db.selectFrom('sign_in_links').select('token_hash').where('account_id', '=', leadId).where('used_at', 'is', null).execute()).toEqual([]);
      const redeemed = await s.app.request('/koordinator/logg-inn/lenke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin' },
        body: new URLSearchParams({ token: unused }),
      });
      expect(redeemed.status).toBe(400);
      // Nobody else is signed out.
      expect((await s.app.request('/koordinator/konto', { headers: { Cookie: kari } })).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('a lost passkey', () => {
  it('finding 13.6: remove-passkeys lets a national admin who lost her only passkey register a new one by email link', async () => {
    const s = await createTestServer({ DATABASE_PATH: databasePath });
    try {
      const url = s.config.databaseUrl;
      let stdout = '';
      const onServerDb = (...args: string[]) =>
        runAdmin(args, { env: { DATABASE_PATH: databasePath, ...(url ? { DATABASE_URL: url } : {}) }, stdout: (t) => (stdout += t), stderr: () => {} });
      // The national association requires a passkey; hers was on the phone she lost, which is still signed in.
      const lostPhone = await signInAs(s.ctx.db, NATIONAL_LEAD, { now: s.clock.now, via: 'passkey' });
      const account = await s.ctx.db.selectFrom('accounts').select('id').where('email', '=', NATIONAL_LEAD).executeTakeFirstOrThrow();
      await savePasskey(s.ctx.db, { credentialId: 'lost-phone', accountId: account.id, publicKey: 'AAAA', counter: 3, transports: ['internal'], name: 'Mobilen' }, s.clock.now);
      await s.ctx.db.updateTable('associations').set({ require_passkey: 1 }).where('kind', '=', 'national').execute();
      const options = async (cookie: string) => (await postJson(s, '/koordinator/passkey/registrering/valg', {}, { Cookie: cookie })).status;
      expect(await options(await signInByLink(s, NATIONAL_LEAD))).toBe(403);

      expect(await onServerDb('coordinators', 'remove-passkeys', 'Prosjektleder@NKS.example')).toBe(0);
      expect(stdout).toBe('Removed 1 passkey of Prosjektleder@NKS.example and ended 2 sessions.\n');
      expect(await s.ctx.db.selectFrom('passkeys').select('credential_id').execute()).toEqual([]);
      expect((await s.app.request('/koordinator/konto', { headers: { Cookie: lostPhone } })).status).toBe(303);
      const told = await s.ctx.db.selectFrom('outbox').select(['recipients', 'payload']).where('kind', '=', 'passkey_changed').execute();
      expect(told.map((r) => [JSON.parse(r.recipients), JSON.parse(r.payload).change])).toEqual([[[NATIONAL_LEAD], 'reset']]);
      // Her next link may register a passkey on her new phone.
      expect(await options(await signInByLink(s, NATIONAL_LEAD))).toBe(200);
      expect(await onServerDb('coordinators', 'remove-passkeys', 'nobody@example.no')).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe('the admin tool, command by command', () => {
  it('creates an association with set, shows it, and rejects bad values with exit code 2', async () => {
    const created = await adminInProcess('associations', 'set', 'hammerfest', '--name', 'Hammerfest sanitetsforening', '--email', 'post@hammerfest.example', '--kommuner', '5603', '--origins', 'https://www.hammerfest-sanitet.no/', '--lang', 'nn', '--full-details', 'true');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created hammerfest.');
    expect(created.stdout).toMatch(/allowed origins: +https:\/\/www\.hammerfest-sanitet\.no\n/);
    expect(created.stdout).toMatch(/default language: +nn/);
    expect(created.stdout).toMatch(/full details in notice: yes/);
    expect(created.stderr).toContain('hammerfest has no coordinators');

    const bad = await adminInProcess('associations', 'set', 'hammerfest', '--lang', 'se', '--active', 'kanskje', '--email', 'nei');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email must be an email address (got "nei")');
    expect(bad.stderr).toContain('--lang must be nb, nn or en (got "se")');
    expect(bad.stderr).toContain('--active must be true or false (got "kanskje")');
    expect((await adminInProcess('associations', 'show', 'hammerfest')).stdout).toMatch(/contact email: +post@hammerfest\.example/);

    const unknownOption = await adminInProcess('associations', 'set', 'hammerfest', '--epost', 'x@y.no');
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--epost'");

    const missing = await adminInProcess('associations', 'set', 'ny', '--kommuner', '1806');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('give at least a name and a contact email');
    expect((await adminInProcess('associations', 'show', 'ny')).code).toBe(1);
  });

  it('adds, lists and removes coordinators, and warns when none are left', async () => {
    await adminInProcess('associations', 'set', 'narvik', '--name', 'Narvik sanitetsforening', '--email', 'post@narvik.example', '--kommuner', '1806');
    expect(await adminInProcess('coordinators', 'add', 'narvik', 'kari@narvik.example', '--name', 'Kari Nordmann')).toMatchObject({ code: 0, stdout: 'Added Kari Nordmann <kari@narvik.example> to narvik.\n' });
    expect((await adminInProcess('coordinators', 'list', 'narvik')).stdout).toMatch(/kari@narvik\.example +yes +Kari Nordmann/);
    expect((await adminInProcess('coordinators', 'add', 'narvik', 'ola@narvik.example')).code).toBe(2);
    expect((await adminInProcess('coordinators', 'add', 'finnes-ikke', 'ola@narvik.example', '--name', 'Ola')).code).toBe(1);
    const removed = await adminInProcess('coordinators', 'remove', 'narvik', 'KARI@narvik.example');
    expect(removed).toMatchObject({ code: 0, stdout: 'Removed KARI@narvik.example from narvik.\n' });
    expect(removed.stderr).toContain('narvik has no coordinators left');
    expect((await adminInProcess('coordinators', 'remove', 'narvik', 'kari@narvik.example')).code).toBe(1);
  });

  it('lists associations and imports JSON, all or nothing', async () => {
    const json = file('a.json', JSON.stringify({ national: { slug: 'nasjonal', name: 'N.K.S.', contactEmail: 'n@nks.example' }, associations: [{ slug: 'tromso', name: 'Tromsø sanitetsforening', contactEmail: 'post@tromso.example', kommuner: ['5501'], coordinators: [{ name: 'Tove', email: 'tove@tromso.example' }] }] }));
    expect((await adminInProcess('associations', 'import', json)).stdout).toBe('Created 2: nasjonal, tromso\n');
    expect((await adminInProcess('associations', 'import', json)).stdout).toBe('Unchanged 2: the file gives them as they are stored.\n');
    const list = (await adminInProcess('associations', 'list')).stdout.split('\n');
    expect(list[0]).toMatch(/^SLUG +KIND +ACTIVE +COORDINATORS +COVERS +NAME$/);
    expect(list[1]).toMatch(/^nasjonal +national +yes +0 +- +N\.K\.S\.$/);
    expect(list[2]).toMatch(/^tromso +local +yes +1 +5501 +Tromsø sanitetsforening$/);

    const broken = await adminInProcess('associations', 'import', file('b.json', JSON.stringify([{ slug: 'tromso', active: false }, { slug: 'alta', kommuner: ['5601'] }])));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('"alta" is new, so it needs a name and a contact email');
    expect((await adminInProcess('associations', 'show', 'tromso')).stdout).toMatch(/active: +yes/);
  });

  it("imports Excel's Windows-1252 CSV with Bodø intact, and refuses a file with replacement characters, naming the line", async () => {
    const excel = Buffer.from(new Uint8Array([...'slug;name;email;kommuner\r\nbodo;Bodø sanitetsforening;post@bodo.example;1804\r\n'].map((ch) => (ch === 'ø' ? 0xf8 : ch.charCodeAt(0)))));
    const imported = await adminInProcess('associations', 'import', file('excel.csv', excel));
    expect(imported).toMatchObject({ code: 0, stdout: 'Created 1: bodo\n' });
    expect((await adminInProcess('associations', 'show', 'bodo')).stdout).toContain('Bodø sanitetsforening');

    const mangled = await adminInProcess('associations', 'import', file('mangled.csv', 'slug;name\nbodo;Bod\uFFFD sanitetsforening\n'));
    expect(mangled.code).toBe(1);
    expect(mangled.stderr).toContain('line 2, character 9: a replacement character (U+FFFD)');
    expect((await adminInProcess('associations', 'show', 'bodo')).stdout).toContain('Bodø sanitetsforening');

    const register = await adminInProcess('import-postcodes', file('register.txt', Buffer.from([...Buffer.from('8001\tBOD'), 0x81, ...Buffer.from('\t1804\tBOD\t0\tG\n')])));
    expect(register.code).toBe(1);
    expect(register.stderr).toContain('line 1, character 9: a byte that is no character in Windows-1252');
  });

  it('says plainly when a file is missing', async () => {
    const result = await adminInProcess('import-kommuner', join(dir, 'finnes-ikke.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Error: Cannot read ${join(dir, 'finnes-ikke.csv')}: there is no such file.\n`);
  });
});
