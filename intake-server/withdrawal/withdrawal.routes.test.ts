import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { listAuditLog } from '../audit/audit.repository.js';
import { renderMail } from '../mail/render-mail.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';
import { withdrawalUrl } from './withdrawal-link.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

/** Sends an application and returns the withdrawal path from its receipt. */
async function apply(overrides: Parameters<typeof validApplication>[0] = {}): Promise<string> {
  expect((await postApplication(s, validApplication({ association: 'eksempelby', ...overrides }))).status).toBe(201);
  const receipt = await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'applicant_receipt').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const url = JSON.parse(receipt.payload).withdrawUrl as string;
  const text = renderMail(receipt).text;
  expect(text, 'the receipt carries the link').toContain(url);
  return new URL(url).pathname;
}

const post = (path: string, headers: Record<string, string> = { 'Sec-Fetch-Site': 'same-origin' }) => s.app.request(path, { method: 'POST', headers });
const count = async (table: 'applications' | 'retention_counts') => (await s.ctx.db.selectFrom(table).selectAll().execute()).length;

describe('withdrawing an application with the link in the receipt', () => {
  it('asks first, then erases the application and tells the coordinators the reference only', async () => {
    const path = await apply({ language: 'nn' });
    const { id, reference, association_id: associationId } = await s.ctx.db.selectFrom('applications').selectAll().executeTakeFirstOrThrow();
    const ask = await s.app.request(path);
    expect(ask.status).toBe(200);
    const page = await ask.text();
    expect(page).toContain('<html lang="nn">');
    expect(page).toContain('<h1>Trekkje søknaden?</h1>');
    expect(page).toContain(`<form method="post" action="${path}">`);
    expect(ask.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(await count('applications'), 'a GET erases nothing').toBe(1);

    const done = await post(path);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Søknaden er trekt');
    expect(await count('applications')).toBe(0);
    expect(await count('retention_counts'), 'one anonymous count is kept').toBe(1);
    const mails = await s.ctx.db.selectFrom('outbox').selectAll().execute();
    expect(mails.map((m) => m.kind), 'her receipt and the first notice went with the application').toEqual(['application_withdrawn']);
    expect(JSON.parse(mails[0]!.recipients)).toEqual(['kari.koordinator@eksempelby-sanitet.example', 'ola.koordinator@eksempelby-sanitet.example']);
    expect(JSON.parse(mails[0]!.payload)).toEqual({ reference });
    const rendered = renderMail(mails[0]!);
    expect(rendered.text).toContain(reference);
    expect(rendered.text).not.toMatch(/Kari|Nordmann|example\.no/);
    const audit = (await listAuditLog(s.ctx.db)).filter((e) => e.action === 'application.withdrawn');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ account_id: null, application_id: id, association_id: associationId });
    expect(audit[0]!.detail).not.toMatch(/Kari|Nordmann|example\.no/);
  });

  it('gives a kind page and erases nothing for a used, expired, changed or cross-site link', async () => {
    const used = await apply({ email: 'used@example.no' });
    expect((await post(used)).status).toBe(200);
    for (const request of [() => post(used), () => s.app.request(used)]) {
      const again = await request();
      expect(again.status).toBe(410);
      expect(await again.text()).toContain('Lenken virker ikke lenger');
    }

    const kept = await apply({ email: 'kept@example.no', language: 'en' });
    const before = await count('applications');
    const tampered = kept.replace(/.(?=\.[^.]*$)/, (ch) => (ch === '0' ? '1' : '0'));
    const changed = await post(tampered);
    expect(changed.status).toBe(410);
    expect(await changed.text()).toContain('Lenken virker ikke lenger');
    expect((await post(kept, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);

    const row = await s.ctx.db.selectFrom('applications').select('id').where('email', '=', 'kept@example.no').executeTakeFirstOrThrow();
    const expired = new URL(withdrawalUrl('http://x', s.ctx.secretKey, { applicationId: row.id, language: 'en', at: new Date(s.clock.now.getTime() - 400 * 86_400_000), retentionMonths: 6 })).pathname;
    const old = await post(expired);
    expect(old.status).toBe(410);
    expect(await old.text()).toContain('This link no longer works');
    s.clock.advance(200 * 86_400_000);
    expect((await post(kept)).status, 'the link expires with the retention period').toBe(410);
    expect(await count('applications')).toBe(before);
    expect((await listAuditLog(s.ctx.db)).filter((e) => e.action === 'application.withdrawn')).toHaveLength(1);
  });
});
