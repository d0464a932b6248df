import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validApplication } from '../../contract/fixtures.js';
import { readConfig } from '../../intake-server/config.js';
import { startIntakeServer, type RunningServer } from '../../intake-server/server.js';
import { testDatabaseEnv } from '../../intake-server/test-support.js';
import { signInAs } from '../../intake-server/workspace/auth/testing.js';
import { axeViolations, WCAG_AA } from '../support/axe.js';
import { launchChromium } from '../support/chromium.js';
import { createTempDir } from '../support/temp-dir.js';

// The figures page as a phone shows it: real HTTP server, real Chromium at 320 px, axe on every variant.
const dir = createTempDir('rv-figures-');
let server: RunningServer;
let browser: Browser;
let clock = new Date('2026-11-27T10:00:00.000Z');

beforeAll(async () => {
  server = await startIntakeServer(readConfig({ PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9', RATE_LIMIT_PER_IP: '0', ...(await testDatabaseEnv()) }), { now: () => clock, startWorker: false });
  // Some weeks of widget counts and applications, so the chart and the tables have something to show.
  for (let week = 0; week < 12; week++) {
    clock = new Date(Date.parse('2026-09-07T10:00:00.000Z') + week * 7 * 86_400_000);
    // Counted only from a page (an Origin); sent forms are counted from stored applications, not from events.
    for (const [event, times] of [['view', 20 + week * 3], ['start', 5 + week]] as const) {
      for (let i = 0; i < times; i++) await post('/api/v1/events', { association: 'eksempelby', event }, { Origin: 'https://www.eksempelby-sanitet.example' });
    }
  }
  clock = new Date('2026-11-20T10:00:00.000Z');
  for (const email of ['a@example.no', 'b@example.no', 'c@example.no']) {
    await post('/api/v1/applications', validApplication({ email, elapsedMs: 20_000 }), { 'Idempotency-Key': crypto.randomUUID() });
  }
  await server.context.db.updateTable('applications').set({ status: 'contacted', first_contact_at: '2026-11-22T10:00:00.000Z' }).where('email', '=', 'a@example.no').execute();
  clock = new Date('2026-11-27T10:00:00.000Z');
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  dir.remove();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

async function phoneAs(email: string, role: 'coordinator' | 'admin'): Promise<BrowserContext> {
  const [name, value] = (await signInAs(server.context.db, email, { role, now: clock })).split('=') as [string, string];
  const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
  await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}

describe('the figures page in Chromium', () => {
  for (const { who, role, path, heading } of [
    { who: 'kari.koordinator@eksempelby-sanitet.example', role: 'coordinator', path: '/koordinator/tall', heading: 'Tall: Eksempelby sanitetsforening' },
    { who: 'prosjektleder@nks.example', role: 'admin', path: '/koordinator/tall', heading: 'Tall: Hele landet' },
    { who: 'prosjektleder@nks.example', role: 'admin', path: '/koordinator/tall?forening=eksempelby&lang=nn', heading: 'Tal: Eksempelby sanitetsforening' },
    { who: 'kari.koordinator@eksempelby-sanitet.example', role: 'coordinator', path: '/koordinator/tall?lang=en', heading: 'Figures: Eksempelby sanitetsforening' },
  ] as const) {
    it(`is axe-clean and fits 320 px: ${path} as ${role}`, async () => {
      const context = await phoneAs(who, role);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        // A missing resource is reported below with its address (the browser's own favicon request is not the page's).
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
      });
      const res = await page.goto(`${server.url}${path}`);
      expect(res?.status()).toBe(200);
      expect(await page.locator('h1').innerText()).toBe(heading);

      // The chart is an image with a name and a description, and the table carries its numbers.
      const chart = page.getByRole('img', { name: /per (uke|veke|week)/ });
      await expect(chart.count()).resolves.toBe(1);
      expect(await chart.evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(200);
      expect(await page.locator('table').first().locator('tbody tr').count()).toBe(12);

      const violations = await axeViolations(page, { tags: [...WCAG_AA, 'best-practice'] });
      expect(violations).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // CSP violations show as console errors: the page needs no inline style or script, and loads nothing missing.
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
