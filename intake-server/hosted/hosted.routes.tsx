/**
 * HTTP: the hosted pages, mounted at `/skjema`. `GET /skjema/:slug` is the form on a page of its own, for associations
 * without a website and as the `<noscript>` link; `GET /skjema/:slug/ramme` is the document inside the iframe of
 * `mode="isolated"`, which only the association's listed sites (`allowedOrigins`) may frame; `GET
 * /skjema/:slug/ramme/tilgang` tells the widget beforehand whether the asking page is one of them. The pages load only
 * the intake server's own files, under a CSP without inline code.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { LANGUAGES, type FrameAccess, type Language } from '../../contract/index.js';
import type { AppEnv } from '../app-env.js';
import type { Association } from '../associations/association.js';
import { findAssociationBySlug } from '../associations/associations.repository.js';
import type { Database } from '../db/schema.js';
import { FramePage } from './frame-page.js';
import { HostedPage, NotFoundPage } from './hosted-page.js';
import { HOSTED_CSS, HOSTED_ICON } from './hosted-styles.js';
import { HOSTED_TEXTS } from './hosted-texts.js';
import { htmlDocument } from '../lib/html-document.js';
import { setHostedPageHeaders } from '../security/hosted-headers.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** `?lang=nn` picks the page's language (a Facebook post in English can link to `?lang=en`); else the association's. */
function pickLanguage(c: Context<AppEnv>, association: Association | undefined): Language {
  const asked = c.req.query('lang');
  return (LANGUAGES as readonly string[]).includes(asked ?? '') ? (asked as Language) : (association?.defaultLanguage ?? 'nb');
}

export function createHostedRoutes(db: Kysely<Database>) {
  async function activeAssociation(slug: string): Promise<Association | undefined> {
    if (!SLUG.test(slug)) return undefined;
    const association = await findAssociationBySlug(db, slug);
    return association?.active ? association : undefined;
  }

  function notFound(c: Context<AppEnv>) {
    const language = pickLanguage(c, undefined);
    c.set('outcome', 'not_found');
    setHostedPageHeaders(c, 'none');
    return c.html(htmlDocument(<NotFoundPage language={language} texts={HOSTED_TEXTS[language]} />), 404);
  }

  return new Hono<AppEnv>()
    .get('/hosted.css', (c) => {
      c.header('Cache-Control', 'public, max-age=3600');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(HOSTED_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
    })
    .get('/icon.svg', (c) => {
      c.header('Cache-Control', 'public, max-age=86400');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.body(HOSTED_ICON, 200, { 'Content-Type': 'image/svg+xml' });
    })
    .get('/:slug', async (c) => {
      const association = await activeAssociation(c.req.param('slug'));
      if (!association) return notFound(c);
      const language = pickLanguage(c, association);
      setHostedPageHeaders(c, 'none');
      c.header('Cross-Origin-Opener-Policy', 'same-origin');
      const page = (
        <HostedPage
          slug={association.slug}
          name={association.name}
          contactEmail={association.contactEmail}
          contactPhone={association.contactPhone}
          language={language}
          texts={HOSTED_TEXTS[language]}
        />
      );
      return c.html(htmlDocument(page));
    })
    .get('/:slug/ramme', async (c) => {
      const association = await activeAssociation(c.req.param('slug'));
      if (!association) return notFound(c);
      const language = pickLanguage(c, association);
      // Only the sites the association lists may frame the form, and nobody when it lists none: applications sent from
      // this page post from the intake server's own origin, so the association's origin check is not what guards it.
      // A page that may not frame it shows a link to the hosted page instead (the widget asks `ramme/tilgang` first).
      setHostedPageHeaders(c, association.allowedOrigins.length > 0 ? association.allowedOrigins : 'none');
      const page = (
        <FramePage
          slug={association.slug}
          language={language}
          title={HOSTED_TEXTS[language].frameTitle}
          quickExit={c.req.query('quick-exit') === '1'}
        />
      );
      return c.html(htmlDocument(page));
    })
    .get('/:slug/ramme/tilgang', async (c) => {
      // Whether the page asking (its Origin, sent with every cross-origin fetch) may frame the form: the same rule as
      // the frame's frame-ancestors, which is what enforces it. Any page may ask; the answer is no secret.
      const association = await activeAssociation(c.req.param('slug'));
      const origin = c.req.header('origin');
      const allowed = association !== undefined && origin !== undefined && association.allowedOrigins.includes(origin);
      c.set('outcome', allowed ? 'frame_allowed' : 'frame_refused');
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cache-Control', 'no-store');
      c.header('Vary', 'Origin');
      c.header('X-Content-Type-Options', 'nosniff');
      return c.json({ allowed } satisfies FrameAccess);
    });
}
