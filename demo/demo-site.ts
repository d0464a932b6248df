/** The demo host site: a fictional association's Ressursvenn page with the one-script-tag embed, and the embed builder. */
import { Hono } from 'hono';
import { escapeHtml, fillTemplate } from './fill-template.js';
import { serveHttp } from './serve-http.js';
import { loadStaticFiles } from './static-files.js';

/** Options for {@link createDemoSite}. */
export interface DemoSiteOptions {
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Absolute URL of the widget's one-script-tag entry. */
  widgetUrl: string;
  /** Absolute base URL of the intake API, for the builder's preview element. */
  apiUrl: string;
  /** The demo mail inbox, linked from the demo bar; an empty string leaves the links out (mail goes to a real server). */
  inboxUrl: string;
  /**
   * Send the strict Content-Security-Policy that the builder tells webmasters about (default true), so the demo shows
   * that the widget works under it. Turn off to rule the policy out while debugging.
   */
  strictCsp?: boolean;
  /**
   * The active associations the builder offers by name, asked for at each visit so a new association shows at once.
   * Left out, the builder offers none and accepts a slug the intake server knows.
   */
  listAssociations?: () => Promise<readonly BuilderAssociation[]>;
}

/** What the builder shows of an association: public facts only. */
export interface BuilderAssociation {
  slug: string;
  name: string;
}

/** A running demo site. */
export interface DemoSite {
  /** Base URL without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const SITE = new URL('./site/', import.meta.url);
const PAGES = ['index.html', 'embed-builder.html'] as const;
const ASSETS = ['site.css', 'embed-builder.js', 'logo.svg'] as const;

/**
 * Starts the demo site. Its files are read and filled in once, here; a missing file or placeholder fails the start.
 * Serves `/` (the association page), `/embed` (the embed builder) and `/assets/*`.
 */
export async function createDemoSite(options: DemoSiteOptions): Promise<DemoSite> {
  // Parsed to fail early on a relative or malformed URL, but used as given so the snippet matches what was passed.
  const widget = new URL(options.widgetUrl);
  const api = new URL(options.apiUrl);
  if (options.inboxUrl !== '') new URL(options.inboxUrl);
  const values = {
    WIDGET_URL: options.widgetUrl,
    API_URL: stripSlash(options.apiUrl),
    INBOX_URL: options.inboxUrl,
    WIDGET_ORIGIN: widget.origin,
    API_ORIGIN: api.origin,
  };
  // The builder's default: the script tag with the quick-exit button, and the hosted page for readers without JavaScript.
  const defaultSnippet = [
    `<script src="${escapeHtml(options.widgetUrl)}" data-association="eksempelby" data-quick-exit async></script>`,
    `<noscript><a href="${escapeHtml(stripSlash(options.apiUrl))}/skjema/eksempelby">Søk om å bli ressursvenn</a></noscript>`,
  ].join('\n');

  const pages = await loadStaticFiles(SITE, PAGES);
  const assets = await loadStaticFiles(SITE, ASSETS);
  const association = fillTemplate(pages.get('index.html')!.body, values);
  const builderTemplate = pages.get('embed-builder.html')!.body;
  const builder = async () => {
    const list = (await options.listAssociations?.()) ?? [];
    const associations = JSON.stringify(list.map(({ slug, name }) => ({ slug, name })));
    return fillTemplate(builderTemplate, { ...values, DEFAULT_SNIPPET: defaultSnippet, ASSOCIATIONS: associations });
  };
  // A typo in the template fails the start, not the first visit.
  fillTemplate(builderTemplate, { ...values, DEFAULT_SNIPPET: defaultSnippet, ASSOCIATIONS: '[]' });
  const policy = contentSecurityPolicy(widget.origin, api.origin);

  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    if (options.strictCsp !== false) c.header('Content-Security-Policy', policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  app.get('/', (c) => c.html(association));
  app.get('/embed', async (c) => c.html(await builder()));
  app.get('/assets/:name', (c) => {
    const file = assets.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
  });

  const server = await serveHttp(app, options.host ?? '127.0.0.1', options.port ?? 0);
  return { url: server.url, close: () => server.close() };
}

/** Only what the builder page says a strict site needs for the widget (script, connect, frame origins), plus its own files. */
function contentSecurityPolicy(widgetOrigin: string, apiOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${widgetOrigin}`,
    `connect-src ${apiOrigin}`,
    // The builder's preview of isolated mode; a page that embeds the form inline needs no frame-src.
    `frame-src ${apiOrigin}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function stripSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}
