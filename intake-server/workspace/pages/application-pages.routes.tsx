/** HTTP: the inbox per association and the application page. */
import { Hono } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import type { WorkspaceDeps } from '../workspace-deps.js';

export function createApplicationPages(_deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>();
}
