/**
 * HTTP: the coordinator's pages under `/koordinator`: the inbox, the application page and its forms, the CSV export,
 * and the admin's privacy pages. Every page needs a session (visitors are sent to sign-in and brought back). The
 * workspace's session middleware already refuses state changes sent from other sites (see `auth/same-origin.ts`).
 */
import { Hono } from 'hono';
import { requireStaff, type WorkspaceEnv } from './auth/session.middleware.js';
import { createPrivacyRoutes } from './privacy/privacy.routes.js';
import type { WorkspaceDeps } from './workspace-deps.js';
import { createApplicationPageRoutes } from './application/application.routes.js';
import { createCsvExportRoutes } from './csv-export/csv-export.routes.js';
import { createInboxRoutes } from './inbox/inbox.routes.js';
import { createAssociationRoutes } from './associations/associations.routes.js';
import { createReferenceDataRoutes } from './reference-data/reference-data.routes.js';
import { createCoverageRoutes } from './coverage/coverage.routes.js';
import { createCourseSessionRoutes } from './course-sessions/course-sessions.routes.js';
import { createHeldRoutes } from './held/held.routes.js';

export function createStaffPages(deps: WorkspaceDeps) {
  const app = new Hono<WorkspaceEnv>();
  // Middleware by path, not '*': this app is mounted next to sign-in and figures, whose routes it must not wrap.
  for (const path of ['/soknader/*', '/personvern', '/personvern/*', '/dekning', '/dekning/*', '/referansedata', '/referansedata/*', '/foreninger', '/foreninger/*', '/kurs', '/kurs/*', '/holdt-tilbake', '/holdt-tilbake/*']) app.use(path, requireStaff());
  app.route('/', createInboxRoutes(deps));
  app.route('/', createCsvExportRoutes(deps));
  app.route('/soknader', createApplicationPageRoutes(deps));
  app.route('/personvern', createPrivacyRoutes(deps));
  app.route('/foreninger', createAssociationRoutes(deps));
  app.route('/referansedata', createReferenceDataRoutes(deps));
  app.route('/dekning', createCoverageRoutes(deps));
  app.route('/kurs', createCourseSessionRoutes(deps));
  app.route('/holdt-tilbake', createHeldRoutes(deps));
  return app;
}
