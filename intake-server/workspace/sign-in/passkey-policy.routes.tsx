/**
 * HTTP: `GET` and `POST /passnokkelkrav`, where the national admin sets which associations require passkeys, and
 * `POST /passnokkelkrav/passnokler`, where she removes a coordinator's passkeys (a lost phone).
 */
import { Hono } from 'hono';
import { requireAdmin } from '../auth/require-admin.js';
import { requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import { htmlDocument } from '../../lib/html-document.js';
import { pageLanguage } from './page-language.js';
import { resetPasskeys } from '../../accounts/passkey-changes.js';
import { PasskeyPolicyPage, type PolicyFlash } from './passkey-policy-page.js';
import { listRequirements, saveRequirements } from '../../accounts/passkey-policy.repository.js';
import type { SignInDeps } from './sign-in-deps.js';

const FLASHES: Record<string, PolicyFlash> = { '1': 'policy', passnokler: 'passkeysRemoved', ukjent: 'unknownAccount' };

/** The admin's passkey requirement page; anyone else gets 404. */
export function createPasskeyPolicyRoutes(deps: SignInDeps) {
  const { db, logger, now } = deps;
  return new Hono<WorkspaceEnv>()
    .get('/passnokkelkrav', requireStaff(), requireAdmin(), async (c) =>
      c.html(
        htmlDocument(
          <PasskeyPolicyPage language={pageLanguage(c)} staff={c.get('staff')!} associations={await listRequirements(db)} flash={FLASHES[c.req.query('lagret') ?? '']} />,
        ),
      ),
    )
    .post('/passnokkelkrav', requireStaff(), requireAdmin(), async (c) => {
      const chosen = (await c.req.parseBody({ all: true })).forening;
      const ids = (Array.isArray(chosen) ? chosen : chosen === undefined ? [] : [chosen]).filter((v): v is string => typeof v === 'string');
      await saveRequirements(db, ids);
      logger.info('passkey requirement changed', { accountId: c.get('staff')!.accountId, associations: ids.length });
      return c.redirect('/koordinator/passnokkelkrav?lagret=1', 303);
    })
    // A coordinator who lost her passkey (her phone) and whose identity the admin has checked: her passkeys are
    // removed and she is signed out everywhere; her next email link may register a new passkey. She is told by mail.
    .post('/passnokkelkrav/passnokler', requireStaff(), requireAdmin(), async (c) => {
      const email = (await c.req.parseBody()).email;
      const done = typeof email === 'string' && email.trim() !== '' ? await resetPasskeys(db, deps.config.publicUrl, email, now()) : undefined;
      if (!done) return c.redirect('/koordinator/passnokkelkrav?lagret=ukjent', 303);
      if (done.removed > 0) deps.onQueued();
      c.set('outcome', 'passkeys_reset');
      logger.info('passkeys removed by the national admin', { accountId: c.get('staff')!.accountId, targetAccountId: done.accountId, passkeys: done.removed, sessions: done.sessions });
      return c.redirect('/koordinator/passnokkelkrav?lagret=passnokler', 303);
    });
}
