/**
 * HTTP: the account page `GET /konto` and its forms: `POST /konto/sprak` (language), `POST /konto/krev-passnokkel`
 * (the account's own passkey requirement) and `POST /konto/passnokler/slett` (remove a passkey).
 */
import { Hono } from 'hono';
import { requireSession, requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import { associationNames, readOwnRequirement, setAccountLanguage, setOwnRequirement } from './account.repository.js';
import { FLASH_KEYS, type FlashKey } from './account.texts.js';
import { AccountPage } from './account-page.js';
import { htmlDocument } from './document.js';
import { safeNextPath } from './next-path.js';
import { pageLanguage } from './page-language.js';
import { deletePasskey, listPasskeys } from './passkeys.repository.js';
import type { SignInDeps } from './sign-in-deps.js';

const LANGUAGES = ['nb', 'nn', 'en'] as const;

/** The account page and its forms; a limited session may see the page and change the language, nothing else. */
export function createAccountRoutes(deps: SignInDeps) {
  const { db } = deps;
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
      const removed = typeof id === 'string' && (await deletePasskey(db, c.get('staff')!.accountId, id));
      return c.redirect(`/koordinator/konto${removed ? '?lagret=removed' : ''}`, 303);
    });
}
