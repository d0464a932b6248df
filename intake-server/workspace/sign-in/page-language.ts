/** The language of the sign-in and account pages, chosen the workspace's way. */
import type { Context } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { pickWorkspaceLanguage } from '../layout/texts.js';
import type { Language } from '../../../contract/index.js';

/** `asked` (a form's `lang`) or `?lang=`, else the signed-in account's language, else the browser's, else nb. */
export function pageLanguage(c: Context<WorkspaceEnv>, asked?: unknown): Language {
  const explicit = typeof asked === 'string' ? asked : c.req.query('lang');
  return pickWorkspaceLanguage(explicit, c.get('session')?.staff.language, c.req.header('accept-language'));
}
