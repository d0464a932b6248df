import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';
import { findApplicationsByEmail } from '../applications/application-queries.repository.js';
import { collectPersonData } from '../privacy/person-data.repository.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

/** Personal data a bot (or a person screening held back) typed in, to be looked for afterwards. */
const CANARY = {
  firstName: 'Kanari',
  lastName: 'Fuglesang',
  email: 'kanari.fuglesang@example.no',
  phone: '987 65 432',
  postalCode: '2318',
  motivation: 'Kanarimotivasjon: jeg liker å synge.',
  languages: 'kanarisk, fuglesk',
};
// The phone number as typed, or as the form normalises it (+47…).
const CLEAR_TEXT = [CANARY.lastName, CANARY.email, '98765432', '987 65 432', 'Kanarimotivasjon', 'kanarisk'];

const row = (reference: string) => s.ctx.db.selectFrom('applications').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();

describe('a quarantined submission at rest', () => {
  it('finding 13.16: keeps why, when, for which association and her first name, and nothing to reach or recognise her by', async () => {
    const res = await postApplication(s, validApplication({ ...CANARY, website: 'http://spam.example' }));
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const held = await row(reference);
    const eksempelby = await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'eksempelby').executeTakeFirstOrThrow();
    expect(held).toMatchObject({
      status: 'quarantined',
      quarantine_reason: 'honeypot',
      association_id: eksempelby.id,
      requested_association: 'eksempelby',
      created_at: s.clock.now.toISOString(),
      first_name: 'Kanari',
      last_name: '',
      email: '',
      email_key: '',
      phone: '',
      postal_code: '',
      kommune_number: null,
      motivation: '',
      languages: '',
    });
    // Not in any table, and on SQLite not in the file or its write-ahead log either.
    const everything = JSON.stringify(await Promise.all((['applications', 'idempotency_keys', 'outbox'] as const).map((t) => s.ctx.db.selectFrom(t).selectAll().execute())));
    for (const text of CLEAR_TEXT) expect(everything).not.toContain(text);
    if (!s.config.databaseUrl) {
      const path = s.config.databasePath;
      const bytes = [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('utf8')).join('');
      for (const text of CLEAR_TEXT) expect(bytes).not.toContain(text);
    }
  });

  it('finding 13.16: one held back only because the association had its fill for the hour keeps her contact details', async () => {
    await s.close();
    s = await createTestServer({ RATE_LIMIT_PER_ASSOCIATION: '1' });
    await postApplication(s, validApplication({ email: 'first@example.no' }));
    const res = await postApplication(s, validApplication(CANARY));
    const { reference } = (await res.json()) as { reference: string };
    expect(await row(reference)).toMatchObject({ status: 'quarantined', quarantine_reason: 'association_limit', last_name: CANARY.lastName, email: CANARY.email, postal_code: CANARY.postalCode });
  });

  it('a real application still keeps everything, and is still recognised when she applies again', async () => {
    const first = (await (await postApplication(s, validApplication(CANARY))).json()) as { reference: string };
    const again = (await (await postApplication(s, validApplication(CANARY))).json()) as { reference: string };
    const kept = await row(first.reference);
    expect(kept).toMatchObject({ status: 'new', last_name: CANARY.lastName, email: CANARY.email, postal_code: CANARY.postalCode, motivation: CANARY.motivation, languages: CANARY.languages });
    expect(kept.phone.replace(/\D/g, '')).toContain('98765432');
    expect((await row(again.reference)).status).toBe('duplicate');
  });

  it('an access request by her address finds her real application only; the held-back one is tied to no address', async () => {
    await postApplication(s, validApplication({ ...CANARY, website: 'http://spam.example' }));
    const real = (await (await postApplication(s, validApplication(CANARY))).json()) as { reference: string };
    expect((await findApplicationsByEmail(s.ctx.db, CANARY.email)).map((a) => a.reference)).toEqual([real.reference]);
    expect((await collectPersonData(s.ctx.db, '', s.clock.now)).applications).toEqual([]);
  });
});
