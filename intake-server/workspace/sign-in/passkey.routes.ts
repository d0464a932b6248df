/**
 * HTTP (JSON, for the passkey script): `POST /passkey/registrering/valg` and `/passkey/registrering` register a passkey
 * for the signed-in account; `POST /passkey/innlogging/valg` and `/passkey/innlogging` sign in with one.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { addressHash } from '../../screening/address-hash.js';
import { clientAddress } from '../../security/client-address.js';
import { ensureAccount, findEligibility } from '../../accounts/accounts.repository.js';
import type { WorkspaceEnv, WorkspaceSession } from '../auth/session.middleware.js';
import { hitSignInLimit, SIGN_IN_LIMITS } from '../../accounts/sign-in-throttle.js';
import { loadStaff } from '../../accounts/staff.js';
import { safeNextPath } from './next-path.js';
import { createAuthenticationOptions, verifyAuthentication } from './passkey-authentication.js';
import { createRegistrationOptions, passkeyName, verifyRegistration } from './passkey-registration.js';
import { countPasskeys, listPasskeys } from '../../accounts/passkeys.repository.js';
import type { SignInDeps } from './sign-in-deps.js';
import { startSession } from './start-session.js';

/** Error codes the passkey script knows. */
type PasskeyError = 'not_signed_in' | 'bad_request' | 'throttled' | 'passkey_invalid' | 'passkey_exists' | 'passkey_unknown' | 'passkey_required';

function fail(c: Context<WorkspaceEnv>, status: 400 | 401 | 403 | 429, code: PasskeyError) {
  c.set('outcome', code);
  return c.json({ error: code }, status, status === 429 ? { 'Retry-After': String(SIGN_IN_LIMITS.windowMs / 1000) } : {});
}

async function readJson(c: Context<WorkspaceEnv>): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await c.req.json();
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The passkey endpoints; they answer JSON errors with a code from `PasskeyError`, never a redirect. */
export function createPasskeyRoutes(deps: SignInDeps) {
  const { db, rp, now } = deps;
  const limitBody = bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.json({ error: 'bad_request' }, 413) });
  const withinLimit = (c: Context<WorkspaceEnv>) =>
    hitSignInLimit(db, `passkey-client:${addressHash(deps.secretKey, 'sign-in-client', clientAddress(c, deps.config.trustProxy))}`, SIGN_IN_LIMITS.attemptsPerClient, now());

  /**
   * Where a passkey is required, a session started by an email link (a limited one) may add only the account's first
   * passkey, so that someone who never had one can comply; once there is one, adding another takes a passkey sign-in.
   * Otherwise whoever reads her mail could add a passkey of their own.
   */
  const mayOnlyAddFirst = (session: WorkspaceSession) => session.limited;

  return new Hono<WorkspaceEnv>()
    .post('/passkey/registrering/valg', async (c) => {
      const session = c.get('session');
      if (!session) return fail(c, 401, 'not_signed_in');
      if (mayOnlyAddFirst(session) && (await countPasskeys(db, session.staff.accountId)) > 0) return fail(c, 403, 'passkey_required');
      return c.json(await createRegistrationOptions(db, rp, session.staff, now()));
    })

    .post('/passkey/registrering', limitBody, async (c) => {
      const session = c.get('session');
      if (!session) return fail(c, 401, 'not_signed_in');
      const body = await readJson(c);
      if (!body) return fail(c, 400, 'bad_request');
      const count = (await listPasskeys(db, session.staff.accountId)).length;
      if (mayOnlyAddFirst(session) && count > 0) return fail(c, 403, 'passkey_required');
      const fallback = `${session.staff.language === 'en' ? 'Passkey' : 'Passnøkkel'} ${count + 1}`;
      const result = await verifyRegistration(db, rp, session.staff, body.response, passkeyName(body.name, fallback), now(), {
        firstOnly: mayOnlyAddFirst(session),
        publicUrl: deps.config.publicUrl,
      });
      if (!result.ok) return fail(c, result.code === 'passkey_required' ? 403 : 400, result.code);
      deps.onQueued();
      c.set('outcome', 'passkey_registered');
      return c.json({ ok: true });
    })

    .post('/passkey/innlogging/valg', async (c) => {
      if (!(await withinLimit(c))) return fail(c, 429, 'throttled');
      return c.json(await createAuthenticationOptions(db, rp, now()));
    })

    .post('/passkey/innlogging', limitBody, async (c) => {
      if (!(await withinLimit(c))) return fail(c, 429, 'throttled');
      const body = await readJson(c);
      if (!body) return fail(c, 400, 'bad_request');
      const accountId = await verifyAuthentication(db, rp, body.response, now());
      const staff = accountId && (await loadStaff(db, accountId));
      const eligibility = staff && (await findEligibility(db, staff.email));
      if (!accountId || !staff || !eligibility) return fail(c, 400, 'passkey_unknown');
      await ensureAccount(db, staff.email, eligibility, staff.language, now());
      await startSession(c, deps, accountId, 'passkey');
      c.set('outcome', 'signed_in');
      return c.json({ redirect: safeNextPath(typeof body.next === 'string' ? body.next : undefined) });
    });
}
