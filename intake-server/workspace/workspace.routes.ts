/** The coordinator workspace under `/koordinator`: one sub-app with its own headers, session and pages. */
import { Hono } from 'hono';
import { createFiguresPages } from './figures/figures.routes.js';
import { loadSessionMiddleware, requireStaff, type WorkspaceEnv } from './auth/session.middleware.js';
import { strictTransportSecurity } from '../security/transport-security.js';
import { createWorkspaceAssetRoutes } from './layout/assets.routes.js';
import { workspaceBodyLimit } from './layout/body-limit.js';
import { workspaceHeaders } from '../security/workspace-headers.js';
import { createStaffPages } from './staff-pages.routes.js';
import { createSignInRoutes } from './sign-in/sign-in.routes.js';
import type { WorkspaceDeps } from './workspace-deps.js';
import { keepFollowUpRules, pageContext } from './kit/page-context.js';
import { notFoundPage } from './kit/render-page.js';

export function createWorkspaceRoutes(deps: WorkspaceDeps) {
  const app = new Hono<WorkspaceEnv>();
  app.use('*', workspaceHeaders());
  app.use('*', strictTransportSecurity(deps.config.publicUrl));
  app.use('*', workspaceBodyLimit());
  app.use('*', loadSessionMiddleware(deps.db, deps.now));
  app.use('*', keepFollowUpRules(deps.config.followUp));
  app.route('/assets', createWorkspaceAssetRoutes());
  app.route('/', createSignInRoutes(deps));
  app.route('/', createStaffPages(deps));
  app.route('/', createFiguresPages(deps));
  // Any other address under /koordinator (a mistyped or outdated link): the workspace's own 404 page in its layout for
  // someone signed in, sign-in for anyone else; never the API's JSON.
  app.all('*', requireStaff(), (c) => notFoundPage(c, pageContext(c, deps.now())));
  return app;
}
