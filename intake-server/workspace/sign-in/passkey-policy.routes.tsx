/** HTTP: `GET` and `POST /passnokkelkrav`, where the national admin sets which associations require passkeys. */
import { Hono } from 'hono';
import { requireAdmin, requireStaff, type WorkspaceEnv } from '../auth/session.middleware.js';
import { htmlDocument } from './document.js';
import { pageLanguage } from './page-language.js';
import { PasskeyPolicyPage } from './passkey-policy-page.js';
import { listRequirements, saveRequirements } from './passkey-policy.repository.js';
import type { SignInDeps } from './sign-in-deps.js';

/** The admin's passkey requirement page; anyone else gets 404. */
export function createPasskeyPolicyRoutes(deps: SignInDeps) {
  const { db, logger } = deps;
  return new Hono<WorkspaceEnv>()
    .get('/passnokkelkrav', requireStaff(), requireAdmin(), async (c) =>
      c.html(
        htmlDocument(<PasskeyPolicyPage language={pageLanguage(c)} staff={c.get('staff')!} associations={await listRequirements(db)} saved={c.req.query('lagret') === '1'} />),
      ),
    )
    .post('/passnokkelkrav', requireStaff(), requireAdmin(), async (c) => {
      const chosen = (await c.req.parseBody({ all: true })).forening;
      const ids = (Array.isArray(chosen) ? chosen : chosen === undefined ? [] : [chosen]).filter((v): v is string => typeof v === 'string');
      await saveRequirements(db, ids);
      logger.info('passkey requirement changed', { accountId: c.get('staff')!.accountId, associations: ids.length });
      return c.redirect('/koordinator/passnokkelkrav?lagret=1', 303);
    });
}
