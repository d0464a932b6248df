import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test-support.js';
import { auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
let admin: string;
let first: string;
let repeat: string;
let other: string;
beforeEach(async () => {
  s = await createTestServer();
  first = await submit(s, { motivation: 'Jeg liker å gå turer.' });
  s.clock.advance(3_600_000);
  repeat = await submit(s, { email: 'Kari.Nordmann@example.no' });
  other = await submit(s, { firstName: 'Nora', email: 'nora@example.no' });
  const coordinator = await cookieFor(s, 'eksempelby');
  await post(s, `/koordinator/soknader/${first}/notater`, coordinator, { note: 'Ringte, møtes tirsdag.' });
  await post(s, `/koordinator/soknader/${first}/status`, coordinator, { status: 'contacted' });
  await post(s, `/koordinator/soknader/${other}/notater`, coordinator, { note: 'Nora sitt notat.' });
  admin = await cookieFor(s, 'admin');
});
afterEach(async () => {
  await s.close();
});

describe('POST /koordinator/personvern', () => {
  it('finds every application sent with the exact address, whatever its case, and audits the search without the address', async () => {
    const res = await post(s, '/koordinator/personvern', admin, { epost: 'KARI.NORDMANN@example.no' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('2 søknader med KARI.NORDMANN@example.no');
    expect(html).not.toContain('Nora');
    expect(html).toContain(`href="/koordinator/personvern/eksport/${first}"`);
    expect(html).toContain(`href="/koordinator/personvern/slett/${first}"`);
    const search = (await auditEntries(s)).find((e) => e.action === 'person.searched');
    expect(search?.detail).toEqual({ matches: 2 });
    expect(JSON.stringify(await s.ctx.db.selectFrom('audit_log').selectAll().execute())).not.toContain('kari.nordmann');
  });

  it('finds nothing for part of an address', async () => {
    expect(await (await post(s, '/koordinator/personvern', admin, { epost: 'kari' })).text()).toContain('Ingen søknader med kari.');
  });

  it('finding 13.10: the address is sent in the body, never in a URL', async () => {
    const page = await (await get(s, '/koordinator/personvern', admin)).text();
    expect(page).toMatch(/<form method="post" action="\/koordinator\/personvern"/);
    // A URL with the address in it searches nothing and audits nothing.
    const fromUrl = await (await get(s, '/koordinator/personvern?epost=kari.nordmann%40example.no', admin)).text();
    expect(fromUrl).not.toContain('søknader med');
    expect((await auditEntries(s)).filter((e) => e.action === 'person.searched')).toEqual([]);
    // Nor does any link on the erase page carry it.
    const erase = await (await get(s, `/koordinator/personvern/slett/${first}`, admin)).text();
    expect(erase).not.toMatch(/href="[^"]*(epost|kari\.nordmann|%40)/i);
  });
});

describe('GET /koordinator/personvern/eksport/:id', () => {
  it('downloads everything held about her as JSON: applications, notes, events, mails to and about her, and who looked', async () => {
    const res = await get(s, `/koordinator/personvern/eksport/${repeat}`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="ressursvenn-innsyn-RV-[A-Z0-9-]+-2026-11-27\.json"$/);
    const data = (await res.json()) as {
      email: string;
      applications: { id: string; firstName: string; email: string; phone: string; motivation: string; status: string; privacyNoticeVersion: string; associationName: string }[];
      notes: { applicationId: string; text: string }[];
      events: { applicationId: string; kind: string }[];
      mails: { kind: string; to: string[]; applicationId: string }[];
      accessLog: { action: string; applicationId: string }[];
    };
    expect(data.email).toBe('kari.nordmann@example.no');
    expect(data.applications.map((a) => [a.id, a.status])).toEqual([
      [first, 'contacted'],
      [repeat, 'duplicate'],
    ]);
    expect(data.applications[0]).toMatchObject({ firstName: 'Kari', phone: '+4741234567', motivation: 'Jeg liker å gå turer.', privacyNoticeVersion: '2026-11-01', associationName: 'Eksempelby sanitetsforening' });
    expect(data.notes).toEqual([expect.objectContaining({ applicationId: first, text: 'Ringte, møtes tirsdag.' })]);
    expect(data.events.map((e) => e.kind).sort()).toEqual(['note', 'status']);
    expect(data.mails.map((m) => m.kind).sort()).toEqual(['applicant_receipt', 'coordinator_notice']);
    expect(data.mails.find((m) => m.kind === 'applicant_receipt')?.to).toEqual(['kari.nordmann@example.no']);
    expect(data.accessLog.map((a) => a.action)).toEqual(expect.arrayContaining(['application.note_added', 'application.status_changed']));
    expect(JSON.stringify(data)).not.toContain('Nora');
    expect((await auditEntries(s)).at(-1)).toMatchObject({ action: 'person.exported', applicationId: repeat, detail: { applications: 2 } });
  });
});

describe('erasing a person', () => {
  it('asks for confirmation first and shows what will go', async () => {
    const page = await get(s, `/koordinator/personvern/slett/${first}`, admin);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('alt tjenesten har om Kari Nordmann (kari.nordmann@example.no)');
    expect(html).toContain('<li>2 søknad(er)</li>');
    expect(html).toContain('<li>1 notat(er)</li>');

    const unconfirmed = await post(s, `/koordinator/personvern/slett/${first}`, admin, {});
    expect(unconfirmed.status).toBe(422);
    expect(await unconfirmed.text()).toContain('Kryss av for at du har kontrollert identiteten.');
    expect(await s.ctx.db.selectFrom('applications').select('id').where('id', '=', first).executeTakeFirst()).toBeDefined();
  });

  it('deletes her applications, notes, events and mails, keeps anonymous counts and the audit log, and leaves others alone', async () => {
    const before = await s.ctx.db.selectFrom('applications').select('association_id').where('id', '=', first).executeTakeFirstOrThrow();
    const res = await post(s, `/koordinator/personvern/slett/${first}`, admin, { bekreft: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator/personvern?slettet=2');

    const db = s.ctx.db;
    expect(await db.selectFrom('applications').select('first_name').execute()).toEqual([{ first_name: 'Nora' }]);
    expect(await db.selectFrom('application_notes').select('body').execute()).toEqual([{ body: 'Nora sitt notat.' }]);
    expect((await db.selectFrom('application_events').select('application_id').execute()).map((e) => e.application_id)).toEqual([other]);
    expect(await db.selectFrom('application_associations').selectAll().where('application_id', 'in', [first, repeat]).execute()).toEqual([]);
    const mails = await db.selectFrom('outbox').select(['recipients', 'payload', 'application_id']).execute();
    expect(mails.every((m) => m.application_id === other)).toBe(true);
    expect(JSON.stringify(mails)).not.toMatch(/kari\.nordmann/i);

    expect(await db.selectFrom('retention_counts').selectAll().orderBy('status').execute()).toEqual([
      { month: '2026-11', association_id: before.association_id, status: 'contacted', count: 1 },
      { month: '2026-11', association_id: before.association_id, status: 'duplicate', count: 1 },
    ]);
    const audit = await auditEntries(s);
    expect(audit.filter((e) => e.applicationId === first).map((e) => e.action)).toEqual(['application.note_added', 'application.status_changed', 'person.erased']);
    expect(audit.at(-1)).toMatchObject({ action: 'person.erased', applicationId: first, detail: { applications: 2, notes: 1, events: 2, mails: 2 } });
    expect(JSON.stringify(await db.selectFrom('audit_log').selectAll().execute())).not.toMatch(/kari|nordmann|tirsdag/i);

    expect((await get(s, `/koordinator/soknader/${first}`, admin)).status).toBe(404);
    expect(await (await get(s, '/koordinator/personvern?slettet=2', admin)).text()).toContain('Slettet. 2 søknader og alt som hørte til, er borte.');
  });

  it('adds to the anonymous counts of earlier deletions in the same month', async () => {
    await post(s, `/koordinator/personvern/slett/${other}`, admin, { bekreft: 'yes' });
    const extra = await submit(s, { firstName: 'Olga', email: 'olga@example.no' });
    await post(s, `/koordinator/personvern/slett/${extra}`, admin, { bekreft: 'yes' });
    const counts = await s.ctx.db.selectFrom('retention_counts').select(['status', 'count']).execute();
    expect(counts).toEqual([{ status: 'new', count: 2 }]);
  });

  it('refuses an erasure sent from another site', async () => {
    const res = await post(s, `/koordinator/personvern/slett/${first}`, admin, { bekreft: 'yes' }, { 'Sec-Fetch-Site': 'cross-site' });
    expect(res.status).toBe(403);
    expect(await s.ctx.db.selectFrom('applications').select('id').where('id', '=', first).executeTakeFirst()).toBeDefined();
  });
});
