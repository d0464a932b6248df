/** HTTP side of the mail inbox: the page, the forms behind its buttons, the JSON API and the page's static files. */
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import type { StaticFile } from '../static-files.js';
import { renderInboxPage, renderLiveFragment } from './inbox-page.js';
import type { InboxPageState } from './inbox-page.js';
import type { MessageStore } from './message-store.js';
import type { SmtpListener } from './smtp-listener.js';

/** What the routes need from the rest of the inbox. */
export interface InboxRoutesDeps {
  store: MessageStore;
  smtp: Pick<SmtpListener, 'running' | 'start' | 'stop' | 'port'>;
  /** Host the SMTP listener is bound to, shown on the page. */
  smtpHost: string;
  /** The page's CSS and script by file name, see {@link INBOX_ASSETS}. */
  assets: ReadonlyMap<string, StaticFile>;
}

/** The static files the page needs, in `./assets/`. */
export const INBOX_ASSETS = ['inbox.css', 'inbox.js'] as const;

/**
 * Mail HTML is shown through `<iframe srcdoc>`, which inherits this policy; mails style themselves inline, so inline
 * styles are allowed. Scripts never are, and the frame's sandbox blocks them a second time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  // Remote images in mails load, so a message looks as it will in the recipient's mail program.
  "img-src 'self' data: http: https:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Failed form actions, by the code a redirect carries in `?problem=`. */
const PROBLEMS = new Map([
  ['smtp-start', 'SMTP-serveren kunne ikke starte igjen. Kanskje en annen tjeneste har tatt porten? Prøv igjen om litt.'],
]);

/** Builds the inbox's Hono app. */
export function createInboxRoutes({ store, smtp, smtpHost, assets }: InboxRoutesDeps): Hono {
  const app = new Hono();
  const smtpAddress = (): string => `${smtpHost}:${smtp.port()}`;
  const state = (extra: Partial<InboxPageState> = {}): InboxPageState => ({
    messages: store.list(),
    smtpRunning: smtp.running(),
    smtpAddress: smtpAddress(),
    ...extra,
  });

  app.use(securityHeaders, rejectCrossSiteWrites);

  app.get('/', async (c) => {
    const problem = PROBLEMS.get(c.req.query('problem') ?? '');
    return c.html(await renderInboxPage(state(problem ? { problem } : {})));
  });
  app.get('/messages/:id', async (c) => {
    const open = store.get(c.req.param('id'));
    const page = await renderInboxPage(state(open ? { open } : { missing: true }));
    return c.html(page, open ? 200 : 404);
  });
  app.get('/live', async (c) => {
    const open = store.get(c.req.query('open') ?? '');
    c.header('Cache-Control', 'no-store');
    return c.html(await renderLiveFragment(state(open ? { open } : {})));
  });

  app.post('/smtp/stop', async (c) => {
    await smtp.stop();
    return c.redirect(await backPath(c), 303);
  });
  app.post('/smtp/start', async (c) => {
    const back = await backPath(c);
    try {
      await smtp.start();
      return c.redirect(back, 303);
    } catch {
      return c.redirect('/?problem=smtp-start', 303);
    }
  });
  app.post('/clear', (c) => {
    store.clear();
    return c.redirect('/', 303);
  });

  app.get('/api/messages', (c) => c.json(store.list()));
  app.get('/api/messages/:id', (c) => {
    const message = store.get(c.req.param('id'));
    return message ? c.json(message) : c.json({ error: 'not_found' }, 404);
  });
  app.delete('/api/messages', (c) => {
    store.clear();
    return c.body(null, 204);
  });
  app.get('/api/smtp', (c) => c.json({ running: smtp.running() }));
  app.post('/api/smtp/stop', async (c) => {
    await smtp.stop();
    return c.json({ running: smtp.running() });
  });
  app.post('/api/smtp/start', async (c) => {
    try {
      await smtp.start();
      return c.json({ running: smtp.running() });
    } catch (error) {
      return c.json({ running: smtp.running(), error: (error as NodeJS.ErrnoException).code ?? 'start_failed' }, 503);
    }
  });

  app.get('/assets/:name', (c) => serveAsset(c, assets.get(c.req.param('name'))));
  return app;
}

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
};

/**
 * Another site must not be able to stop the SMTP server or empty the inbox through the visitor's browser. Browsers
 * say where a request comes from in Sec-Fetch-Site; clients that do not send it are checked by their Origin, if any.
 */
const rejectCrossSiteWrites: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const allowed =
    site !== undefined
      ? site === 'same-origin' || site === 'none'
      : origin === undefined || hostOf(origin) === c.req.header('host');
  return allowed ? next() : c.text('Forbidden', 403);
};

/** The host of an Origin header; undefined for `null` and other opaque origins. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** The page a toggle form came from: only the inbox's own paths, never an arbitrary redirect. */
async function backPath(c: Context): Promise<string> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const back = body['back'];
  return typeof back === 'string' && /^\/(messages\/[\w-]+)?$/.test(back) ? back : '/';
}

function serveAsset(c: Context, file: StaticFile | undefined): Response | Promise<Response> {
  if (!file) return c.notFound();
  return c.body(file.body, 200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
}
