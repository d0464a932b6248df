/** The admin-only gate of workspace routes. Apart from session.middleware.ts, whose types the 404 page's kit imports. */
import type { MiddlewareHandler } from 'hono';
import { pageContext } from '../kit/page-context.js';
import { notFoundPage } from '../kit/render-page.js';
import type { WorkspaceEnv } from './session.middleware.js';

/**
 * Lets only the national admin through; everyone else gets the workspace's one 404 page, as for anything they may not
 * see (second attack, finding 13: not the API's JSON 404). Use after `requireStaff`.
 */
export function requireAdmin(): MiddlewareHandler<WorkspaceEnv> {
  return async (c, next) => (c.get('staff')?.role === 'admin' ? next() : notFoundPage(c, pageContext(c, new Date())));
}
