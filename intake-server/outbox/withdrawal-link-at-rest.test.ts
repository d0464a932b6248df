/** Second attack, finding 6: a delivered receipt's outbox row keeps no working withdrawal link; one still to be sent does. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { createTestServer, postApplication, type TestServer } from '../test-support.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer({ OUTBOX_BACKOFF_BASE_MS: '1000', OUTBOX_BACKOFF_CAP_MS: '8000' })));
afterEach(() => s.close());

const receiptRow = () => s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'applicant_receipt').executeTakeFirstOrThrow();

describe('the withdrawal link in the outbox', () => {
  it('second attack 6: stays while the receipt is retried, goes when it is sent, and the mail carried it', async () => {
    expect((await postApplication(s, validApplication())).status).toBe(201);
    const url = JSON.parse((await receiptRow()).payload).withdrawUrl as string;
    expect(url).toMatch(/^http.*\/trekk-tilbake|^http/);

    s.mailer.failWith(Object.assign(new Error('smtp'), { code: 'ECONNECTION' }));
    await s.ctx.worker.drainOnce();
    const waiting = await receiptRow();
    expect(waiting.status).toBe('pending');
    expect(JSON.parse(waiting.payload).withdrawUrl).toBe(url);

    s.mailer.failWith(undefined);
    s.clock.advance(1000);
    await s.ctx.worker.drainOnce();
    const sent = await receiptRow();
    expect(sent.status).toBe('sent');
    expect(sent.payload).not.toContain(new URL(url).pathname);
    expect(JSON.parse(sent.payload)).toMatchObject({ reference: expect.any(String), associationName: expect.any(String) });
    expect(JSON.parse(sent.payload).withdrawUrl).toBeUndefined();
    expect(s.mailer.sent.some((m) => m.text.includes(url))).toBe(true);
  });

  it('second attack 6: a receipt sent to some recipients and deferred for others keeps the link only in the row still to go', async () => {
    expect((await postApplication(s, validApplication())).status).toBe(201);
    const { withdrawUrl } = JSON.parse((await receiptRow()).payload) as { withdrawUrl: string };
    const { id } = await receiptRow();
    // Two recipients, one greylisted: the delivered row loses the link, the requeued one keeps it.
    await s.ctx.db.updateTable('outbox').set({ recipients: JSON.stringify(['kari.nordmann@example.no', 'grey@example.no']) }).where('id', '=', id).execute();
    s.mailer.rejectRecipients(['grey@example.no'], 451);
    await s.ctx.worker.drainOnce();
    const rows = await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'applicant_receipt').execute();
    const sent = rows.find((r) => r.status === 'sent')!;
    const again = rows.find((r) => r.status === 'pending')!;
    expect(JSON.parse(sent.payload).withdrawUrl).toBeUndefined();
    expect(JSON.parse(again.payload).withdrawUrl).toBe(withdrawUrl);
  });
});
