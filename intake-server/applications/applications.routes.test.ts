import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationAccepted, ErrorBody } from '../../contract/index.js';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

const countApplications = async () => Number((await s.ctx.db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('POST /api/v1/applications', () => {
  it('stores the application with its two mails and answers 201 with a reference', async () => {
    const res = await postApplication(s, validApplication({ association: 'eksempelby', age25OrOlder: false }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as ApplicationAccepted;
    expect(body.reference).toMatch(/^RV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(body.association).toEqual({ slug: 'eksempelby', name: 'Eksempelby sanitetsforening', email: 'post@eksempelby-sanitet.example', phone: '400 00 000' });

    const row = await s.ctx.db.selectFrom('applications').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ reference: body.reference, first_name: 'Kari', phone: '+4741234567', status: 'new', routing: 'postal_code', privacy_notice_version: '2026-11-01' });
    expect(JSON.parse(row.flags)).toEqual(['under_25']);

    const mails = await s.ctx.db.selectFrom('outbox').selectAll().orderBy('kind').execute();
    expect(mails.map((m) => [m.kind, JSON.parse(m.recipients), m.status, m.reply_to])).toEqual([
      ['applicant_receipt', ['kari.nordmann@example.no'], 'pending', 'post@eksempelby-sanitet.example'],
      ['coordinator_notice', ['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example'], 'pending', 'post@eksempelby-sanitet.example'],
    ]);
  });

  it('puts contact details in the notice only for an association that chose them, and never the free text', async () => {
    await postApplication(s, validApplication({ email: 'a@example.no' }));
    await s.ctx.db.updateTable('associations').set({ settings: JSON.stringify({ fullDetailsInNotice: true }) }).where('slug', '=', 'eksempelby').execute();
    await postApplication(s, validApplication({ email: 'b@example.no' }));
    const notices = await s.ctx.db.selectFrom('outbox').select('payload').where('kind', '=', 'coordinator_notice').orderBy('id').execute();
    const details = notices.map((n) => JSON.parse(n.payload).details);
    expect(details).toEqual([null, { lastName: 'Nordmann', email: 'b@example.no', phone: '+4741234567' }]);
    for (const n of notices) expect(n.payload).not.toContain('turer');
  });

  it('sends an application no association serves to the national contact', async () => {
    // Oslo (0150) has no association in the seed, and the page names none that exists.
    const res = await postApplication(s, validApplication({ association: 'finnes-ikke', postalCode: '0150' }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as ApplicationAccepted;
    expect(body.association.slug).toBeNull();
    const notice = await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'coordinator_notice').executeTakeFirstOrThrow();
    expect(JSON.parse(notice.recipients)).toEqual(['prosjektleder@nks.example']);
    expect(JSON.parse(notice.payload).fallback).toBe(true);
    const row = await s.ctx.db.selectFrom('applications').select(['routing', 'requested_association']).executeTakeFirstOrThrow();
    expect(row).toEqual({ routing: 'national_fallback', requested_association: 'finnes-ikke' });
  });

  it('answers 415 to JSON sent as text/plain and stores nothing', async () => {
    const res = await postApplication(s, validApplication(), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as ErrorBody).error.code).toBe('unsupported_media_type');
    expect(await countApplications()).toBe(0);
  });

  it('answers 415 to a charset other than UTF-8', async () => {
    const res = await postApplication(s, validApplication(), { 'Content-Type': 'application/json; charset=iso-8859-1' });
    expect(res.status).toBe(415);
  });

  it('gives field errors in the shape the widget reads', async () => {
    const res = await postApplication(s, validApplication({ email: 'kari@', postalCode: 'abcd' }));
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toEqual({ email: 'invalid_email', postalCode: 'invalid_postal_code' });
    expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
    expect(await countApplications()).toBe(0);
  });

  it('finding 13.5: refuses a link in a name with 422 contains_link, so no coordinator notice carries one', async () => {
    const res = await postApplication(s, validApplication({ firstName: 'VIKTIG: ny innlogging kreves på https://nav-login.example', lastName: 'www.nav-login.example' }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.fields).toEqual({ firstName: 'contains_link', lastName: 'contains_link' });
    expect(await countApplications()).toBe(0);
    expect(await s.ctx.db.selectFrom('outbox').selectAll().execute()).toEqual([]);
    expect((await postApplication(s, validApplication({ firstName: 'Åse Anne-Marit', lastName: "O'Neil Nguyễn" }))).status).toBe(201);
  });

  it('requires an Idempotency-Key', async () => {
    const res = await s.app.request('/api/v1/applications', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validApplication()) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('idempotency_key_missing');
  });

  it('answers a retry with the original answer and stores one application', async () => {
    const key = crypto.randomUUID();
    const first = await postApplication(s, validApplication(), { 'Idempotency-Key': key });
    const second = await postApplication(s, validApplication(), { 'Idempotency-Key': key });
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(await countApplications()).toBe(1);
  });

  it('makes concurrent duplicates one application', async () => {
    const key = crypto.randomUUID();
    const responses = await Promise.all(Array.from({ length: 8 }, () => postApplication(s, validApplication(), { 'Idempotency-Key': key })));
    const references = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as ApplicationAccepted).reference)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(references.size).toBe(1);
    expect(await countApplications()).toBe(1);
  });

  it('refuses the same key with another body', async () => {
    const key = crypto.randomUUID();
    await postApplication(s, validApplication(), { 'Idempotency-Key': key });
    const res = await postApplication(s, validApplication({ firstName: 'Åse' }), { 'Idempotency-Key': key });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.code).toBe('idempotency_key_reused');
    expect(await countApplications()).toBe(1);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await postApplication(s, validApplication({ motivation: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('payload_too_large');
  });

  it('refuses invalid UTF-8 and invalid JSON with 400', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const badUtf8 = await s.app.request('/api/v1/applications', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      body: bytes,
    });
    expect(badUtf8.status).toBe(400);
    expect(((await badUtf8.json()) as ErrorBody).error.code).toBe('invalid_request');
    const badJson = await postApplication(s, '{"firstName": "Kari",');
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as ErrorBody).error.code).toBe('invalid_json');
    const array = await postApplication(s, '[]');
    expect(array.status).toBe(400);
  });

  it('answers CORS preflights for the widget on another origin', async () => {
    const res = await s.app.request('/api/v1/applications', {
      method: 'OPTIONS',
      headers: { Origin: 'https://eksempelby-sanitet.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
  });

  it('keeps personal data out of the logs', async () => {
    await postApplication(s, validApplication({ firstName: 'Kanarifugl', email: 'kanari@example.no' }));
    await postApplication(s, validApplication({ firstName: 'Kanarifugl', email: 'kanari@' }));
    await s.ctx.worker.drainOnce();
    expect(s.logs.length).toBeGreaterThan(2);
    expect(s.logs.join('\n')).not.toMatch(/Kanarifugl|kanari@|Nordmann|41234567|2317/);
  });
});
