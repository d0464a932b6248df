import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '../../widget/privacy.js';
import { createTestServer, type TestServer } from '../test-support.js';
import { PLAIN_FORM_NOTICE_VERSION } from './plain-form.js';

let s: TestServer;
beforeEach(async () => void (s = await createTestServer()));
afterEach(() => s.close());

/** The form key of a drawn form. */
async function drawForm(path = '/skjema/eksempelby'): Promise<string> {
  const body = await (await s.app.request(path)).text();
  const key = body.match(/name="formKey" value="([^"]+)"/)?.[1];
  expect(key, 'the form carries a key').toBeDefined();
  return key!.replace(/&amp;/g, '&');
}

const ANSWERS: Record<string, string> = {
  firstName: 'Kari',
  lastName: 'Nordmann',
  email: 'kari.nordmann@example.no',
  phone: '412 34 567',
  postalCode: '8514',
  age25OrOlder: 'yes',
  canCommit: 'yes',
  willTakeCourse: 'yes',
  willSignConfidentiality: 'yes',
  willShowPoliceCertificate: 'no',
  motivation: 'Jeg liker å gå turer og vil gjerne hjelpe.',
  languages: 'norsk',
  privacyAcknowledged: 'yes',
  website: '',
};

function send(fields: Record<string, string>, headers: Record<string, string> = {}, path = '/skjema/eksempelby?lang=nb') {
  return s.app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const applications = () => s.ctx.db.selectFrom('applications').selectAll().execute();

describe('the hosted page’s form without JavaScript', () => {
  it('is drawn by the server, with labelled fields, and the script that gives way to the widget', async () => {
    const res = await s.app.request('/skjema/eksempelby');
    const body = await res.text();
    expect(body).toContain('<form method="post" action="/skjema/eksempelby?lang=nb" novalidate="">');
    expect(body).toContain('<label for="firstName">Fornavn</label>');
    expect(body).toContain('<legend>Er du 25 år eller eldre?</legend>');
    expect(body).toContain('id="skjema-uten-skript"');
    expect(res.headers.get('Content-Security-Policy')).toContain("form-action 'self'");
    const script = await s.app.request('/skjema/hosted.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    const code = await script.text();
    expect(code).toContain("whenDefined('ressursvenn-signup')");
    expect(code).toContain("getElementById('skjema-uten-skript')");
    expect(PLAIN_FORM_NOTICE_VERSION, 'the notice version the widget sends').toBe(PRIVACY_NOTICE_VERSION);
  });

  it('stores a valid application like the widget’s and answers with the receipt', async () => {
    const formKey = await drawForm();
    s.clock.advance(60_000);
    const res = await send({ ...ANSWERS, formKey });
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('Takk! Søknaden er sendt.');
    expect(body, 'routed by the postal code, as the widget’s is').toContain('Narvik sanitetsforening tar kontakt med deg');
    expect(body, 'the receipt page loads no widget').not.toContain('widget.js');
    const [row, ...rest] = await applications();
    expect(rest).toHaveLength(0);
    expect(body).toContain(row!.reference);
    expect(row).toMatchObject({
      first_name: 'Kari',
      phone: '+4741234567',
      status: 'new',
      routing: 'postal_code',
      privacy_notice_version: '2026-11-01',
      language: 'nb',
      quarantine_reason: null,
    });
    const mails = await s.ctx.db.selectFrom('outbox').select('kind').orderBy('kind').execute();
    expect(mails.map((m) => m.kind)).toEqual(['applicant_receipt', 'coordinator_notice']);
  });

  it('stores one application when the same form is sent twice, and shows the same receipt', async () => {
    const formKey = await drawForm();
    s.clock.advance(60_000);
    const first = await (await send({ ...ANSWERS, formKey })).text();
    const second = await send({ ...ANSWERS, formKey });
    expect(second.status).toBe(200);
    const reference = (await applications())[0]!.reference;
    expect(first).toContain(reference);
    expect(await second.text()).toContain(reference);
    expect(await applications()).toHaveLength(1);
  });

  it('answers 422 with a linked error summary, keeps what was typed, and stores nothing', async () => {
    const formKey = await drawForm('/skjema/eksempelby?lang=en');
    s.clock.advance(60_000);
    const res = await send({ ...ANSWERS, formKey, email: 'kari@', age25OrOlder: '', privacyAcknowledged: '', firstName: 'Kari <b>' }, {}, '/skjema/eksempelby?lang=en');
    expect(res.status).toBe(422);
    const body = await res.text();
    expect(body).toContain('To send your application, please correct the following:');
    expect(body).toContain('<a href="#email">Enter a valid email address, for example name@example.com.</a>');
    expect(body).toContain('<a href="#age25OrOlder">Answer whether you are 25 or older.</a>');
    expect(body).toContain('<a href="#privacyAcknowledged">Tick the box to confirm that you have read how your details will be used.</a>');
    expect(body).toContain('id="email-error"');
    expect(body).toMatch(/id="email"[^>]*value="kari@"/);
    expect(body).toMatch(/value="Kari &lt;b&gt;"/);
    expect(body).toMatch(/id="lastName"[^>]*value="Nordmann"/);
    expect(body).toMatch(/id="willShowPoliceCertificate-no"[^>]*checked/);
    expect(body).toContain('Jeg liker å gå turer og vil gjerne hjelpe.</textarea>');
    expect(body, 'the same key, so the fill time counts from the first drawing').toContain(formKey.replace(/&/g, '&amp;'));
    expect(await applications()).toHaveLength(0);
  });

  it('holds back what the honeypot catches, what comes too fast and what has no key of ours, with the same receipt', async () => {
    let formKey = await drawForm();
    s.clock.advance(60_000);
    const trapped = await send({ ...ANSWERS, formKey, website: 'https://spam.example', email: 'a@example.no' });
    expect(await trapped.text()).toContain('Takk! Søknaden er sendt.');
    formKey = await drawForm();
    s.clock.advance(500);
    const fast = await send({ ...ANSWERS, formKey, email: 'b@example.no' });
    expect(await fast.text()).toContain('Takk! Søknaden er sendt.');
    const forged = await send({ ...ANSWERS, formKey: `${formKey}x`, email: 'c@example.no' });
    expect(await forged.text()).toContain('Takk! Søknaden er sendt.');
    const rows = await s.ctx.db.selectFrom('applications').select(['status', 'quarantine_reason']).orderBy('quarantine_reason').execute();
    expect(rows).toEqual([
      { status: 'quarantined', quarantine_reason: 'honeypot' },
      { status: 'quarantined', quarantine_reason: 'too_fast' },
      { status: 'quarantined', quarantine_reason: 'too_fast' },
    ]);
    expect(await s.ctx.db.selectFrom('outbox').select('kind').execute()).toEqual([]);
  });

  it('refuses a post from another site, another media type and an oversized body', async () => {
    const formKey = await drawForm();
    s.clock.advance(60_000);
    expect((await send({ ...ANSWERS, formKey }, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await send({ ...ANSWERS, formKey }, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await send({ ...ANSWERS, formKey, motivation: 'x'.repeat(40_000) })).status).toBe(413);
    expect(await applications()).toHaveLength(0);
  });

  it('shares the per-address limit with the API and keeps what was typed past it', async () => {
    await s.close();
    s = await createTestServer({ RATE_LIMIT_PER_IP: '1' });
    const formKey = await drawForm();
    s.clock.advance(60_000);
    expect((await send({ ...ANSWERS, formKey, email: 'first@example.no' })).status).toBe(200);
    const refused = await send({ ...ANSWERS, formKey: await drawForm(), email: 'second@example.no' });
    expect(refused.status).toBe(429);
    const body = await refused.text();
    expect(body).toContain('Søknaden er ikke sendt ennå');
    expect(body).toMatch(/id="email"[^>]*value="second@example.no"/);
    expect(await applications()).toHaveLength(1);
  });
});
