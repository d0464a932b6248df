/** A page that reloads itself from this origin, so the SameSite=Strict session cookie comes along the second time. */
import type { Context } from 'hono';
import { textsFor, type LanguageTexts } from '../../texts.js';
import { pickWorkspaceLanguage } from '../layout/texts.js';
import { htmlDocument } from '../../lib/html-document.js';

const TEXTS: LanguageTexts<{ title: string; body: string; link: string }> = {
  nb: { title: 'Åpner siden', body: 'Siden åpnes. Skjer det ikke noe,', link: 'gå videre' },
  nn: { title: 'Opnar sida', body: 'Sida blir opna. Skjer det ikkje noko,', link: 'gå vidare' },
  en: { title: 'Opening the page', body: 'The page is opening. If nothing happens,', link: 'continue' },
};

/**
 * Answers a cross-site navigation (a link in an email) that arrived without the session cookie: browsers withhold
 * SameSite=Strict cookies then, even from a signed-in person. A meta refresh is a navigation started by this
 * origin, so the cookie is sent with it; without a session, the refreshed request goes on to sign-in as usual.
 * `path` is the request's own path; anything that could leave this origin is replaced by the workspace's start.
 */
export function sameSiteBounce(c: Context, requested: string) {
  const path = requested.startsWith('/') && !requested.startsWith('//') && !requested.includes('\\') ? requested : '/koordinator';
  // The cookie is what is missing here, so no account is known: the address's `?lang=`, else the browser's.
  const language = pickWorkspaceLanguage(c.req.query('lang'), undefined, c.req.header('accept-language'));
  const t = textsFor(TEXTS, language);
  return c.html(
    htmlDocument(
      <html lang={language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <meta http-equiv="refresh" content={`0; url=${path}`} />
          <title>{t.title}</title>
        </head>
        <body>
          <main>
            <p>
              {t.body} <a href={path}>{t.link}</a>.
            </p>
          </main>
        </body>
      </html>,
    ),
  );
}
