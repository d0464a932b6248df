/** HTTP: signing in to the workspace (email link, passkeys) and out. */
import { Hono } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import type { WorkspaceDeps } from '../workspace-deps.js';

export function createSignInRoutes(_deps: WorkspaceDeps) {
  return new Hono<WorkspaceEnv>();
}
