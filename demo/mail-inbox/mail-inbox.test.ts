import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { createMailInbox } from './index.js';
import type { InboxMessage, MailInbox } from './index.js';

let inbox: MailInbox;

beforeEach(async () => {
  inbox = await createMailInbox();
});

afterEach(async () => {
  await inbox.close();
});

function transport(options: { pool?: boolean } = {}) {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: inbox.smtpPort,
    secure: false,
    ignoreTLS: true,
    ...(options.pool ? { pool: true } : {}),
  });
}

async function send(subject: string, to = 'koordinator@eksempelby-sanitet.example'): Promise<void> {
  const mailer = transport();
  await mailer.sendMail({ from: 'noreply@ressursvenn.example', to, subject, text: `Tekst: ${subject}` });
  mailer.close();
}

const coordinatorMail = {
  from: '"Ressursvenn" <NoReply@Ressursvenn.example>',
  to: 'Kari Nordmann <Kari.Nordmann@Eksempelby-Sanitet.example>',
  replyTo: 'Leder <Leder@Eksempelby-Sanitet.example>',
  subject: 'Ny søker til Ressursvenn i Eksempelby',
  text: 'Hei Kari,\nen ny søker venter: https://intake.example/a/123',
  html: '<p>Hei <strong>Kari</strong>,</p><p>en ny søker venter.</p>',
  headers: { 'Content-Language': 'nb' },
};

describe('createMailInbox', () => {
  it('listens on loopback and reports where', () => {
    expect(inbox.smtpPort).toBeGreaterThan(0);
    expect(inbox.smtpUrl).toBe(`smtp://127.0.0.1:${inbox.smtpPort}`);
    expect(inbox.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(inbox.smtpRunning()).toBe(true);
  });

  it('parses a text and HTML mail with Reply-To and Content-Language into plain lower-case fields', async () => {
    const mailer = transport();
    await mailer.sendMail(coordinatorMail);
    mailer.close();

    const [message] = inbox.messages();
    expect(inbox.messages()).toHaveLength(1);
    expect(message).toMatchObject({
      envelopeFrom: 'noreply@ressursvenn.example',
      envelopeTo: ['kari.nordmann@eksempelby-sanitet.example'],
      from: 'noreply@ressursvenn.example',
      to: ['kari.nordmann@eksempelby-sanitet.example'],
      replyTo: ['leder@eksempelby-sanitet.example'],
      subject: 'Ny søker til Ressursvenn i Eksempelby',
      text: 'Hei Kari,\nen ny søker venter: https://intake.example/a/123',
      html: '<p>Hei <strong>Kari</strong>,</p><p>en ny søker venter.</p>',
      contentLanguage: 'nb',
    });
    expect(message?.headers['content-language']).toBe('nb');
    expect(message?.headers['reply-to']).toBe('"Leder" <Leder@eksempelby-sanitet.example>');
    expect(message?.id).toMatch(/^[\w-]{8,}$/);
    expect(Date.parse(message?.receivedAt ?? '')).not.toBeNaN();
  });

  it('serves the same messages as JSON from GET /api/messages', async () => {
    const mailer = transport();
    await mailer.sendMail(coordinatorMail);
    mailer.close();

    const response = await fetch(`${inbox.httpUrl}/api/messages`);
    expect(response.status).toBe(200);
    const listed = (await response.json()) as InboxMessage[];
    expect(listed).toEqual(inbox.messages());
    expect(listed[0]).toMatchObject({ replyTo: ['leder@eksempelby-sanitet.example'], contentLanguage: 'nb' });
  });

  it('refuses connections while SMTP is stopped and accepts them again on the same port', async () => {
    const port = inbox.smtpPort;
    await inbox.stopSmtp();
    expect(inbox.smtpRunning()).toBe(false);

    const refused = await send('Mens serveren er nede').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' });

    const status = await fetch(`${inbox.httpUrl}/api/smtp`);
    expect(await status.json()).toEqual({ running: false });

    await inbox.startSmtp();
    expect(inbox.smtpRunning()).toBe(true);
    expect(inbox.smtpPort).toBe(port);
    await send('Etter omstart');
    expect(inbox.messages().map((message) => message.subject)).toEqual(['Etter omstart']);
  });

  it('stops quickly even when a pooled sender keeps its connection open', async () => {
    const pooled = transport({ pool: true });
    await pooled.sendMail({ from: 'a@ressursvenn.example', to: 'b@example.no', subject: 'Holder forbindelsen', text: '.' });

    const started = Date.now();
    await inbox.stopSmtp();
    expect(Date.now() - started).toBeLessThan(500);

    const refused = await pooled
      .sendMail({ from: 'a@ressursvenn.example', to: 'b@example.no', subject: 'Nede', text: '.' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({ originalCode: 'ECONNREFUSED' });
    pooled.close();
  });

  it('stops and starts SMTP through the JSON API', async () => {
    const stopped = await fetch(`${inbox.httpUrl}/api/smtp/stop`, { method: 'POST' });
    expect(await stopped.json()).toEqual({ running: false });
    expect(inbox.smtpRunning()).toBe(false);

    const started = await fetch(`${inbox.httpUrl}/api/smtp/start`, { method: 'POST' });
    expect(await started.json()).toEqual({ running: true });
    await send('Via API-et');
    expect(inbox.messages()).toHaveLength(1);
  });

  it('empties the inbox through DELETE /api/messages', async () => {
    await send('Skal bort');
    const response = await fetch(`${inbox.httpUrl}/api/messages`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(inbox.messages()).toEqual([]);
  });

  it('rejects a state change that another site makes through the browser', async () => {
    const fromOrigin = await fetch(`${inbox.httpUrl}/api/smtp/stop`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    const crossSite = await fetch(`${inbox.httpUrl}/clear`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site', origin: 'null' },
    });
    expect([fromOrigin.status, crossSite.status]).toEqual([403, 403]);
    expect(inbox.smtpRunning()).toBe(true);
  });

  it('accepts the page\'s own form posts even when the browser sends an opaque origin', async () => {
    await send('Bli værende?');
    const response = await fetch(`${inbox.httpUrl}/clear`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin', origin: 'null' },
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(inbox.messages()).toEqual([]);
  });

  it('rejects a message over 2 MB with 552', async () => {
    const mailer = transport();
    const error = await mailer
      .sendMail({ from: 'a@ressursvenn.example', to: 'b@example.no', text: 'x'.repeat(2.1 * 1024 * 1024) })
      .then(
        () => undefined,
        (failure: unknown) => failure,
      );
    mailer.close();
    expect(error).toMatchObject({ responseCode: 552 });
    expect(inbox.messages()).toEqual([]);
  });

  it('waitFor resolves when enough matching messages have arrived, counting earlier ones', async () => {
    await send('Første', 'kari@example.no');
    const waiting = inbox.waitFor((message) => message.to.includes('kari@example.no'), { count: 2, timeoutMs: 5000 });
    await send('Til noen andre', 'ola@example.no');
    await send('Andre', 'kari@example.no');

    const matched = await waiting;
    expect(matched.map((message) => message.subject)).toEqual(['Første', 'Andre']);
  });

  it('waitFor rejects when the messages do not come in time', async () => {
    await send('Feil mottaker', 'ola@example.no');
    const started = Date.now();
    await expect(inbox.waitFor((message) => message.to.includes('kari@example.no'), { timeoutMs: 150 })).rejects.toThrow(
      /Timed out after 150 ms/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('escapes a hostile subject on the inbox page and the message page', async () => {
    await send('<script>alert(1)</script>');
    const [message] = inbox.messages();

    for (const path of ['/', `/messages/${message?.id}`]) {
      const response = await fetch(`${inbox.httpUrl}${path}`);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).not.toContain('<script>alert(1)');
    }
  });

  it('serves the page with a strict policy and its script as a separate file', async () => {
    const response = await fetch(`${inbox.httpUrl}/`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await response.text();
    expect(page).toContain('lang="nb"');
    expect(page).toContain('Stopp SMTP-serveren');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);

    const script = await fetch(`${inbox.httpUrl}/assets/inbox.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('keeps the page up while SMTP is stopped and offers to start it again', async () => {
    await inbox.stopSmtp();
    const page = await (await fetch(`${inbox.httpUrl}/`)).text();
    expect(page).toContain('SMTP-serveren er stoppet');
    expect(page).toContain('Start SMTP-serveren igjen');
  });

  it('stops SMTP from the page form and returns to the page', async () => {
    const response = await fetch(`${inbox.httpUrl}/smtp/stop`, {
      method: 'POST',
      body: new URLSearchParams({ back: '/' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(inbox.smtpRunning()).toBe(false);
  });
});
