import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import { renderMail } from '../mail/render-mail.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { submit } from '../workspace/kit/page-testing.js';
import { aCourse, inviteForToken } from './testing.js';
import { createSession } from './session-admin.service.js';

let s: TestServer;
let sessionId: string;
let eksempelby: string;
beforeEach(async () => {
  s = await createTestServer();
  eksempelby = (await findAssociationBySlug(s.ctx.db, 'eksempelby'))!.id;
  sessionId = await createSession(s.ctx.db, eksempelby, aCourse(1), 'acc', s.clock.now);
});
afterEach(async () => {
  await s.close();
});

async function invited(email: string, firstName: string): Promise<string> {
  return inviteForToken(s, await submit(s, { email, firstName, lastName: 'Hemmelig' }), eksempelby);
}

const form = (path: string, body: Record<string, string>, site = 'same-origin') =>
  s.app.request(path, { method: 'POST', headers: { 'Sec-Fetch-Site': site }, body: new URLSearchParams(body) });

describe('/kurs/:token', () => {
  it('shows only the dates, the place and the free places, never who else booked', async () => {
    const first = await invited('anne@example.no', 'Anne');
    const second = await invited('berit@example.no', 'Berit');
    await form(`/kurs/${first}`, { handling: 'book', okt: sessionId });
    const res = await s.app.request(`/kurs/${second}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('torsdag 10. desember kl. 18:00–21:00, Storgata 1. Fullt: du kan stå på venteliste');
    for (const secret of ['Anne', 'Hemmelig', 'anne@example.no', 'Eksempelby']) expect(html).not.toContain(secret);
  });

  it('books, sends the confirmation with an .ics file, cancels and rebooks with the same link', async () => {
    const token = await invited('anne@example.no', 'Anne');
    const booked = await form(`/kurs/${token}`, { handling: 'book', okt: sessionId });
    expect(booked.status).toBe(303);
    expect(booked.headers.get('location')).toBe(`/kurs/${token}?melding=booked`);
    expect(await (await s.app.request(booked.headers.get('location')!)).text()).toContain('Du er påmeldt: torsdag 10. desember');
    const mail = renderMail(await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'course_booked').executeTakeFirstOrThrow());
    expect(mail.subject).toBe('Du har fått plass på kurset');
    expect(mail.attachments?.[0]).toMatchObject({ filename: 'kurs.ics', contentType: expect.stringContaining('text/calendar') });
    expect(mail.attachments?.[0]?.content).toContain('LOCATION:Storgata 1');

    expect((await form(`/kurs/${token}`, { handling: 'cancel' })).headers.get('location')).toBe(`/kurs/${token}?melding=cancelled`);
    expect((await form(`/kurs/${token}`, { handling: 'book', okt: sessionId })).headers.get('location')).toBe(`/kurs/${token}?melding=booked`);
    const actions = (await s.ctx.db.selectFrom('audit_log').select('action').where('action', 'like', 'course.%').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual(['course.session_created', 'course.invited', 'course.booked', 'course.cancelled', 'course.booked']);
  });

  it('keeps no working link in the outbox row of a course mail once it has gone', async () => {
    const token = await invited('anne@example.no', 'Anne');
    await form(`/kurs/${token}`, { handling: 'book', okt: sessionId });
    await s.ctx.worker.drainOnce();
    const sent = s.mailer.sent.filter((m) => m.to.includes('anne@example.no') && m.subject.includes('kurset'));
    expect(sent.map((m) => m.subject)).toEqual(['Velg en dato for kurset', 'Du har fått plass på kurset']);
    for (const m of sent) expect(m.text).toContain(`/kurs/${token}`);
    expect(sent[1]!.attachments?.[0]?.content.replace(/\r\n /g, '')).toContain(`URL:${s.config.publicUrl}/kurs/${token}`);
    const rows = await s.ctx.db.selectFrom('outbox').select(['status', 'payload']).where('kind', 'like', 'course_%').execute();
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    for (const r of rows) expect(r.payload).not.toContain(token);
    // The link itself still works: it was in the mail, not in the row.
    expect((await s.app.request(`/kurs/${token}`)).status).toBe(200);
  });

  it('gets the same kind page for a changed or expired link, and once the session has started', async () => {
    const token = await invited('anne@example.no', 'Anne');
    expect((await s.app.request(`/kurs/${token}x`)).status).toBe(410);
    expect((await form(`/kurs/${token}x`, { handling: 'book', okt: sessionId })).status).toBe(410);
    await form(`/kurs/${token}`, { handling: 'book', okt: sessionId });
    s.clock.now = new Date('2026-12-10T17:00:00Z');
    const started = await s.app.request(`/kurs/${token}`);
    expect(started.status).toBe(410);
    expect(await started.text()).toContain('Lenken virker ikke lenger');
  });

  it('refuses a body over 4 KB', async () => {
    const token = await invited('anne@example.no', 'Anne');
    expect((await form(`/kurs/${token}`, { handling: 'book', okt: 'x'.repeat(5000) })).status).toBe(413);
  });

  it('refuses a booking sent from another site', async () => {
    const token = await invited('anne@example.no', 'Anne');
    expect((await form(`/kurs/${token}`, { handling: 'book', okt: sessionId }, 'cross-site')).status).toBe(403);
    expect(await s.ctx.db.selectFrom('course_bookings').selectAll().execute()).toEqual([]);
  });

  it('offers a freed place with a claim link that works once', async () => {
    const first = await invited('anne@example.no', 'Anne');
    const second = await invited('berit@example.no', 'Berit');
    await form(`/kurs/${first}`, { handling: 'book', okt: sessionId });
    expect((await form(`/kurs/${second}`, { handling: 'book', okt: sessionId })).headers.get('location')).toBe(`/kurs/${second}?melding=waiting`);
    await form(`/kurs/${first}`, { handling: 'cancel' });
    const offer = await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'course_offer').executeTakeFirstOrThrow();
    const path = (JSON.parse(offer.payload) as { url: string }).url.replace(s.config.publicUrl, '');
    expect(await (await s.app.request(path)).text()).toContain('Ta plassen');
    const claimed = await form(path, {});
    expect(claimed.status).toBe(200);
    expect(await claimed.text()).toContain('Plassen er din');
    expect((await form(path, {})).status).toBe(410);
  });
});
