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
  id = await submit(s, { age25OrOlder: false, motivation: 'Jeg liker å gå turer.', languages: 'norsk, polsk' });
  cookie = await cookieFor(s, 'eksempelby');
});
afterEach(async () => {
  await s.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const page = async (path = `/koordinator/soknader/${id}`) => {
  const res = await get(s, path, cookie);
  return { status: res.status, html: await res.text() };
};
const events = async () =>
  (await s.ctx.db.selectFrom('application_events').selectAll().where('application_id', '=', id).orderBy('at').orderBy('id').execute()).map((e) => ({
    kind: e.kind,
    detail: JSON.parse(e.detail) as unknown,
  }));

describe('GET /koordinator/soknader/:id', () => {
  it('shows the applicant’s details, answers, flags, own words and the privacy notice she saw', async () => {
    const { status, html } = await page();
    expect(status).toBe(200);
    for (const text of [
      'Kari Nordmann',
      'href="mailto:kari.nordmann@example.no"',
      'href="tel:+4741234567">412 34 567</a>',
      '<dd>2317</dd>',
      '<dd>Hamar</dd>',
      '<dt>Søknadens språk</dt><dd>Bokmål</dd>',
      'Er 25 år eller eldre</dt><dd class="answer-no">Nei</dd>',
      'Under 25 år',
      'Jeg liker å gå turer.',
      'norsk, polsk',
      'personvernerklæringen (versjon 2026-11-01) 27. november 2026 kl. 11:00',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('sends a visitor without a session (the link in the notice) to sign-in and back', async () => {
    const res = await s.app.request(`/koordinator/soknader/${id}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/koordinator/logg-inn?neste=${encodeURIComponent(`/koordinator/soknader/${id}`)}`);
  });

  it('records the view in the audit log with ids only', async () => {
    await page();
    const entries = await auditEntries(s);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'application.viewed', applicationId: id, detail: {} });
    const raw = JSON.stringify(await s.ctx.db.selectFrom('audit_log').selectAll().execute());
    for (const personal of ['Kari', 'Nordmann', 'kari.nordmann', '41234567', 'turer']) expect(raw).not.toContain(personal);
  });

  it('is in English with ?lang=en, and its forms keep the language', async () => {
    const { html } = await page(`/koordinator/soknader/${id}?lang=en`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Contact details');
    expect(html).toContain(`action="/koordinator/soknader/${id}/lagre?lang=en"`);
  });
});

describe('changing the status', () => {
  it('records the first contact once, closes on a final status and opens again, each time as an event and an audit entry', async () => {
    const t0 = s.clock.now.toISOString();
    const res = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'contacted' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/koordinator/soknader/${id}?lagret=changes`);
    expect(await applicationRow(s, id)).toMatchObject({ status: 'contacted', first_contact_at: t0, closed_at: null, last_activity_at: t0 });

    s.clock.advance(HOUR);
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'course' });
    const t1 = s.clock.now.toISOString();
    expect(await applicationRow(s, id)).toMatchObject({ status: 'course', first_contact_at: t0, last_activity_at: t1 });

    s.clock.advance(HOUR);
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'ready_for_matching' });
    const t2 = s.clock.now.toISOString();
    expect(await applicationRow(s, id)).toMatchObject({ status: 'ready_for_matching', closed_at: t2 });

    s.clock.advance(HOUR);
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'checks' });
    expect(await applicationRow(s, id)).toMatchObject({ status: 'checks', closed_at: null });

    expect(await events()).toEqual([
      { kind: 'status', detail: { from: 'new', to: 'contacted' } },
      { kind: 'status', detail: { from: 'contacted', to: 'course' } },
      { kind: 'status', detail: { from: 'course', to: 'ready_for_matching' } },
      { kind: 'status', detail: { from: 'ready_for_matching', to: 'checks' } },
    ]);
    expect((await auditEntries(s)).filter((e) => e.action === 'application.status_changed').map((e) => e.detail)).toEqual([
      { from: 'new', to: 'contacted' },
      { from: 'contacted', to: 'course' },
      { from: 'course', to: 'ready_for_matching' },
      { from: 'ready_for_matching', to: 'checks' },
    ]);
  });

  it('shows the saved status and its history on the page', async () => {
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'withdrawn' });
    const { html } = await page(`/koordinator/soknader/${id}?lagret=changes`);
    expect(html).toContain('Endringene er lagret.');
    expect(html).toContain('id="status-withdrawn" name="status" value="withdrawn" checked=""');
    expect(html).toContain('Status endret fra «Ny» til «Trukket seg» – kari.koordinator');
  });

  it('ignores a status a coordinator cannot choose', async () => {
    const before = await applicationRow(s, id);
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'quarantined' });
    expect(await applicationRow(s, id)).toEqual(before);
    expect(await events()).toEqual([]);
  });
});

describe('the checklist', () => {
  it('records the course, the declaration and only "presented, when, checked by" for the police certificate', async () => {
    s.clock.advance(5 * DAY);
    cookie = await cookieFor(s, 'eksempelby');
    const res = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, {
      course_completed: '2026-11-28',
      confidentiality_signed: '2026-11-29',
      police_certificate_presented: 'yes',
      police_certificate_date: '2026-12-01',
      police_certificate_checked_by: 'Ola Koordinator',
      police_certificate_content: 'Ingen merknader',
    });
    expect(res.status).toBe(303);
    const row = await applicationRow(s, id);
    expect(row).toMatchObject({
      course_completed_at: '2026-11-28',
      confidentiality_signed_at: '2026-11-29',
      police_certificate_presented_at: '2026-12-01',
      police_certificate_checked_by: 'Ola Koordinator',
      last_activity_at: s.clock.now.toISOString(),
    });
    expect(JSON.stringify(row)).not.toContain('merknader');
    expect(await events()).toEqual([
      { kind: 'checklist', detail: { course_completed: '2026-11-28', confidentiality_signed: '2026-11-29', police_certificate_presented: '2026-12-01' } },
    ]);
    const audit = (await auditEntries(s)).find((e) => e.action === 'application.checklist_changed');
    expect(audit?.detail).toEqual({ items: ['course_completed', 'confidentiality_signed', 'police_certificate_presented'] });
  });

  it('clears the police certificate when the box is unticked', async () => {
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { police_certificate_presented: 'yes', police_certificate_date: '2026-11-27', police_certificate_checked_by: 'Kari Koordinator' });
    await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { police_certificate_date: '2026-11-27', police_certificate_checked_by: 'Kari Koordinator' });
    expect(await applicationRow(s, id)).toMatchObject({ police_certificate_presented_at: null, police_certificate_checked_by: null });
  });

  it('shows the form again with the errors and saves nothing when a date is wrong', async () => {
    const before = await applicationRow(s, id);
    const res = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { course_completed: '2026-12-24', police_certificate_presented: 'yes' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('<a href="#course_completed">Datoen kan ikke være fram i tid.</a>');
    expect(html).toContain('<a href="#police_certificate_date">Skriv datoen politiattesten ble vist fram.</a>');
    expect(html).toContain('value="2026-12-24"');
    expect(await applicationRow(s, id)).toEqual(before);
  });

  it('has no field that could take a police certificate or words about it', async () => {
    const { html } = await page();
    const form = html.slice(html.indexOf('<section aria-labelledby="checklist-heading"'), html.indexOf('<section aria-labelledby="notes-heading"'));
    const police = form.slice(form.indexOf('<fieldset class="police">'), form.indexOf('</fieldset>'));
    expect(html).not.toContain('type="file"');
    expect(html).not.toContain('multipart/form-data');
    expect(police.match(/<(input|select|textarea)\b[^>]*>/g)?.map((t) => /type="(\w+)"/.exec(t)?.[1] ?? t.slice(1, t.indexOf(' ')))).toEqual(['checkbox', 'date', 'select']);
    expect(police).toContain('Attesten skal ikke lastes opp, kopieres eller tas vare på');
    expect(police).toContain('<option value="Ola Koordinator">Ola Koordinator</option>');
  });
});

describe('notes', () => {
  it('adds a note with its author and time, with the warning against sensitive data, and audits it without the text', async () => {
    const res = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { note: 'Ringte henne, møtes tirsdag.' });
    expect(res.status).toBe(303);
    const { html } = await page();
    expect(html).toContain('<p class="note__body">Ringte henne, møtes tirsdag.</p>');
    expect(html).toContain('kari.koordinator, 27. november 2026 kl. 11:00');
    expect(html).toContain('Ikke skriv om helse, vold søkeren selv har opplevd, etnisitet, religion');
    expect(html).toContain('maxlength="1000"');
    expect(await events()).toEqual([{ kind: 'note', detail: {} }]);
    const raw = JSON.stringify(await s.ctx.db.selectFrom('audit_log').selectAll().execute());
    expect(raw).toContain('application.note_added');
    expect(raw).not.toContain('tirsdag');
  });

  it('saves nothing for an empty note, and refuses one over the limit keeping the draft', async () => {
    const empty = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { note: '   ' });
    expect(empty.headers.get('location')).toBe(`/koordinator/soknader/${id}?lagret=unchanged`);
    const long = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { note: 'x'.repeat(1001) });
    expect(long.status).toBe(422);
    const html = await long.text();
    expect(html).toContain(`>${'x'.repeat(1001)}</textarea>`);
    expect(html).toContain('<a href="#note">Notatet er for langt. Gjør det kortere.</a>');
    expect(await s.ctx.db.selectFrom('application_notes').selectAll().execute()).toEqual([]);
  });
});

describe('"I am handling this"', () => {
  it('takes the application and hands it back', async () => {
    await post(s, `/koordinator/soknader/${id}/ansvarlig`, cookie, { handling: 'take' });
    const account = await s.ctx.db.selectFrom('accounts').select('id').where('email', '=', 'kari.koordinator@eksempelby-sanitet.example').executeTakeFirstOrThrow();
    expect((await applicationRow(s, id)).handled_by).toBe(account.id);
    expect((await page()).html).toContain('Du følger opp denne søknaden.');

    const ola = await signInAs(s.ctx.db, 'ola.koordinator@eksempelby-sanitet.example', { now: s.clock.now });
    expect(await (await get(s, `/koordinator/soknader/${id}`, ola)).text()).toContain('kari.koordinator følger opp denne søknaden.');

    await post(s, `/koordinator/soknader/${id}/ansvarlig`, cookie, { handling: 'release' });
    expect((await applicationRow(s, id)).handled_by).toBeNull();
    expect(await events()).toEqual([
      { kind: 'handler', detail: { handling: 'taken' } },
      { kind: 'handler', detail: { handling: 'released' } },
    ]);
    expect((await auditEntries(s)).filter((e) => e.action === 'application.handler_changed')).toEqual([
      { action: 'application.handler_changed', accountId: account.id, applicationId: id, associationId: expect.any(String), detail: { handling: 'take' } },
      { action: 'application.handler_changed', accountId: account.id, applicationId: id, associationId: expect.any(String), detail: { handling: 'release' } },
    ]);
  });
});

describe('reassigning to another association', () => {
  it('moves the application, notifies the new coordinators with a minimal mail, and hides it from the old association', async () => {
    await post(s, `/koordinator/soknader/${id}/ansvarlig`, cookie, { handling: 'take' });
    s.clock.advance(HOUR);
    const res = await post(s, `/koordinator/soknader/${id}/flytt`, cookie, { forening: 'narvik', confirmed: 'yes', reason: 'Bor i Narvik' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/koordinator?melding=flyttet');

    const narvik = await s.ctx.db.selectFrom('associations').select('id').where('slug', '=', 'narvik').executeTakeFirstOrThrow();
    expect(await applicationRow(s, id)).toMatchObject({ association_id: narvik.id, handled_by: null, last_activity_at: s.clock.now.toISOString() });
    expect(await s.ctx.db.selectFrom('application_associations').selectAll().where('application_id', '=', id).execute()).toEqual([
      { application_id: id, association_id: narvik.id },
    ]);

    const notice = await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'reassigned_notice').executeTakeFirstOrThrow();
    expect(JSON.parse(notice.recipients)).toEqual(['koordinator@narvik-sanitet.example']);
    expect(notice.reply_to).toBe('post@narvik-sanitet.example');
    const mail = renderMail(notice);
    expect(mail.text).toContain('Kari (postnummer 2317, Hamar kommune)');
    expect(mail.text).toContain(`https://intake.example/koordinator/soknader/${id}`);
    for (const secret of ['Nordmann', 'kari.nordmann@example.no', '41234567', 'turer', 'polsk']) expect(notice.payload + mail.text).not.toContain(secret);

    await s.ctx.worker.drainOnce();
    expect(s.mailer.sent.map((m) => m.subject)).toContain(`Søknad om å bli ressursvenn sendt videre til dere (${(await applicationRow(s, id)).reference})`);

    expect((await get(s, `/koordinator/soknader/${id}`, cookie)).status).toBe(404);
    const inNarvik = await get(s, `/koordinator/soknader/${id}`, await cookieFor(s, 'narvik'));
    expect(inNarvik.status).toBe(200);
    expect(await inNarvik.text()).toContain('Sendt videre til Narvik sanitetsforening');
    expect((await auditEntries(s)).find((e) => e.action === 'application.reassigned')).toMatchObject({ applicationId: id, associationId: narvik.id });
  });

  it('turns an unassigned application into a new one for the association the admin chose', async () => {
    const unrouted = await submit(s, { firstName: 'Ulla', email: 'ulla@example.no', postalCode: '0150', association: 'finnes-ikke' });
    const admin = await cookieFor(s, 'admin');
    const res = await post(s, `/koordinator/soknader/${unrouted}/flytt`, admin, { forening: 'tromso', confirmed: 'yes', reason: 'Bor i Tromsø' });
    expect(res.headers.get('location')).toBe(`/koordinator/soknader/${unrouted}?lagret=reassigned`);
    expect((await applicationRow(s, unrouted)).status).toBe('new');
  });

  it('refuses an association that cannot take it and says so', async () => {
    const before = await applicationRow(s, id);
    for (const forening of ['', 'eksempelby', 'nasjonal', 'finnes-ikke']) {
      const res = await post(s, `/koordinator/soknader/${id}/flytt`, cookie, { forening, confirmed: 'yes', reason: 'Feil sted' });
      expect(res.status).toBe(422);
      expect(await res.text()).toContain('Velg foreningen søknaden skal sendes til.');
    }
    expect(await applicationRow(s, id)).toEqual(before);
    expect(await s.ctx.db.selectFrom('outbox').selectAll().where('kind', '=', 'reassigned_notice').execute()).toEqual([]);
  });
});

describe('posts from other sites', () => {
  it.each([
    ['a cross-site Sec-Fetch-Site', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }],
    ['a same-site Sec-Fetch-Site', { 'Sec-Fetch-Site': 'same-site' }],
    ['a foreign Origin without Sec-Fetch-Site', { Origin: 'https://evil.example' }],
  ])('refuses %s with 403 and changes nothing', async (_name, headers) => {
    const before = await applicationRow(s, id);
    for (const [path, form] of [
      ['lagre', { status: 'contacted', course_completed: '2026-11-27', note: 'Hei' }],
      ['avsla', { confirmed: 'yes', reason: 'Flyttet' }],
      ['ansvarlig', { handling: 'take' }],
      ['flytt', { forening: 'narvik', confirmed: 'yes', reason: 'Bor i Narvik' }],
    ] as const) {
      expect((await post(s, `/koordinator/soknader/${id}/${path}`, cookie, form, headers)).status).toBe(403);
    }
    expect(await applicationRow(s, id)).toEqual(before);
    expect(await events()).toEqual([]);
  });

  it('accepts a post whose Origin is the service itself when a browser sends no Sec-Fetch-Site', async () => {
    const res = await post(s, `/koordinator/soknader/${id}/lagre`, cookie, { status: 'contacted' }, { Origin: 'http://localhost' });
    expect(res.status).toBe(303);
    expect((await applicationRow(s, id)).status).toBe('contacted');
  });
});
