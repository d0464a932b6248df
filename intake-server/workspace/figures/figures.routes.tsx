/** HTTP: figures per association and nationally. */
import { Hono } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import type { WorkspaceDeps } from '../workspace-deps.js';

export function createFiguresPages(_deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>();
}
