/**
 * The hosted page of one association: the form on a plain page of its own (a Facebook link, a `<noscript>` target).
 * It holds the server's own form (plain-form-page.tsx), which works without scripts; with scripts, the widget replaces it.
 */
import { html } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Language } from '../../contract/index.js';
import type { HostedTexts } from './hosted-texts.js';

export interface HostedPageProps {
  slug: string;
  name: string;
  contactEmail: string;
  contactPhone: string | null;
  language: Language;
  texts: HostedTexts;
  /** False on the pages that follow a post (errors, receipt): the server form carries on there, scripts or not. */
  widget: boolean;
  children: Child;
}

/**
 * The same one-script-tag embed a webmaster pastes, written as HTML: Hono's JSX would hoist an async <script> into
 * <head>, and widget.js mounts the form where its tag stands.
 */
export function embedScript(slug: string, extra: { frame?: boolean; quickExit?: boolean } = {}) {
  const frame = extra.frame ? html` data-frame` : '';
  const quickExit = extra.quickExit ? html` data-quick-exit` : '';
  return html`<script src="/widget.js" data-association="${slug}"${frame}${quickExit} async></script>`;
}

export interface PlainPageProps {
  language: Language;
  title: string;
  kicker: string;
  heading: string;
  /** Keep the page out of search engines (pages reached by a personal link). */
  noindex?: boolean;
  children: Child;
  footer?: Child;
}

/** The frame of the plain pages served outside the workspace (the hosted page, the withdrawal pages): one stylesheet, no inline code. */
export function PlainPage(props: PlainPageProps) {
  return (
    <html lang={props.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{props.title}</title>
        <link rel="stylesheet" href="/skjema/hosted.css" />
        <link rel="icon" href="/skjema/icon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header class="header">
          <div class="inner">
            <p class="kicker">{props.kicker}</p>
            <h1>{props.heading}</h1>
          </div>
        </header>
        <main class="main">
          <div class="inner">{props.children}</div>
        </main>
        {props.footer ?? null}
      </body>
    </html>
  );
}

export function HostedPage(props: HostedPageProps) {
  const { texts: t } = props;
  const footer = (
    <footer class="footer">
      <div class="inner">
        <p>{t.programme}</p>
        <p>
          {t.contactPrefix} <a href={`mailto:${props.contactEmail}`}>{props.contactEmail}</a>
          {props.contactPhone ? <>, <a href={`tel:${props.contactPhone.replace(/\s/g, '')}`}>{props.contactPhone}</a></> : null}.
        </p>
      </div>
    </footer>
  );
  return (
    <PlainPage language={props.language} title={t.pageTitle(props.name)} kicker={t.kicker} heading={props.name} footer={footer}>
      {props.widget ? embedScript(props.slug, { quickExit: true }) : null}
      {props.children}
      {props.widget ? html`<script src="/skjema/hosted.js" async></script>` : null}
    </PlainPage>
  );
}

/** The plain 404 page for a slug no active association has. */
export function NotFoundPage(props: { language: Language; texts: HostedTexts }) {
  return (
    <html lang={props.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.texts.notFoundTitle}</title>
        <link rel="stylesheet" href="/skjema/hosted.css" />
      </head>
      <body>
        <main class="main">
          <div class="inner">
            <h1>{props.texts.notFoundTitle}</h1>
            <p>{props.texts.notFound}</p>
          </div>
        </main>
      </body>
    </html>
  );
}
