/** The language of the sign-in and account pages, chosen the workspace's way. */
import type { Context } from 'hono';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { pickWorkspaceLanguage } from '../layout/texts.js';
import type { Language } from '../../../contract/index.js';

/**
 * `asked` (a form's `lang`) or `?lang=`, else the account's language (the signed-in one's, or `account`: the one a
 * sign-in link belongs to), else the browser's, else nb.
 */
export function pageLanguage(c: Context<WorkspaceEnv>, asked?: unknown, account?: string): Language {
  const explicit = typeof asked === 'string' ? asked : c.req.query('lang');
  return pickWorkspaceLanguage(explicit, c.get('session')?.staff.language ?? account, c.req.header('accept-language'));
}

/** The `lang` a workspace path carries in its query (`/koordinator?lang=nn`), so sign-in speaks the page's language. */
export function languageIn(path: string): string | undefined {
  const query = path.indexOf('?');
  return query < 0 ? undefined : (new URLSearchParams(path.slice(query + 1)).get('lang') ?? undefined);
}
