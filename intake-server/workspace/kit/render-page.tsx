/** Sends a workspace page as a complete HTML document, and the two error pages every route shares. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { htmlDocument } from '../../lib/html-document.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { Page } from '../layout/page.js';
import { commonTexts } from './common.texts.js';
import type { PageContext } from './page-context.js';

/** Answers with the page as a whole document, in the workspace's layout. */
export function renderPage(c: Context<WorkspaceEnv>, ctx: PageContext, title: string, body: Child, status: ContentfulStatusCode = 200) {
  return c.html(
    htmlDocument(
      <Page title={title} language={ctx.language} staff={ctx.staff}>
        {body}
      </Page>,
    ),
    status,
  );
}

function Message({ title, body, ctx }: { title: string; body: string; ctx: PageContext }) {
  return (
    <div class="narrow">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={ctx.href('/koordinator')}>{commonTexts(ctx.language).backToInbox}</a>
      </p>
    </div>
  );
}

/**
 * The one 404 of the workspace pages: the same for an id that does not exist and for one the person may not see, so
 * the answer never tells whether someone applied.
 */
export function notFoundPage(c: Context<WorkspaceEnv>, ctx: PageContext) {
  const t = commonTexts(ctx.language);
  c.set('outcome', 'not_found');
  return renderPage(c, ctx, t.notFoundTitle, <Message title={t.notFoundTitle} body={t.notFoundBody} ctx={ctx} />, 404);
}
