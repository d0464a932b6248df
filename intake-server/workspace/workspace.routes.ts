/** The coordinator workspace under `/koordinator`: one sub-app with its own headers, session and pages. */
import { Hono } from 'hono';
import { createFiguresPages } from './figures/figures.routes.js';
import { loadSessionMiddleware, type WorkspaceEnv } from './auth/session.middleware.js';
import { strictTransportSecurity } from '../security/transport-security.js';
import { createWorkspaceAssetRoutes } from './layout/assets.routes.js';
import { workspaceBodyLimit } from './layout/body-limit.js';
import { workspaceHeaders } from '../security/workspace-headers.js';
import { createStaffPages } from './staff-pages.routes.js';
import { createSignInRoutes } from './sign-in/sign-in.routes.js';
import type { WorkspaceDeps } from './workspace-deps.js';
import { keepFollowUpRules } from './kit/page-context.js';

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
  return app;
}
