import { Hono } from 'hono';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveHttp, type HttpServer } from '../../demo/serve-http.js';
import { axeViolations, WCAG_AA } from '../support/axe.js';
import { runAdmin } from '../../intake-server/admin/run-admin.js';
import { useProductInChromium } from '../support/product-in-chromium.js';

// A plain association page of our own, on another origin than the intake server: hostile global CSS, a strict
// Content-Security-Policy with exactly the lines the README gives, and a probe that records CSP violations, the
// form's events and every message posted to the page. Then the same page in isolated mode, and the hosted page.
// The server's own name is the one the pages load it by: its own pages (hosted page, isolated frame) count as itself.
const e2e = useProductInChromium('rv-host-e2e-', { MIN_FILL_MS: '1500' }, { publicHost: '127.0.0.1' });
let host: HttpServer;

const PROBE = `
window.__probe = { violations: [], events: [], messages: [] };
document.addEventListener('securitypolicyviolation', (e) => window.__probe.violations.push(e.violatedDirective + ' ' + e.blockedURI));
for (const type of ['ressursvenn-view', 'ressursvenn-start', 'ressursvenn-step', 'ressursvenn-submit', 'ressursvenn-success', 'ressursvenn-failure']) {
  document.addEventListener(type, (e) => window.__probe.events.push({ type, detail: e.detail }));
}
window.addEventListener('message', (e) => window.__probe.messages.push(JSON.stringify(e.data)));
`;

const HOSTILE_CSS = `
* { all: unset; }
html { font-size: 60px; }
input, textarea, button { display: none !important; }
body { font-family: serif; text-transform: uppercase; }
`;

function page(api: string, body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Sanitetsforeningen</title>
<link rel="stylesheet" href="/hostile.css"><script src="/probe.js"></script></head>
<body><h1>Bli ressursvenn</h1>${body}<script src="${api}/widget.js" async></script></body></html>`;
}

beforeAll(async () => {
  const api = e2e.product.apiUrl;
  // The lines README.md gives a webmaster, and nothing else for the widget: no 'unsafe-inline' anywhere.
  const policy = (frames: boolean) =>
    ["default-src 'none'", `script-src 'self' ${api}`, `connect-src ${api}`, ...(frames ? [`frame-src ${api}`] : []), "style-src 'self'", "img-src 'self'"].join('; ');
  const app = new Hono()
    .get('/favicon.ico', (c) => c.body(null, 204))
    .get('/probe.js', (c) => c.body(PROBE, 200, { 'Content-Type': 'text/javascript' }))
    .get('/hostile.css', (c) => c.body(HOSTILE_CSS, 200, { 'Content-Type': 'text/css' }))
    .get('/strict', (c) => {
      c.header('Content-Security-Policy', policy(false));
      return c.html(page(api, '<ressursvenn-signup association="eksempelby" quick-exit></ressursvenn-signup>'));
    })
    .get('/isolated', (c) => {
      c.header('Content-Security-Policy', policy(true));
      return c.html(page(api, '<ressursvenn-signup association="eksempelby" mode="isolated"></ressursvenn-signup>'));
    });
  host = await serveHttp(app, '127.0.0.1', 0);
  // This host page is one of Eksempelby's sites, as its webmaster would list it (isolated mode frames only there).
  const origins = await runAdmin(['associations', 'set', 'eksempelby', '--origins', `${e2e.product.demoUrl.replace(/\/$/, '')},${host.url}`], {
    env: { DATA_DIR: e2e.dir.path },
    stdout: () => {},
    stderr: (text) => process.stderr.write(text),
  });
  expect(origins).toBe(0);
}, 90_000);

afterAll(async () => {
  await host?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const tab = await e2e.browser.newPage({ viewport: { width: 390, height: 844 } });
  // A missing element should fail the test with its name, well before the test's own timeout.
  tab.setDefaultTimeout(6000);
  const problems: string[] = [];
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await tab.goto(path);
  return { page: tab, problems };
}

/** Fills in and sends the whole form (in the page or in the isolated frame), as a volunteer with this email. */
async function complete(form: Locator | FrameLocator, email: string, tab: Page): Promise<void> {
  await form.getByLabel('Fornavn').fill('Vilde');
  await form.getByLabel('Etternavn').fill('Vertsside');
  await form.getByLabel('E-post').fill(email);
  await form.getByLabel('Telefonnummer').fill('98765432');
  await form.getByLabel('Postnummer').fill('2317');
  await form.getByRole('button', { name: 'Neste' }).click();
  await form.getByRole('button', { name: 'Ja, det stemmer' }).click();
  await form.getByRole('heading', { name: 'Steg 2 av 3 Om oppdraget' }).waitFor();
  const yes = form.getByRole('radio', { name: 'Ja', exact: true });
  expect(await yes.count()).toBe(5);
  for (const radio of await yes.all()) await radio.check();
  await form.getByRole('button', { name: 'Neste' }).click();
  await form.getByLabel('Jeg har lest hvordan opplysningene mine blir brukt.').check();
  await tab.waitForTimeout(1600);
  await form.getByRole('button', { name: 'Send søknad' }).click();
  await form.locator('[part~="receipt"]').waitFor({ timeout: 15_000 });
}

const probe = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { __probe: { violations: string[]; events: Array<{ type: string; detail: unknown }>; messages: string[] } }).__probe);

describe('the widget on a host page with hostile CSS and a strict CSP', () => {
  it('renders, works to the receipt, and causes no CSP violation and no error', async () => {
    const { page: tab, problems } = await open(`${host.url}/strict`);
    const form = tab.locator('ressursvenn-signup');
    await form.getByRole('heading', { name: 'Steg 1 av 3 Kontaktopplysninger' }).waitFor();
    expect(await axeViolations(tab, { within: 'ressursvenn-signup', tags: WCAG_AA })).toEqual([]);
    const sizes = await form.evaluate((el) => {
      const input = el.shadowRoot!.querySelector('input[name="firstName"]')!;
      return { display: getComputedStyle(el).display, input: input.getBoundingClientRect().height, font: getComputedStyle(input).fontSize };
    });
    expect(sizes).toEqual({ display: 'block', input: expect.any(Number), font: '16px' });
    expect(sizes.input).toBeGreaterThanOrEqual(44);
    await complete(form, 'vilde.strict@example.no', tab);
    const seen = await probe(tab);
    expect(seen.violations).toEqual([]);
    expect(seen.events.map((e) => e.type)).toEqual([
      'ressursvenn-view',
      'ressursvenn-start',
      'ressursvenn-step',
      'ressursvenn-step',
      'ressursvenn-submit',
      'ressursvenn-success',
    ]);
    expect(await axeViolations(tab, { within: 'ressursvenn-signup', tags: WCAG_AA })).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('mode="isolated" on that host page', () => {
  it('keeps what is typed out of reach of the page’s scripts, and still reports the events', async () => {
    const { page: tab, problems } = await open(`${host.url}/isolated`);
    const frame = tab.frameLocator('ressursvenn-signup iframe');
    await frame.getByRole('heading', { name: 'Steg 1 av 3 Kontaktopplysninger' }).waitFor();
    const canary = 'Kanarifugl-7f3a';
    await frame.getByLabel('Fornavn').fill(canary);

    // What a tag manager or session-replay script on the page could try.
    const attempt = await tab.evaluate((secret) => {
      const element = document.querySelector('ressursvenn-signup')!;
      const iframe = element.shadowRoot!.querySelector('iframe')!;
      let documentReadable = false;
      let error = '';
      try {
        documentReadable = iframe.contentWindow!.document !== null;
      } catch (e) {
        error = (e as Error).name;
      }
      const everything = document.documentElement.outerHTML + element.shadowRoot!.innerHTML;
      return {
        contentDocument: iframe.contentDocument === null,
        documentReadable,
        error,
        inputsInPage: document.querySelectorAll('input').length + element.shadowRoot!.querySelectorAll('input').length,
        canaryInPage: everything.includes(secret),
      };
    }, canary);
    expect(attempt).toEqual({ contentDocument: true, documentReadable: false, error: 'SecurityError', inputsInPage: 0, canaryInPage: false });

    await complete(frame, 'vilde.isolert@example.no', tab);
    const seen = await probe(tab);
    expect(seen.messages.join('\n')).not.toContain(canary);
    expect(seen.messages.join('\n')).not.toContain('vilde.isolert');
    expect(JSON.stringify(seen.events)).not.toContain(canary);
    expect(seen.events.map((e) => e.type)).toContain('ressursvenn-success');
    expect(seen.violations).toEqual([]);
    const height = await tab.locator('ressursvenn-signup iframe').getAttribute('height');
    expect(Number(height)).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('the hosted page of an association', () => {
  it('shows the form under its own strict CSP, with no violations and no errors', async () => {
    const { page: tab, problems } = await open(`${e2e.product.apiUrl}/skjema/eksempelby`);
    await tab.getByRole('heading', { level: 1, name: 'Eksempelby sanitetsforening' }).waitFor();
    const form = tab.locator('ressursvenn-signup');
    await form.getByRole('heading', { name: 'Steg 1 av 3 Kontaktopplysninger' }).waitFor();
    expect(await axeViolations(tab, { within: 'body', tags: WCAG_AA })).toEqual([]);
    expect(problems).toEqual([]);
    await tab.close();
  });
});
