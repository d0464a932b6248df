/**
 * Second attack, finding 1: applications past an association's hourly budget no longer vanish. They wait in a queue
 * the association's coordinators and the national admin see, and each can be released (then it is a normal new
 * application: the coordinators' notice and her receipt go out) or discarded; the national admin is told once per
 * association per window that the budget is holding applications back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../../contract/fixtures.js';
import { renderMail } from '../../mail/render-mail.js';
import { createTestServer, postApplication, type TestServer } from '../../test-support.js';
import { applicationRow, auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer({ RATE_LIMIT_PER_ASSOCIATION: '2' })));
afterEach(() => s.close());

const outbox = (kind: string) => s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', kind).execute();

/** Spends Eksempelby's budget with two applications, then sends Ingrid's, which is held back; returns its id. */
async function heldApplication(): Promise<string> {
  await submit(s, { email: 'flood1@example.no' });
  await submit(s, { email: 'flood2@example.no' });
  const id = await submit(s, { firstName: 'Ingrid', lastName: 'Ekte', email: 'ingrid.ekte@example.no', language: 'nn' });
  expect(await applicationRow(s, id)).toMatchObject({ status: 'quarantined', quarantine_reason: 'association_limit' });
  return id;
}

describe('applications held back by the hourly budget', () => {
  it('second attack 1: are listed for the association’s coordinators and the admin, with a line in the inbox, and not for others', async () => {
    const id = await heldApplication();
    const eksempelby = await cookieFor(s, 'eksempelby');
    const inbox = await (await get(s, '/koordinator', eksempelby)).text();
    expect(inbox).toContain('1 søknad holdes tilbake fordi foreningen fikk flere søknader enn grensen per time.');
    expect(inbox).toContain('href="/koordinator/holdt-tilbake"');

    const page = await get(s, '/koordinator/holdt-tilbake', eksempelby);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Holdt tilbake</h1>');
    expect(html).toContain('Ingrid Ekte');
    expect(html).toContain('ingrid.ekte@example.no');
    expect(html).toContain(`action="/koordinator/holdt-tilbake/${id}/slipp-inn"`);
    expect(html).toContain(`action="/koordinator/holdt-tilbake/${id}/forkast"`);
    expect((await auditEntries(s)).at(-1)).toMatchObject({ action: 'held.viewed', detail: { count: 1 } });

    const admin = await cookieFor(s, 'admin');
    expect(await (await get(s, '/koordinator/holdt-tilbake', admin)).text()).toContain('Ingrid Ekte');
    // The admin's count of spam no longer counts her.
    expect(await (await get(s, '/koordinator', admin)).text()).not.toContain('holdt tilbake som mulig spam');

    const narvik = await cookieFor(s, 'narvik');
    expect(await (await get(s, '/koordinator/holdt-tilbake', narvik)).text()).not.toContain('Ingrid');
    const notFound = await get(s, '/koordinator/holdt-tilbake?forening=eksempelby', narvik);
    expect(notFound.status).toBe(404);
    expect((await post(s, `/koordinator/holdt-tilbake/${id}/slipp-inn`, narvik, {})).status).toBe(404);
    expect((await post(s, `/koordinator/holdt-tilbake/${id}/forkast`, narvik, {})).status).toBe(404);
    expect((await applicationRow(s, id)).status).toBe('quarantined');

    for (const [lang, title] of [['nn', 'Halde tilbake'], ['en', 'Held back']]) {
      expect(await (await get(s, `/koordinator/holdt-tilbake?lang=${lang}`, eksempelby)).text()).toContain(`<h1>${title}</h1>`);
    }
  });

  it('second attack 1: released, becomes a new application; the coordinators are told and she gets her receipt with the withdrawal link', async () => {
    const id = await heldApplication();
    expect((await outbox('applicant_receipt')).map((r) => JSON.parse(r.recipients)[0])).not.toContain('ingrid.ekte@example.no');
    const eksempelby = await cookieFor(s, 'eksempelby');

    // A cross-site form post is refused and changes nothing.
    const forged = await post(s, `/koordinator/holdt-tilbake/${id}/slipp-inn`, eksempelby, {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(forged.status).toBe(403);
    expect((await applicationRow(s, id)).status).toBe('quarantined');

    const res = await post(s, `/koordinator/holdt-tilbake/${id}/slipp-inn`, eksempelby, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator/holdt-tilbake?melding=sluppet');
    expect(await applicationRow(s, id)).toMatchObject({ status: 'new', quarantine_reason: null, receipt_day: s.clock.now.toISOString().slice(0, 10) });
    expect(await (await get(s, '/koordinator/holdt-tilbake?melding=sluppet', eksempelby)).text()).toContain('Søknaden er sluppet inn.');

    const receipt = (await outbox('applicant_receipt')).find((r) => r.application_id === id)!;
    expect(JSON.parse(receipt.recipients)).toEqual(['ingrid.ekte@example.no']);
    expect(receipt.language).toBe('nn');
    const withdrawUrl = JSON.parse(receipt.payload).withdrawUrl as string;
    expect(renderMail(receipt).text).toContain(withdrawUrl);
    expect((await s.app.request(new URL(withdrawUrl).pathname)).status).toBe(200);
    const notice = (await outbox('coordinator_notice')).find((r) => r.application_id === id)!;
    expect(JSON.parse(notice.recipients)).toContain('kari.koordinator@eksempelby-sanitet.example');
    expect(renderMail(notice).text).toContain(`/koordinator/soknader/${id}`);

    expect((await auditEntries(s)).find((e) => e.action === 'application.released')).toMatchObject({ applicationId: id, detail: { status: 'new' } });
    expect((await get(s, `/koordinator/soknader/${id}`, eksempelby)).status).toBe(200);
    // Released once: a second release finds nothing held.
    expect((await post(s, `/koordinator/holdt-tilbake/${id}/slipp-inn`, eksempelby, {})).status).toBe(404);
  });

  it('second attack 1: discarded, is deleted and audited, and nobody is mailed', async () => {
    const id = await heldApplication();
    const admin = await cookieFor(s, 'admin');
    const before = (await s.ctx.db.selectFrom('outbox').selectAll().execute()).length;
    const res = await post(s, `/koordinator/holdt-tilbake/${id}/forkast`, admin, {});
    expect(res.headers.get('location')).toBe('/koordinator/holdt-tilbake?melding=forkastet');
    expect(await s.ctx.db.selectFrom('applications').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    expect((await s.ctx.db.selectFrom('outbox').selectAll().execute()).length).toBe(before);
    expect((await auditEntries(s)).at(-1)).toMatchObject({ action: 'application.discarded', applicationId: id });
  });

  it('second attack 1: the national admin is told once per association and window that its budget holds applications back', async () => {
    await heldApplication();
    await submit(s, { email: 'another@example.no' });
    let alerts = await outbox('association_limit_alert');
    expect(alerts).toHaveLength(1);
    expect(JSON.parse(alerts[0]!.recipients)).toEqual(['prosjektleder@nks.example']);
    const mail = renderMail(alerts[0]!);
    expect(mail.subject).toContain('Eksempelby');
    expect(mail.text).toContain('«Holdt tilbake»');
    expect(alerts[0]!.payload).not.toMatch(/ingrid|another@/i);

    // The next hour's window: a new alert once its budget is spent again.
    s.clock.advance(60 * 60_000);
    for (const email of ['next1@example.no', 'next2@example.no', 'next3@example.no', 'next4@example.no']) {
      expect((await postApplication(s, validApplication({ email }))).status).toBe(201);
    }
    alerts = await outbox('association_limit_alert');
    expect(alerts).toHaveLength(2);
  });
});
