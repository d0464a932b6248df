/** HTTP: signing in to the workspace (email link, passkeys) and out, the account page, and the passkey requirement. */
import { Hono } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import type { WorkspaceDeps } from '../workspace-deps.js';
import { createAccountRoutes } from './account.routes.js';
import { createEmailLinkRoutes } from './email-link.routes.js';
import { createPasskeyPolicyRoutes } from './passkey-policy.routes.js';
import { createPasskeyRoutes } from './passkey.routes.js';
import { signInDepsOf } from './sign-in-deps.js';

/** Mounted under `/koordinator`. Cross-site POSTs were already refused by the session middleware. */
export function createSignInRoutes(workspaceDeps: WorkspaceDeps) {
  const deps = signInDepsOf(workspaceDeps);
  return new Hono<WorkspaceEnv>()
    .route('/', createEmailLinkRoutes(deps))
    .route('/', createPasskeyRoutes(deps))
    .route('/', createAccountRoutes(deps))
    .route('/', createPasskeyPolicyRoutes(deps));
}
