import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { applicationRow, cookieFor, get, submit } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const page = async (path: string, who: 'eksempelby' | 'narvik') => (await get(s, path, await cookieFor(s, who))).text();

describe('the same person applying to two associations', () => {
  it('finding 13.9: a repeat is matched only within what the coordinator may see', async () => {
    const first = await submit(s);
    s.clock.advance(60_000);
    const elsewhere = await submit(s, { association: 'narvik', postalCode: '8514' });

    // Narvik gets an application of its own (and its notice); nothing tells Narvik that she applied to Eksempelby.
    expect(await applicationRow(s, elsewhere)).toMatchObject({ status: 'new', duplicate_of: null });
    const notices = await s.ctx.db.selectFrom('outbox').select(['kind', 'application_id']).where('kind', '=', 'coordinator_notice').execute();
    expect(notices.map((n) => n.application_id).sort()).toEqual([first, elsewhere].sort());
    for (const html of [await page('/koordinator', 'narvik'), await page(`/koordinator/soknader/${elsewhere}`, 'narvik')]) {
      expect(html).not.toMatch(/[Gg]jentatt|har søkt før/);
    }
    // Nor does Eksempelby's page of the first application show her application to Narvik.
    expect(await page(`/koordinator/soknader/${first}`, 'eksempelby')).not.toContain('Søkte på nytt');

    // Applying to Eksempelby again joins the first application there, as before.
    s.clock.advance(60_000);
    const again = await submit(s);
    expect(await applicationRow(s, again)).toMatchObject({ status: 'duplicate', duplicate_of: first });
    expect(await page(`/koordinator/soknader/${first}`, 'eksempelby')).toContain('Søkte på nytt');
  });
});
