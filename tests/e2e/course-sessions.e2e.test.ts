import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { openSqlite } from '../../intake-server/db/database.js';
import type { Database } from '../../intake-server/db/schema.js';
import { sameDatabaseEnv, startSecondInstance } from '../../intake-server/jobs/testing.js';
import { osloDate } from '../../intake-server/lib/time.js';
import { SESSION_COOKIE } from '../../intake-server/workspace/auth/session.middleware.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { axeViolations } from '../support/axe.js';
import { waitForMail as waitForInboxMail, type InboxMail } from '../support/inbox-mail.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// Issue 18's "Done when", in Chromium through `npm start`: Eksempelby's coordinator creates a course with two places
// shared with Narvik; three applicants are invited (two of Eksempelby by her, one of Narvik by Narvik's coordinator);
// two book with the links in their mail and get .ics files, the third joins the waiting list; one cancels and the
// third is offered the place and claims it; Narvik's coordinator sees only her own applicant on the list; marking
// attendance ticks the checklist; a no-show gets the rebooking mail; the reminder job, run by two more instances on
// the same database at once, sends a reminder once. axe and no sideways scroll at 320 px (also with 200 % text) on
// every page on the way.
const KARI = 'kari.koordinator@eksempelby-sanitet.example';
const NARVIK = 'koordinator@narvik-sanitet.example';
const WIDTH = 320;
const e2e = useProductInChromium('rv-e2e-course-', { MIN_FILL_MS: '0' });
let db: Kysely<Database>;
const problems: string[] = [];

const waitForMail = (match: (m: InboxMail) => boolean) => waitForInboxMail(e2e.product.inboxUrl, match);
const mails = async () => (await (await fetch(`${e2e.product.inboxUrl}/api/messages`)).json()) as InboxMail[];
const linkIn = (m: InboxMail, path: string) => new RegExp(`https?://\\S+${path}/[\\w.-]+`).exec(m.text)![0];

async function submit(firstName: string, email: string, extra: Parameters<typeof validApplication>[0] = {}): Promise<string> {
  const res = await fetch(`${e2e.product.apiUrl}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Origin: new URL(e2e.product.demoUrl).origin },
    body: JSON.stringify(validApplication({ firstName, lastName: 'Nordmann', email, ...extra })),
  });
  expect(res.status).toBe(201);
  const { reference } = (await res.json()) as { reference: string };
  return (await db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirstOrThrow()).id;
}

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/favicon.ico') problems.push(`${r.status()} ${r.url()}`);
  });
  return page;
}

async function signedIn(email: string): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width: WIDTH, height: 900 }, locale: 'nb-NO' });
  const token = (await signInAs(db, email)).slice(SESSION_COOKIE.length + 1);
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: e2e.product.apiUrl.replace('http:', 'https:'), secure: true, httpOnly: true, sameSite: 'Strict' }]);
  return newPage(context);
}

async function applicantPage(): Promise<Page> {
  return newPage(await e2e.browser.newContext({ viewport: { width: WIDTH, height: 900 }, locale: 'nb-NO' }));
}

/** axe-clean, and nothing to scroll sideways at 320 px, also with the text at 200 % (WCAG 1.4.10). */
async function expectAccessible(page: Page, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(WIDTH);
  const sideways = await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    const wider = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    document.documentElement.style.fontSize = '';
    return wider;
  });
  expect(sideways, `${label} at 200 % text`).toBe(0);
}

async function invite(page: Page, applicationId: string) {
  await page.goto(`${e2e.product.apiUrl}/koordinator/soknader/${applicationId}`);
  await expectAccessible(page, 'application page with the invitation form');
  await page.locator('#invite-course').check();
  await page.locator('#invite-heading ~ form button[type="submit"]').click();
  await page.waitForURL('**/koordinator/kurs/soknad/*?lagret=invited');
  await expectAccessible(page, 'invitations');
}

/** Fills in and sends the new-session form for a course `daysAhead` days from now; returns the new session's address. */
async function createCourse(page: Page, c: { daysAhead: number; capacity: number; shareWithNarvik: boolean }): Promise<string> {
  await page.goto(`${e2e.product.apiUrl}/koordinator/kurs/ny`);
  await expectAccessible(page, 'new session form');
  await page.locator('#f-kind-course').check();
  await page.locator('#f-date').fill(osloDate(new Date(Date.now() + c.daysAhead * 86_400_000)));
  await page.locator('#f-start').fill('18:00');
  await page.locator('#f-end').fill('21:00');
  await page.locator('#f-place').fill('Frivilligsentralen, Storgata 1');
  await page.locator('#f-capacity').fill(String(c.capacity));
  if (c.shareWithNarvik) await page.getByLabel('Narvik sanitetsforening').check();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL('**/koordinator/kurs/*?lagret=created');
  return page.url().split('?')[0]!;
}

/** Opens her invitation link, chooses the course, and sends; returns where it landed. */
async function bookWithLink(link: string, label: string): Promise<Page> {
  const page = await applicantPage();
  await page.goto(link);
  await expectAccessible(page, `booking page (${label})`);
  await page.locator('input[name="okt"]').first().check();
  await page.locator('form:has(input[name="okt"]) button[type="submit"]').click();
  await page.waitForURL('**/kurs/*?melding=*');
  return page;
}

beforeAll(async () => {
  db = openSqlite(join(e2e.dir.path, 'intake.sqlite'));
}, 90_000);

afterAll(async () => {
  await db?.destroy();
});

describe('information meetings and the course in Chromium', () => {
  it('runs issue 18 from creating a shared course to the rebooking mail and the reminders', async () => {
    const anne = await submit('Anne', 'anne@example.no');
    const berit = await submit('Berit', 'berit@example.no');
    const cecilie = await submit('Cecilie', 'cecilie@example.no', { postalCode: '8514', association: 'narvik' });

    // Eksempelby's coordinator creates a course with two places, shared with Narvik.
    const kari = await signedIn(KARI);
    const sessionUrl = await createCourse(kari, { daysAhead: 1, capacity: 2, shareWithNarvik: true });
    expect(await kari.locator('main').innerText()).toContain('Delt med Narvik sanitetsforening');
    await expectAccessible(kari, 'session page');

    // Two of hers invited by her, the neighbour's one by the neighbour's coordinator.
    await invite(kari, anne);
    await invite(kari, berit);
    const narvik = await signedIn(NARVIK);
    await invite(narvik, cecilie);
    const invitation = (to: string) => waitForMail((m) => m.to.includes(to) && m.subject === 'Velg en dato for kurset');
    const links = { anne: linkIn(await invitation('anne@example.no'), '/kurs'), berit: linkIn(await invitation('berit@example.no'), '/kurs'), cecilie: linkIn(await invitation('cecilie@example.no'), '/kurs') };

    // Two book and get .ics files; the third finds it full and joins the waiting list.
    await bookWithLink(links.anne, 'Anne');
    await bookWithLink(links.berit, 'Berit');
    for (const to of ['anne@example.no', 'berit@example.no']) {
      const confirmation = await waitForMail((m) => m.to.includes(to) && m.subject === 'Du har fått plass på kurset');
      const ics = confirmation.attachments.find((a) => a.filename.endsWith('.ics'));
      expect(ics?.contentType).toContain('text/calendar');
      expect(ics?.content).toContain('BEGIN:VEVENT');
      expect(ics?.content).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    }
    const waiting = await applicantPage();
    await waiting.goto(links.cecilie);
    expect(await waiting.locator('main').innerText()).toContain('Fullt: du kan stå på venteliste');
    for (const secret of ['Anne', 'Berit', 'Eksempelby']) expect(await waiting.locator('main').innerText()).not.toContain(secret);
    await waiting.locator('input[name="okt"]').first().check();
    await waiting.locator('form:has(input[name="okt"]) button[type="submit"]').click();
    await waiting.waitForURL('**?melding=waiting');
    await expectAccessible(waiting, 'on the waiting list');

    // Anne cancels; Cecilie is offered the place and claims it.
    const cancel = await applicantPage();
    await cancel.goto(links.anne);
    await cancel.locator('input[name="handling"][value="cancel"] ~ button').click();
    await cancel.waitForURL('**?melding=cancelled');
    await expectAccessible(cancel, 'cancelled');
    const offer = await waitForMail((m) => m.to.includes('cecilie@example.no') && m.subject === 'En plass er ledig på kurset');
    const claim = await applicantPage();
    await claim.goto(linkIn(offer, '/kurs/tilbud'));
    await expectAccessible(claim, 'claim page');
    await claim.locator('main form button[type="submit"]').click();
    await claim.locator('h1', { hasText: 'Plassen er din' }).waitFor();
    const claimed = await waitForMail((m) => m.to.includes('cecilie@example.no') && m.subject === 'Du har fått plass på kurset');
    expect(claimed.attachments.some((a) => a.filename.endsWith('.ics') && a.content.includes('BEGIN:VEVENT'))).toBe(true);

    // Each association sees only its own applicants.
    await narvik.goto(sessionUrl);
    const narvikRoster = await narvik.locator('main').innerText();
    expect(narvikRoster).toContain('Cecilie N.');
    expect(narvikRoster).not.toMatch(/Anne|Berit/);
    await expectAccessible(narvik, 'roster (Narvik)');
    await kari.goto(sessionUrl);
    const kariRoster = await kari.locator('main').innerText();
    expect(kariRoster).toContain('Berit N.');
    expect(kariRoster).not.toContain('Cecilie');

    // The day comes (the session is moved to have begun an hour ago, as the clock cannot be).
    const sessionId = sessionUrl.split('/').pop()!;
    await db.updateTable('course_sessions').set({ starts_at: new Date(Date.now() - 3_600_000).toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString() }).where('id', '=', sessionId).execute();
    await kari.goto(sessionUrl);
    await kari.getByRole('group', { name: 'Oppmøte for Berit N.' }).getByLabel('Møtte', { exact: true }).check();
    await expectAccessible(kari, 'attendance');
    await kari.locator('form[action$="/oppmote"] button[type="submit"]').click();
    await kari.waitForURL('**?lagret=attendance');
    await kari.goto(`${e2e.product.apiUrl}/koordinator/soknader/${berit}`);
    expect(await kari.locator('#course_completed').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await kari.locator('.subtitle .status').innerText()).toBe('Attest og erklæring');

    // Narvik marks Cecilie absent: she gets the "choose a new date" mail, and the coordinator sees it was sent.
    await narvik.goto(sessionUrl);
    await narvik.getByRole('group', { name: 'Oppmøte for Cecilie N.' }).getByLabel('Møtte ikke', { exact: true }).check();
    await narvik.locator('form[action$="/oppmote"] button[type="submit"]').click();
    await narvik.waitForURL('**?lagret=attendance');
    expect(await narvik.locator('main').innerText()).toContain('Fikk lenke til ny dato');
    const rebook = await waitForMail((m) => m.to.includes('cecilie@example.no') && m.subject === 'Velg en ny dato for kurset');
    const fresh = await applicantPage();
    await fresh.goto(linkIn(rebook, '/kurs'));
    expect(await fresh.locator('h1').innerText()).toBe('Velg dato for kurset');

    // The reminders: Anne books another course; as if she had booked long ago, its week-before reminder is due.
    // Two more instances of the service run the job at the same moment, with the product's own: one reminder.
    const second = (await createCourse(kari, { daysAhead: 2, capacity: 5, shareWithNarvik: false })).split('/').pop()!;
    const again = await applicantPage();
    await again.goto(links.anne);
    await again.locator(`#okt-${second}`).check();
    await again.locator('form:has(input[name="okt"]) button[type="submit"]').click();
    await again.waitForURL('**?melding=booked');
    await db.updateTable('course_sessions').set({ starts_at: new Date(Date.now() + 3 * 86_400_000).toISOString(), ends_at: new Date(Date.now() + 3 * 86_400_000 + 3_600_000).toISOString() }).where('id', '=', second).execute();
    await db.updateTable('course_bookings').set({ reminded_7_at: null, reminded_1_at: null }).where('session_id', '=', second).execute();
    const env = sameDatabaseEnv({ dataDir: e2e.dir.path, publicUrl: e2e.product.publicUrl });
    const [one, two] = [await startSecondInstance(env), await startSecondInstance(env)];
    // The product ran the job when it started; as if its period had passed, its lease is let go.
    await db.updateTable('job_locks').set({ locked_until: new Date(0).toISOString() }).where('name', '=', 'course_sessions').execute();
    try {
      const at = new Date();
      const results = (await Promise.all([one.runDue(at), two.runDue(at)])).flat().filter((r) => r.name === 'course_sessions' && r.outcome === 'ran');
      expect(results).toHaveLength(1);
      // A quarter of an hour later both run again: the reminder is not written a second time.
      const later = new Date(at.getTime() + 16 * 60_000);
      await Promise.all([one.runDue(later), two.runDue(later)]);
      expect(await db.selectFrom('outbox').select('id').where('kind', '=', 'course_reminder').execute()).toHaveLength(1);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
    await waitForMail((m) => m.to.includes('anne@example.no') && m.subject === 'Påminnelse: kurset om en uke');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await mails()).filter((m) => m.to.includes('anne@example.no') && m.subject.startsWith('Påminnelse'))).toHaveLength(1);

    expect(problems).toEqual([]);
  }, 240_000);
});
