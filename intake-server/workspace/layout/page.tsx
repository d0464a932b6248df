/** The frame of every workspace page: language, title, navigation for a signed-in person, main content. */
import type { Child } from 'hono/jsx';
import type { Staff } from '../../accounts/staff.js';
import { workspaceText } from './texts.js';
import type { Language } from '../../../contract/index.js';

export interface PageProps {
  title: string;
  language: Language;
  staff?: Staff | undefined;
  children?: Child;
}

/** A full HTML document. Styles and scripts come from this server only (see `WORKSPACE_CSP`). */
export function Page({ title, language, staff, children }: PageProps) {
  const t = workspaceText(language);
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t.product}`}</title>
        <link rel="icon" href="/koordinator/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/koordinator/assets/workspace.css" />
        {staff ? <script src="/koordinator/assets/kept-text.js" defer></script> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <p class="product">{t.product}</p>
          {staff ? (
            <nav aria-label={t.mainNavigation}>
              <ul>
                <li>
                  <a href="/koordinator">{t.inbox}</a>
                </li>
                <li>
                  <a href="/koordinator/tall">{t.figures}</a>
                </li>
                <li>
                  <a href="/koordinator/kurs">{t.courses}</a>
                </li>
                {staff.role === 'admin' ? (
                  <li>
                    <a href="/koordinator/dekning">{t.coverage}</a>
                  </li>
                ) : null}
                {staff.role === 'admin' ? (
                  <li>
                    <a href="/koordinator/referansedata">{t.referenceData}</a>
                  </li>
                ) : null}
                {staff.role === 'admin' || staff.leadOf.length > 0 ? (
                  <li>
                    <a href="/koordinator/foreninger">{t.associations}</a>
                  </li>
                ) : null}
                <li>
                  <a href="/koordinator/konto">{t.account}</a>
                </li>
                <li>
                  <form method="post" action="/koordinator/logg-ut" class="header-sign-out">
                    <button type="submit" class="link-button">
                      {t.signOut}
                    </button>
                  </form>
                </li>
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
