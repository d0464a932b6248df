/**
 * HTTP: the account page `GET /konto` and its forms: `POST /konto/sprak` (language), `POST /konto/krev-passnokkel`
 * (the account's own passkey requirement), `POST /konto/passnokler/slett` (remove a passkey, and mail the account)
 * and `POST /konto/logg-ut-overalt` (end every session of the account).
 */
import { Hono } from 'hono';
import { requireSession, requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { endAllSessions } from '../../accounts/sessions.repository.js';
import { associationNames, readOwnRequirement, setAccountLanguage, setOwnRequirement } from '../../accounts/account-settings.repository.js';
import { FLASH_KEYS, type FlashKey } from './account.texts.js';
import { AccountPage } from './account-page.js';
import { htmlDocument } from '../../lib/html-document.js';
import { safeNextPath } from './next-path.js';
import { pageLanguage } from './page-language.js';
import { removeOwnPasskey } from '../../accounts/passkey-changes.js';
import { listPasskeys } from '../../accounts/passkeys.repository.js';
import type { SignInDeps } from './sign-in-deps.js';

const LANGUAGES = ['nb', 'nn', 'en'] as const;

/**
 * The account page and its forms; a limited session may see the page, change the language and sign out everywhere
 * (and register a first passkey, see passkey.routes.ts), nothing else.
 */
export function createAccountRoutes(deps: SignInDeps) {
  const { db, now } = deps;
  return new Hono<WorkspaceEnv>()
    .get('/konto', requireSession(), async (c) => {
      const session = c.get('session')!;
      const asked = c.req.query('lagret') as FlashKey | undefined;
      return c.html(
        htmlDocument(
          <AccountPage
            language={pageLanguage(c)}
            session={session}
            associationNames={session.staff.role === 'admin' ? [] : await associationNames(db, session.staff.associationIds)}
            passkeys={await listPasskeys(db, session.staff.accountId)}
            ownRequirement={await readOwnRequirement(db, session.staff.accountId)}
            flash={asked && FLASH_KEYS.includes(asked) ? asked : undefined}
            nextPath={c.req.query('neste') ? safeNextPath(c.req.query('neste')) : undefined}
          />,
        ),
      );
    })

    .post('/konto/sprak', requireSession(), async (c) => {
      const chosen = (await c.req.parseBody()).sprak;
      const language = LANGUAGES.find((l) => l === chosen);
      if (language) await setAccountLanguage(db, c.get('session')!.staff.accountId, language);
      return c.redirect(`/koordinator/konto${language ? '?lagret=language' : ''}`, 303);
    })

    .post('/konto/krev-passnokkel', requireStaff(), async (c) => {
      const required = (await c.req.parseBody()).krev === '1';
      await setOwnRequirement(db, c.get('staff')!.accountId, required);
      return c.redirect('/koordinator/konto?lagret=require', 303);
    })

    .post('/konto/passnokler/slett', requireStaff(), async (c) => {
      const id = (await c.req.parseBody()).id;
      const staff = c.get('staff')!;
      const removed = typeof id === 'string' && (await removeOwnPasskey(db, deps.config.publicUrl, staff, id, now()));
      if (removed) deps.onQueued();
      return c.redirect(`/koordinator/konto${removed ? '?lagret=removed' : ''}`, 303);
    })

    // Every session of the account ends (this one too), on every device, and unused sign-in links are retired.
    .post('/konto/logg-ut-overalt', requireSession(), async (c) => {
      const language = pageLanguage(c);
      const ended = await endAllSessions(db, c.get('session')!.staff.accountId);
      clearSessionCookie(c);
      c.set('outcome', 'signed_out_everywhere');
      deps.logger.info('signed out everywhere', { accountId: c.get('session')!.staff.accountId, sessions: ended });
      return c.redirect(`/koordinator/logg-inn?utlogget=alle&lang=${language}`, 303);
    });
}
