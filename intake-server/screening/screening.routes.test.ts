import { afterEach, describe, expect, it } from 'vitest';
import type { ApplicationAccepted, ErrorBody } from '../../contract/index.js';
import { validApplication } from '../../contract/fixtures.js';
import { purgeExpired } from '../maintenance/purge-expired.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

let s: TestServer;
afterEach(async () => {
  await s.close();
});

const applications = () => s.ctx.db.selectFrom('applications').select(['id', 'status', 'quarantine_reason', 'duplicate_of']).orderBy('created_at').orderBy('reference').execute();
const outboxKinds = async () => (await s.ctx.db.selectFrom('outbox').select('kind').orderBy('kind').execute()).map((r) => r.kind);
const keysOf = (o: object) => Object.keys(o).sort();

describe('spam screening', () => {
  it('quarantines a filled-in honeypot without email, and answers exactly like a real application', async () => {
    s = await createTestServer();
    const real = await postApplication(s, validApplication({ email: 'ekte@example.no' }));
    s.clock.advance(1000);
    const bot = await postApplication(s, validApplication({ email: 'bot@example.no', website: 'http://spam.example' }));
    expect(bot.status).toBe(real.status);
    const [realBody, botBody] = [(await real.json()) as ApplicationAccepted, (await bot.json()) as ApplicationAccepted];
    expect(keysOf(botBody)).toEqual(keysOf(realBody));
    expect(botBody.association).toEqual(realBody.association);
    const rows = await applications();
    expect(rows.map((r) => [r.status, r.quarantine_reason])).toEqual([
      ['new', null],
      ['quarantined', 'honeypot'],
    ]);
    expect(await outboxKinds()).toEqual(['applicant_receipt', 'coordinator_notice']);
  });

  it('quarantines a form sent faster than a person can fill it in, and accepts a normal pace', async () => {
    s = await createTestServer({ MIN_FILL_MS: '3000' });
    expect((await postApplication(s, validApplication({ email: 'rask@example.no', elapsedMs: 800 }))).status).toBe(201);
    expect((await postApplication(s, validApplication({ email: 'rolig@example.no', elapsedMs: 95_000 }))).status).toBe(201);
    expect((await applications()).map((r) => r.quarantine_reason).sort()).toEqual(['too_fast', null].sort());
  });

  it('deletes quarantined submissions after 30 days and keeps real applications', async () => {
    s = await createTestServer();
    await postApplication(s, validApplication({ email: 'bot@example.no', website: 'x' }));
    await postApplication(s, validApplication({ email: 'ekte@example.no' }));
    expect((await purgeExpired(s.ctx.db, new Date(s.clock.now.getTime() + 29 * 86_400_000), s.config.retention)).quarantined).toBe(0);
    expect((await purgeExpired(s.ctx.db, new Date(s.clock.now.getTime() + 31 * 86_400_000), s.config.retention)).quarantined).toBe(1);
    expect((await applications()).map((r) => r.status)).toEqual(['new']);
  });
});

describe('sign-in state', () => {
  it('is deleted once it has expired: sessions, sign-in links, passkey challenges', async () => {
    s = await createTestServer();
    const { signInAs } = await import('../workspace/auth/testing.js');
    await signInAs(s.ctx.db, 'kari.koordinator@eksempelby-sanitet.example', { now: s.clock.now });
    expect((await purgeExpired(s.ctx.db, s.clock.now, s.config.retention)).signInState).toBe(0);
    expect((await purgeExpired(s.ctx.db, new Date(s.clock.now.getTime() + 13 * 3_600_000), s.config.retention)).signInState).toBe(1);
    expect(await s.ctx.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });
});

describe('the same person applying again', () => {
  it('joins the first application, tells the coordinators once, and sends one receipt a day', async () => {
    s = await createTestServer();
    const first = (await (await postApplication(s, validApplication())).json()) as ApplicationAccepted;
    s.clock.advance(1000);
    const again = await postApplication(s, validApplication({ email: 'KARI.nordmann@example.no', phone: '98765432' }));
    expect(again.status).toBe(201);
    const againBody = (await again.json()) as ApplicationAccepted;
    // The answer looks like any other: a fresh reference, nothing that says "you applied before".
    expect(againBody.reference).not.toBe(first.reference);
    expect(keysOf(againBody)).toEqual(keysOf(first));
    const rows = await applications();
    expect(rows.map((r) => r.status)).toEqual(['new', 'duplicate']);
    expect(rows[1]!.duplicate_of).toBe(rows[0]!.id);
    expect(await outboxKinds()).toEqual(['applicant_receipt', 'coordinator_notice']);

    s.clock.advance(86_400_000);
    await postApplication(s, validApplication());
    expect(await outboxKinds()).toEqual(['applicant_receipt', 'applicant_receipt', 'coordinator_notice']);
  });

  it('sends one receipt a day to an address, whoever types it in, even within one batch', async () => {
    s = await createTestServer();
    await Promise.all(Array.from({ length: 5 }, () => postApplication(s, validApplication({ email: 'offer@example.no' }))));
    expect((await outboxKinds()).filter((k) => k === 'applicant_receipt')).toHaveLength(1);
    expect((await applications()).filter((r) => r.status === 'new')).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-address limit and stores nothing more', async () => {
    s = await createTestServer({ RATE_LIMIT_PER_IP: '2' });
    for (const n of [1, 2]) expect((await postApplication(s, validApplication({ email: `p${n}@example.no` }))).status).toBe(201);
    const res = await postApplication(s, validApplication({ email: 'p3@example.no' }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as ErrorBody).error.code).toBe('rate_limited');
    expect(await applications()).toHaveLength(2);
  });

  it('limits applications per association: past the budget they are held back, never refused', async () => {
    s = await createTestServer({ RATE_LIMIT_PER_ASSOCIATION: '1' });
    expect((await postApplication(s, validApplication({ email: 'a@example.no' }))).status).toBe(201);
    s.clock.advance(1000);
    expect((await postApplication(s, validApplication({ email: 'b@example.no' }))).status).toBe(201);
    s.clock.advance(1000);
    // Narvik's postal code goes to Narvik, whose budget is its own.
    expect((await postApplication(s, validApplication({ email: 'c@example.no', association: 'narvik', postalCode: '8514' }))).status).toBe(201);
    expect((await applications()).map((r) => [r.status, r.quarantine_reason])).toEqual([
      ['new', null],
      ['quarantined', 'association_limit'],
      ['new', null],
    ]);
    // A new hour, a new budget.
    s.clock.advance(3_600_000);
    await postApplication(s, validApplication({ email: 'd@example.no' }));
    expect((await applications()).at(-1)!.status).toBe('new');
  });

  it('finding 13.2: junk and quarantined posts never use up an association\'s budget, and a real person past it gets no 429', async () => {
    s = await createTestServer({ RATE_LIMIT_PER_ASSOCIATION: '3', TRUST_PROXY: 'true' });
    // 100 junk posts naming eksempelby from 10 addresses: a filled-in honeypot, or sent faster than a person types.
    for (let i = 0; i < 100; i++) {
      const junk = i % 2 ? { website: 'http://spam.example' } : { elapsedMs: 10 };
      const res = await postApplication(s, validApplication({ firstName: 'Junk', email: `junk${i}@example.no`, ...junk }), { 'X-Forwarded-For': `198.51.100.${i % 10}` });
      expect(res.status, `junk ${i}`).toBe(201);
    }
    // The next genuine application goes through to the coordinators.
    const genuine = await postApplication(s, validApplication({ firstName: 'Ekte', email: 'ekte@example.no' }), { 'X-Forwarded-For': '203.0.113.7' });
    expect(genuine.status).toBe(201);
    expect(genuine.headers.get('retry-after')).toBeNull();
    // Told apart by first name: a quarantined row may keep no address.
    const stored = async (firstName: string) =>
      (await s.ctx.db.selectFrom('applications').select(['status', 'quarantine_reason']).where('first_name', '=', firstName).orderBy('status').execute()).map((r) => [r.status, r.quarantine_reason]);
    expect(await stored('Ekte')).toEqual([['new', null]]);
    // A repeat of the same person joins her application and spends nothing either.
    for (let i = 0; i < 5; i++) expect((await postApplication(s, validApplication({ firstName: 'Igjen', email: 'ekte@example.no' }))).status).toBe(201);
    expect(await stored('Igjen')).toEqual(Array.from({ length: 5 }, () => ['duplicate', null]));
    // The budget is spent by the association an application was routed to, whatever slug the page sent:
    // applications sent from Tromsø's page by people living in Eksempelby's postal code count for Eksempelby.
    for (const [firstName, email] of [['Andre', 'ekte2@example.no'], ['Tredje', 'ekte3@example.no']] as const) {
      expect((await postApplication(s, validApplication({ firstName, email, association: 'tromso' }))).status).toBe(201);
    }
    expect(await stored('Tredje')).toEqual([['new', null]]);
    // Past the budget: the same answer, held back in quarantine (no email), not refused.
    const past = await postApplication(s, validApplication({ firstName: 'Fjerde', email: 'ekte4@example.no' }));
    expect(past.status).toBe(201);
    expect(await stored('Fjerde')).toEqual([['quarantined', 'association_limit']]);
    const notices = await s.ctx.db.selectFrom('outbox').select('kind').where('kind', '=', 'coordinator_notice').execute();
    expect(notices).toHaveLength(3);
  });

  it('finding 13.2: the per-address limit counts an IPv6 /64 as one client, and an IPv4 address however it is written', async () => {
    s = await createTestServer({ RATE_LIMIT_PER_IP: '2', TRUST_PROXY: 'true' });
    const from = (ip: string, n: string) => postApplication(s, validApplication({ email: `${n}@example.no` }), { 'X-Forwarded-For': ip });
    expect((await from('2001:db8:1:2::1', 'a')).status).toBe(201);
    expect((await from('2001:DB8:1:2:ffff:ffff:ffff:fffe', 'b')).status).toBe(201);
    expect((await from('2001:0db8:0001:0002:0:0:0:99', 'c')).status).toBe(429);
    // The next /64 is another client.
    expect((await from('2001:db8:1:3::1', 'd')).status).toBe(201);
    expect((await from('192.0.2.1', 'e')).status).toBe(201);
    expect((await from('::ffff:192.0.2.1', 'f')).status).toBe(201);
    expect((await from('::ffff:c000:201', 'g')).status).toBe(429);
  });
});

describe('allowed origins', () => {
  it('refuses a page the association has not allowed with 403, on the server, whatever CORS says', async () => {
    s = await createTestServer();
    await s.ctx.db.updateTable('associations').set({ allowed_origins: JSON.stringify(['https://eksempelby-sanitet.example']) }).where('slug', '=', 'eksempelby').execute();
    const from = (origin?: string) => postApplication(s, validApplication({ email: `${crypto.randomUUID()}@example.no` }), origin ? { Origin: origin } : {});
    const evil = await from('https://evil.example');
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as ErrorBody).error.code).toBe('forbidden_origin');
    expect((await from()).status).toBe(403);
    expect((await from('https://eksempelby-sanitet.example')).status).toBe(201);
    // The intake server's own pages may always post.
    expect((await from('https://intake.example')).status).toBe(201);
    expect(await applications()).toHaveLength(2);
  });
});

describe('routing states', () => {
  it('marks an application no association could take as unrouted, for a human to clear', async () => {
    s = await createTestServer();
    await postApplication(s, validApplication({ association: 'finnes-ikke', postalCode: '0150' }));
    expect((await applications()).map((r) => r.status)).toEqual(['unrouted']);
  });
});
