import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAssociationBySlug } from '../../associations/associations.repository.js';
import { renderMail } from '../../mail/render-mail.js';
import { createTestServer, type TestServer } from '../../test-support.js';
import { applicationRow, auditEntries, cookieFor, get, post, submit } from '../kit/page-testing.js';

let s: TestServer;
let eksempelby: string;
let narvik: string;
beforeEach(async () => {
  s = await createTestServer();
  eksempelby = await cookieFor(s, 'eksempelby');
  narvik = await cookieFor(s, 'narvik');
});
afterEach(async () => {
  await s.close();
});

const COURSE = { kind: 'course', date: '2026-12-10', start: '18:00', end: '21:00', place: 'Frivilligsentralen, Storgata 1', video_url: '', capacity: '2', language: 'nb' };

/** Creates a course as Eksempelby's coordinator, shared with Narvik when asked; returns its id. */
async function createCourse(shareWithNarvik: boolean, fields: Record<string, string> = {}): Promise<string> {
  const narvikId = (await findAssociationBySlug(s.ctx.db, 'narvik'))!.id;
  const body = new URLSearchParams({ ...COURSE, ...fields });
  if (shareWithNarvik) body.append('shared', narvikId);
  const res = await s.app.request('/koordinator/kurs/ny', { method: 'POST', headers: { Cookie: eksempelby, 'Sec-Fetch-Site': 'same-origin' }, body });
  expect(res.status).toBe(303);
  return res.headers.get('location')!.match(/\/koordinator\/kurs\/([^?]+)\?lagret=created/)![1]!;
}

const outbox = (kind: string) => s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', kind).orderBy('id').execute();
const tokenOf = (row: { payload: string }) => (JSON.parse(row.payload) as { url: string }).url.replace(`${s.config.publicUrl}/kurs/`, '');

/** Invites an application to the course from its page and returns the token of her link. */
async function invite(cookie: string, id: string): Promise<string> {
  const res = await post(s, `/koordinator/kurs/soknad/${id}/inviter`, cookie, { kind: 'course' });
  expect(res.status).toBe(303);
  const rows = (await outbox('course_invitation')).filter((r) => r.application_id === id);
  return tokenOf(rows.at(-1)!);
}

const book = (token: string, sessionId: string) =>
  s.app.request(`/kurs/${token}`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'same-origin' }, body: new URLSearchParams({ handling: 'book', okt: sessionId }) });

describe('/koordinator/kurs', () => {
  it('creates a course shared with a neighbour, which both see in their lists, and audits it', async () => {
    const id = await createCourse(true);
    const page = await (await get(s, `/koordinator/kurs/${id}?lagret=created`, eksempelby)).text();
    expect(page).toContain('Samlingen er laget.');
    expect(page).toContain('Delt med Narvik sanitetsforening');
    expect(page).toContain('0 av 2 plasser tatt');
    expect(await (await get(s, '/koordinator/kurs', narvik)).text()).toContain(`/koordinator/kurs/${id}`);
    const created = (await auditEntries(s)).find((e) => e.action === 'course.session_created');
    expect(created?.detail).toMatchObject({ sessionId: id, kind: 'course', capacity: 2 });
  });

  it('answers the one 404 for a session that is not shared with her, the same as for none', async () => {
    const id = await createCourse(false);
    const notShared = await get(s, `/koordinator/kurs/${id}`, narvik);
    const none = await get(s, '/koordinator/kurs/finnes-ikke', narvik);
    expect(notShared.status).toBe(404);
    expect(await notShared.text()).toBe(await none.text());
    expect((await get(s, `/koordinator/kurs/${id}/endre`, narvik)).status).toBe(404);
  });

  it('shows every problem of the form at its field, with an error summary, and saves nothing', async () => {
    const res = await post(s, '/koordinator/kurs/ny', eksempelby, { ...COURSE, kind: '', date: '2026-11-01', end: '17:00', place: '', capacity: '0' });
    expect(res.status).toBe(422);
    const html = await res.text();
    for (const text of ['Velg informasjonsmøte eller kurs.', 'Datoen kan ikke være før i dag.', 'Slutten må være etter starten, samme dag.', 'Skriv et sted eller en videolenke.', 'Skriv et antall plasser fra 1 til 500.']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('href="#f-date"');
    expect(await s.ctx.db.selectFrom('course_sessions').selectAll().execute()).toEqual([]);
  });

  it('lets the national admin open an information meeting to every association; a coordinator cannot', async () => {
    const admin = await cookieFor(s, 'admin');
    const res = await post(s, '/koordinator/kurs/ny', admin, { ...COURSE, kind: 'info_meeting', open_to_all: 'yes' });
    const id = res.headers.get('location')!.match(/kurs\/([^?]+)/)![1]!;
    expect(await (await get(s, `/koordinator/kurs/${id}`, narvik)).text()).toContain('Arrangør: Norske Kvinners Sanitetsforening');
    expect(await (await get(s, `/koordinator/kurs/${id}`, narvik)).text()).toContain('Åpent for alle foreninger');
    // Only the arranger (here the admin) changes it.
    expect((await get(s, `/koordinator/kurs/${id}/endre`, narvik)).status).toBe(404);
    const own = await createCourse(false, { open_to_all: 'yes' });
    expect((await get(s, `/koordinator/kurs/${own}`, narvik)).status).toBe(404);
  });

  it('refuses a form sent from another site', async () => {
    const res = await post(s, '/koordinator/kurs/ny', eksempelby, COURSE, { 'Sec-Fetch-Site': 'cross-site' });
    expect(res.status).toBe(403);
  });

  it('invites from the application, shows each association only its own applicants, and marks attendance through the checklist and status', async () => {
    const id = await createCourse(true);
    const anne = await submit(s, { firstName: 'Anne', lastName: 'Berg', email: 'anne@example.no', language: 'en' });
    const nora = await submit(s, { firstName: 'Nora', lastName: 'Lie', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    expect(await (await get(s, `/koordinator/soknader/${anne}`, eksempelby)).text()).toContain(`action="/koordinator/kurs/soknad/${anne}/inviter"`);
    const [ta, tn] = [await invite(eksempelby, anne), await invite(narvik, nora)];
    const [invitation] = await outbox('course_invitation');
    expect(JSON.parse(invitation!.recipients)).toEqual(['anne@example.no']);
    expect(renderMail(invitation!).subject).toBe('Choose a date for the course');
    // Narvik cannot invite Eksempelby's applicant: the one 404.
    expect((await post(s, `/koordinator/kurs/soknad/${anne}/inviter`, narvik, { kind: 'course' })).status).toBe(404);

    expect((await book(ta, id)).status).toBe(303);
    expect((await book(tn, id)).status).toBe(303);
    const own = await (await get(s, `/koordinator/kurs/${id}`, narvik)).text();
    expect(own).toContain('Nora L.');
    expect(own).not.toContain('Anne');
    const theirs = await (await get(s, `/koordinator/kurs/${id}`, eksempelby)).text();
    expect(theirs).toContain('Anne B.');
    expect(theirs).not.toContain('Nora');
    expect(theirs).not.toContain('Berg');

    // Before the day, attendance cannot be recorded.
    const booking = (await s.ctx.db.selectFrom('course_bookings').selectAll().where('application_id', '=', anne).executeTakeFirstOrThrow()).id;
    expect((await post(s, `/koordinator/kurs/${id}/oppmote`, eksempelby, { [`a_${booking}`]: 'present' })).status).toBe(422);
    s.clock.now = new Date('2026-12-10T21:30:00Z');
    // Signed in again on the day (a session lasts 12 hours at most).
    eksempelby = await cookieFor(s, 'eksempelby');
    narvik = await cookieFor(s, 'narvik');
    const marked = await post(s, `/koordinator/kurs/${id}/oppmote`, eksempelby, { [`a_${booking}`]: 'present' });
    expect(marked.headers.get('location')).toBe(`/koordinator/kurs/${id}?lagret=attendance`);
    const row = await applicationRow(s, anne);
    expect(row.course_completed_at).toBe('2026-12-10');
    expect(row.status).toBe('checks');
    expect((await auditEntries(s)).map((e) => e.action)).toEqual(expect.arrayContaining(['course.attendance_marked', 'application.checklist_changed', 'application.status_changed']));

    // Narvik marks her own applicant absent: a "choose a new date" mail goes at once, and the roster says so.
    const noraBooking = (await s.ctx.db.selectFrom('course_bookings').selectAll().where('application_id', '=', nora).executeTakeFirstOrThrow()).id;
    // Eksempelby cannot mark Narvik's applicant: skipped.
    await post(s, `/koordinator/kurs/${id}/oppmote`, eksempelby, { [`a_${noraBooking}`]: 'absent' });
    expect((await outbox('course_invitation')).length).toBe(2);
    await post(s, `/koordinator/kurs/${id}/oppmote`, narvik, { [`a_${noraBooking}`]: 'absent' });
    const rebook = (await outbox('course_invitation')).at(-1)!;
    expect(JSON.parse(rebook.recipients)).toEqual(['nora@example.no']);
    expect(renderMail(rebook).subject).toBe('Velg en ny dato for kurset');
    expect(await (await get(s, `/koordinator/kurs/${id}`, narvik)).text()).toContain('Fikk lenke til ny dato');
    // The old link is retired; the new one works.
    expect((await s.app.request(`/kurs/${tn}`)).status).toBe(410);
    expect((await s.app.request(`/kurs/${tokenOf(rebook)}`)).status).toBe(200);

    const figures = await (await get(s, '/koordinator/kurs/tall', eksempelby)).text();
    expect(figures).toMatch(/<th scope="row">Eksempelby sanitetsforening<\/th><td>1<\/td><td>1<\/td><td>1<\/td><td>0<\/td><td>\d+<\/td>/);
  });

  it('calls a session off after a confirmation: everyone booked or waiting gets a link to choose a new date', async () => {
    const id = await createCourse(true, { capacity: '1' });
    const anne = await submit(s, { firstName: 'Anne', email: 'anne@example.no' });
    const nora = await submit(s, { firstName: 'Nora', email: 'nora@example.no', postalCode: '8514', association: 'narvik' });
    const [ta, tn] = [await invite(eksempelby, anne), await invite(narvik, nora)];
    await book(ta, id);
    await book(tn, id);
    // Only the arranger calls it off.
    expect((await get(s, `/koordinator/kurs/${id}/avlys`, narvik)).status).toBe(404);
    expect((await post(s, `/koordinator/kurs/${id}/avlys`, narvik, {})).status).toBe(404);
    expect(await (await get(s, `/koordinator/kurs/${id}/avlys`, eksempelby)).text()).toContain('2 søkere som er påmeldt eller står på venteliste');
    const res = await post(s, `/koordinator/kurs/${id}/avlys`, eksempelby, {});
    expect(res.headers.get('location')).toBe('/koordinator/kurs?lagret=cancelled');
    const told = (await outbox('course_invitation')).filter((m) => (JSON.parse(m.payload) as { reason: string }).reason === 'cancelled');
    expect(told.map((m) => JSON.parse(m.recipients)[0]).sort()).toEqual(['anne@example.no', 'nora@example.no']);
    expect(renderMail(told[0]!).subject).toBe('Avlyst: Kurs. Velg en ny dato');
    expect(await s.ctx.db.selectFrom('course_sessions').selectAll().execute()).toEqual([]);
    expect((await get(s, `/koordinator/kurs/${id}`, eksempelby)).status).toBe(404);
    // Her link still works, to choose another date.
    expect((await s.app.request(`/kurs/${ta}`)).status).toBe(200);
    expect((await auditEntries(s)).find((e) => e.action === 'course.session_cancelled')?.detail).toMatchObject({ sessionId: id, told: 2 });
  });

  it('tells everyone booked when the time changes, with a new calendar file', async () => {
    const id = await createCourse(false);
    const anne = await submit(s, { firstName: 'Anne', email: 'anne@example.no' });
    await book(await invite(eksempelby, anne), id);
    const res = await post(s, `/koordinator/kurs/${id}/endre`, eksempelby, { ...COURSE, start: '17:00' });
    expect(res.headers.get('location')).toBe(`/koordinator/kurs/${id}?lagret=changed&fortalt=1`);
    const mails = await outbox('course_booked');
    expect(mails).toHaveLength(2);
    const changed = renderMail(mails[1]!);
    expect(changed.subject).toBe('Ny tid eller nytt sted for kurset');
    expect(changed.attachments?.[0]?.content).toContain('DTSTART:20261210T160000Z');
    expect(changed.attachments?.[0]?.content).toContain('SEQUENCE:');
    const change = (await auditEntries(s)).find((e) => e.action === 'course.session_changed');
    expect(change?.detail).toMatchObject({ before: { startsAt: '2026-12-10T17:00:00.000Z' }, after: { startsAt: '2026-12-10T16:00:00.000Z' } });
    // Fewer places than are taken is refused at the field.
    const fewer = await post(s, `/koordinator/kurs/${id}/endre`, eksempelby, { ...COURSE, capacity: '0' });
    expect(fewer.status).toBe(422);
  });
});
