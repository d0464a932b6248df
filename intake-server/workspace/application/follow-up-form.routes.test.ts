/**
 * Issue 16, coordinator items 1, 2, 3 and 5: one save for status, checklist and note; confirmation and reason before
 * declining or passing on, with the applicant told in her language; the author corrects or deletes her own note;
 * checklist dates within the application's life.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderMail } from '../../mail/render-mail.js';
import { createTestServer, type TestServer } from '../../test-support.js';
import { signInAs } from '../auth/testing.js';
import { applicationRow, auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
let id: string;
let cookie: string;
beforeEach(async () => {
  s = await createTestServer();
  id = await submit(s, { language: 'en' });
  cookie = await cookieFor(s, 'eksempelby');
});
afterEach(async () => {
  await s.close();
});

const DAY = 24 * 3_600_000;
const path = (rest = '') => `/koordinator/soknader/${id}${rest}`;
const outbox = (kind: string) => s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', kind).execute();

describe('one save for status, checklist and a new note', () => {
  it('saves a ticked status and a note together: the status is no longer lost', async () => {
    const res = await post(s, path('/lagre'), cookie, { status: 'contacted', course_completed: '', note: 'Ringte, møtes tirsdag.' });
    expect(res.headers.get('location')).toBe(path('?lagret=changes'));
    expect((await applicationRow(s, id)).status).toBe('contacted');
    expect((await s.ctx.db.selectFrom('application_notes').select('body').execute()).map((n) => n.body)).toEqual(['Ringte, møtes tirsdag.']);
    expect((await auditEntries(s)).map((e) => e.action)).toEqual(expect.arrayContaining(['application.status_changed', 'application.note_added']));
  });

  it('saves nothing when one part has an error, and shows every part again as typed', async () => {
    s.clock.advance(2 * DAY);
    cookie = await cookieFor(s, 'eksempelby');
    const before = await applicationRow(s, id);
    const res = await post(s, path('/lagre'), cookie, { status: 'course', course_completed: '2026-12-24', confidentiality_signed: '2026-11-26', note: 'Mitt utkast' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<a href="#course_completed">Datoen kan ikke være fram i tid.</a>');
    expect(html).toContain('<a href="#confidentiality_signed">Datoen kan ikke være før søknaden kom inn.</a>');
    expect(html).toContain('value="2026-12-24"');
    expect(html).toContain('value="2026-11-26"');
    expect(html).toContain('id="status-course" name="status" value="course" checked=""');
    expect(html).toContain('>Mitt utkast</textarea>');
    expect(await applicationRow(s, id)).toEqual(before);
    expect(await s.ctx.db.selectFrom('application_notes').selectAll().execute()).toEqual([]);
  });

  it('offers no date before the application or after today in the date fields', async () => {
    s.clock.advance(3 * DAY);
    cookie = await cookieFor(s, 'eksempelby');
    const html = await (await get(s, path(), cookie)).text();
    expect(html).toContain('min="2026-11-27" max="2026-11-30"');
  });
});

describe('declining', () => {
  it('saves the other changes, then asks for a confirmation and a reason before declining', async () => {
    const res = await post(s, path('/lagre'), cookie, { status: 'declined', note: 'Snakket med henne.' });
    expect(res.headers.get('location')).toBe(path('/avsla?lagret=changes'));
    expect((await applicationRow(s, id)).status).toBe('new');
    expect(await s.ctx.db.selectFrom('application_notes').selectAll().execute()).toHaveLength(1);

    const confirm = await get(s, path('/avsla?lagret=changes'), cookie);
    const html = await confirm.text();
    expect(html).toContain('<h1>Avslå søknaden?</h1>');
    expect(html).toContain('De andre endringene dine er lagret.');
    expect(html).toContain('name="reason"');

    const noReason = await post(s, path('/avsla'), cookie, { confirmed: 'yes', reason: '  ' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('<a href="#reason">Skriv hvorfor.</a>');
    expect((await applicationRow(s, id)).status).toBe('new');
    expect(await outbox('applicant_closed')).toEqual([]);
  });

  it('declines with the reason in the history and only the fact of it in the audit log, and tells the applicant in her language', async () => {
    const res = await post(s, path('/avsla'), cookie, { confirmed: 'yes', reason: 'Ikke tid i år' });
    expect(res.headers.get('location')).toBe(path('?lagret=declined'));
    expect(await applicationRow(s, id)).toMatchObject({ status: 'declined', closed_at: s.clock.now.toISOString() });
    expect((await auditEntries(s)).find((e) => e.action === 'application.status_changed')?.detail).toEqual({ from: 'new', to: 'declined', reasonGiven: true });

    const [row] = await outbox('applicant_closed');
    expect(row).toMatchObject({ language: 'en', reply_to: 'post@eksempelby-sanitet.example' });
    expect(JSON.parse(row!.recipients)).toEqual(['kari.nordmann@example.no']);
    const mail = renderMail(row!);
    expect(mail.subject).toContain('Your Ressursvenn application');
    expect(mail.text).toContain('will not be taking your application further');
    expect(row!.payload + mail.text).not.toContain('Ikke tid');
  });
});

describe('passing on', () => {
  it('asks for a confirmation and a reason, then moves it and tells the applicant who will contact her', async () => {
    const first = await post(s, path('/flytt'), cookie, { forening: 'narvik' });
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(html).toContain('<h1>Sende søknaden videre?</h1>');
    expect(html).toContain('<input type="hidden" name="forening" value="narvik"/>');
    const untouched = await applicationRow(s, id);
    expect(untouched.association_id).not.toBe((await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'narvik').executeTakeFirstOrThrow()).id);

    const noReason = await post(s, path('/flytt'), cookie, { forening: 'narvik', confirmed: 'yes', reason: '' });
    expect(noReason.status).toBe(422);
    expect(await applicationRow(s, id)).toEqual(untouched);

    await post(s, path('/flytt'), cookie, { forening: 'narvik', confirmed: 'yes', reason: 'Bor i Narvik nå' });
    expect((await auditEntries(s)).find((e) => e.action === 'application.reassigned')?.detail).toMatchObject({ reasonGiven: true });
    const [row] = await outbox('applicant_reassigned');
    expect(row).toMatchObject({ language: 'en', reply_to: 'post@narvik-sanitet.example' });
    const mail = renderMail(row!);
    expect(mail.text).toContain('A coordinator at Narvik sanitetsforening will now contact you.');
    expect(mail.text).toContain('post@narvik-sanitet.example');
    expect(row!.payload + mail.text).not.toContain('Bor i Narvik');
  });
});

describe('correcting a note', () => {
  async function addNote(text: string) {
    await post(s, path('/lagre'), cookie, { note: text });
    return (await s.ctx.db.selectFrom('application_notes').select('id').where('body', '=', text).executeTakeFirstOrThrow()).id;
  }

  it('lets the author edit and delete her note, audited as who, when and which note, never the text', async () => {
    const noteId = await addNote('Helse: skrevet ved en feil');
    expect(await (await get(s, path(), cookie)).text()).toContain(`href="/koordinator/soknader/${id}/notater/${noteId}"`);
    const form = await (await get(s, path(`/notater/${noteId}`), cookie)).text();
    expect(form).toContain('>Helse: skrevet ved en feil</textarea>');

    const empty = await post(s, path(`/notater/${noteId}`), cookie, { note: ' ' });
    expect(empty.status).toBe(422);
    const edited = await post(s, path(`/notater/${noteId}`), cookie, { note: 'Ringte henne.' });
    expect(edited.headers.get('location')).toBe(path('?lagret=note_edited'));
    expect((await s.ctx.db.selectFrom('application_notes').select('body').execute()).map((n) => n.body)).toEqual(['Ringte henne.']);

    s.clock.advance(60_000);
    const deleted = await post(s, path(`/notater/${noteId}/slett`), cookie, {});
    expect(deleted.headers.get('location')).toBe(path('?lagret=note_deleted'));
    expect(await s.ctx.db.selectFrom('application_notes').selectAll().execute()).toEqual([]);

    const entries = (await auditEntries(s)).filter((e) => e.action === 'application.note_edited' || e.action === 'application.note_deleted');
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      ['application.note_edited', { noteId }],
      ['application.note_deleted', { noteId }],
    ]);
    const raw = JSON.stringify(await s.ctx.db.selectFrom('audit_log').selectAll().execute()) + JSON.stringify(await s.ctx.db.selectFrom('application_events').selectAll().execute());
    expect(raw).not.toContain('Helse');
    expect(raw).not.toContain('Ringte henne');
    expect(await (await get(s, path(), cookie)).text()).toContain('Slettet et notat – kari.koordinator');
  });

  it('answers the workspace 404 to anyone but the author, and changes nothing', async () => {
    const noteId = await addNote('Kari sitt notat');
    const ola = await signInAs(s.ctx.db, 'ola.koordinator@eksempelby-sanitet.example', { now: s.clock.now });
    const missing = await get(s, path('/notater/finnes-ikke'), cookie);
    expect(missing.status).toBe(404);
    const missingHtml = await missing.text();
    const other = await get(s, path(`/notater/${noteId}`), ola);
    expect(other.status).toBe(404);
    expect(await other.text()).toBe(missingHtml);
    expect(await (await get(s, path(), ola)).text()).not.toContain(`/notater/${noteId}`);
    expect((await post(s, path(`/notater/${noteId}`), ola, { note: 'Endret' })).status).toBe(404);
    expect((await post(s, path(`/notater/${noteId}/slett`), ola, {})).status).toBe(404);
    expect((await s.ctx.db.selectFrom('application_notes').select('body').execute()).map((n) => n.body)).toEqual(['Kari sitt notat']);
  });
});
