import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../db/transaction.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { KARI, requestLink, signInByLink } from '../workspace/sign-in/testing.js';
import { saveAssociation } from './associations.repository.js';
import { removeCoordinator } from './coordinators.repository.js';

const OLA = 'ola.koordinator@eksempelby-sanitet.example';

let server: TestServer;
beforeEach(async () => void (server = await createTestServer()));
afterEach(() => server.close());

const accountOf = async (email: string) => (await server.ctx.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
const sessionsOf = async (email: string) => server.ctx.db.selectFrom('sessions').select('token_hash').where('account_id', '=', await accountOf(email)).execute();
const unusedLinksOf = async (email: string) =>
  server.ctx.db.selectFrom('sign_in_links').select('token_hash').where('account_id', '=', await accountOf(email)).where('used_at', 'is', null).execute();
const eksempelbyId = async () => (await server.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'eksempelby').executeTakeFirstOrThrow()).id;

describe('removing coordinators', () => {
  it('finding 13.1: removeCoordinator ends her sessions and unused sign-in links, and nobody else’s', async () => {
    await signInByLink(server, OLA);
    await requestLink(server, OLA);
    await signInByLink(server, KARI);
    expect(await sessionsOf(OLA)).toHaveLength(1);
    expect(await unusedLinksOf(OLA)).toHaveLength(1);

    expect(await removeCoordinator(server.ctx.db, await eksempelbyId(), OLA.toUpperCase())).toBe(true);

    expect(await sessionsOf(OLA)).toEqual([]);
    expect(await unusedLinksOf(OLA)).toEqual([]);
    expect(await sessionsOf(KARI)).toHaveLength(1);
  });

  it('finding 13.1: replacing an association’s coordinators (seed file, import, set) ends the sessions of those dropped only', async () => {
    const ola = await signInByLink(server, OLA);
    await requestLink(server, OLA);
    const kari = await signInByLink(server, KARI);

    // The same list again (as every start does with the seed file) signs nobody out.
    const list = [
      { name: 'Kari Koordinator', email: KARI },
      { name: 'Ola Koordinator', email: OLA },
    ];
    await withTransaction(server.ctx.db, (trx) => saveAssociation(trx, { slug: 'eksempelby', coordinators: list }, server.clock.now));
    expect(await sessionsOf(OLA)).toHaveLength(1);
    expect(await sessionsOf(KARI)).toHaveLength(1);

    await withTransaction(server.ctx.db, (trx) => saveAssociation(trx, { slug: 'eksempelby', coordinators: [{ name: 'Kari Koordinator', email: 'KARI.koordinator@eksempelby-sanitet.example' }] }, server.clock.now));

    expect(await sessionsOf(OLA)).toEqual([]);
    expect(await unusedLinksOf(OLA)).toEqual([]);
    expect((await server.app.request('/koordinator/konto', { headers: { Cookie: ola } })).status).toBe(303);
    expect((await server.app.request('/koordinator/konto', { headers: { Cookie: kari } })).status).toBe(200);
  });
});
