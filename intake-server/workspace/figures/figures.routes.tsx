/** HTTP: `GET /koordinator/tall`, the figures of a coordinator's associations, or of the whole country for the admin. */
import { Hono } from 'hono';
import { requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import { notFoundPage, renderPage } from '../kit/render-page.js';
import { pageContext } from '../kit/page-context.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { FiguresPage } from './figures-page.js';
import { resolveScope } from './figures-scope.js';
import { figuresTexts } from './figures-texts.js';
import { loadFigures } from './figures.loader.js';

/**
 * `?forening=slug` narrows the figures to one association the person may see (any other slug answers the workspace's
 * one 404); without it a coordinator sees all of theirs together and the admin the whole country. Counts only.
 */
export function createFiguresPages(deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>().get('/tall', requireStaff(), async (c) => {
    const ctx = pageContext(c, deps.now());
    const scope = await resolveScope(deps.db, ctx.staff, c.req.query('forening')?.trim().toLowerCase() || undefined);
    if (!scope) return notFoundPage(c, ctx);
    const figures = await loadFigures(deps.db, scope, ctx.now);
    return renderPage(c, ctx, figuresTexts(ctx.language).title, <FiguresPage ctx={ctx} scope={scope} figures={figures} retentionMonths={deps.config.retention.months} />);
  });
}
