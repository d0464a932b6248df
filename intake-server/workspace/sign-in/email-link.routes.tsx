/**
 * HTTP: signing in with an emailed link, and signing out. `GET/POST /logg-inn` asks for a link (always the same
 * answer), `GET /logg-inn/lenke` shows a button, `POST /logg-inn/lenke` uses the link up and starts a session,
 * `POST /logg-ut` ends it on the server.
 */
import { Hono } from 'hono';
import { isSingleAddress } from '../../mail/single-address.js';
import { addressHash } from '../../screening/address-hash.js';
import { clientAddress } from '../../security/client-address.js';
import { ensureAccount, findEligibility } from '../../accounts/accounts.repository.js';
import { isPasskeyRequired } from '../../accounts/passkey-requirement.js';
import type { WorkspaceEnv } from '../auth/session.middleware.js';
import { clearSessionCookie, readSessionCookie } from '../auth/session-cookie.js';
import { endSession } from '../../accounts/sessions.repository.js';
import { hitSignInLimit, SIGN_IN_LIMITS } from '../../accounts/sign-in-throttle.js';
import { loadStaff } from '../../accounts/staff.js';
import { htmlDocument } from '../../lib/html-document.js';
import { DeadLinkPage, LinkConfirmPage, LinkSentPage, TooManyAttemptsPage } from './link-pages.js';
import { safeNextPath } from './next-path.js';
import { languageIn, pageLanguage } from './page-language.js';
import { admitLinkRequest, sendSignInLink } from './request-link.js';
import { liveLinkLanguage, consumeSignInLink } from '../../accounts/sign-in-links.repository.js';
import { SignInPage } from './sign-in-page.js';
import type { SignInDeps } from './sign-in-deps.js';
import { startSession } from './start-session.js';

const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');

/** A token as `newToken` makes them (43 base64url characters); anything else is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The link routes and sign-out; the access log gets an outcome code, never an address. */
export function createEmailLinkRoutes(deps: SignInDeps) {
  const { db, config, now } = deps;
  const clientKey = (address: string) => addressHash(deps.secretKey, 'sign-in-client', address);

  return new Hono<WorkspaceEnv>()
    .get('/logg-inn', (c) => {
      const nextPath = safeNextPath(c.req.query('neste'));
      if (c.get('staff')) return c.redirect(nextPath, 303);
      // Nobody is known before sign-in: the address's `?lang=`, or the one the page she was going to had, or the browser's.
      const language = pageLanguage(c, c.req.query('lang') ?? languageIn(nextPath));
      const signedOut = c.req.query('utlogget');
      const notSaved = c.req.query('ikke-lagret') === '1';
      return c.html(htmlDocument(<SignInPage language={language} nextPath={nextPath} signedOut={signedOut === '1' ? 'here' : signedOut === 'alle' ? 'everywhere' : undefined} notSaved={notSaved} />));
    })

    .post('/logg-inn', async (c) => {
      const form = await c.req.parseBody();
      const language = pageLanguage(c, form.lang);
      const nextPath = safeNextPath(field(form, 'neste'));
      const email = field(form, 'email').trim();
      const typed = email.slice(0, 254);
      if (!isSingleAddress(email)) {
        c.set('outcome', 'invalid_email');
        return c.html(htmlDocument(<SignInPage language={language} nextPath={nextPath} email={typed} emailError />), 422);
      }
      const request = { email, nextPath, language, clientAddress: clientAddress(c, config.trustProxy) };
      // Before the answer, only what is the same for every address: the throttle. Whether the address belongs to a
      // coordinator is looked up after the answer has gone, so its timing cannot tell.
      const admitted = await admitLinkRequest({ db, secretKey: deps.secretKey, now }, request);
      if (admitted) {
        deps.afterResponse(async () => {
          const outcome = await sendSignInLink({ db, publicUrl: config.publicUrl, secretKey: deps.secretKey, now, onQueued: deps.onQueued }, request);
          deps.logger.debug('sign-in link request', { outcome });
        });
      }
      // The log keeps the outcome (no address); the page is the same whatever happened.
      c.set('outcome', admitted ? 'link_requested' : 'throttled');
      return c.html(htmlDocument(<LinkSentPage language={language} nextPath={nextPath} />));
    })

    .get('/logg-inn/lenke', async (c) => {
      const token = c.req.query('token') ?? '';
      // A live link names its account: the page speaks the account's language before the browser's.
      const accountLanguage = TOKEN.test(token) ? await liveLinkLanguage(db, token, now()) : undefined;
      if (accountLanguage === undefined) {
        c.set('outcome', 'link_dead');
        return c.html(htmlDocument(<DeadLinkPage language={pageLanguage(c)} />), 400);
      }
      return c.html(htmlDocument(<LinkConfirmPage language={pageLanguage(c, undefined, accountLanguage)} token={token} />));
    })

    .post('/logg-inn/lenke', async (c) => {
      const form = await c.req.parseBody();
      const language = pageLanguage(c, form.lang);
      if (!(await hitSignInLimit(db, `redeem-client:${clientKey(clientAddress(c, config.trustProxy))}`, SIGN_IN_LIMITS.attemptsPerClient, now()))) {
        c.set('outcome', 'throttled');
        return c.html(htmlDocument(<TooManyAttemptsPage language={language} />), 429, { 'Retry-After': String(SIGN_IN_LIMITS.windowMs / 1000) });
      }
      const token = field(form, 'token');
      const link = TOKEN.test(token) ? await consumeSignInLink(db, token, now()) : undefined;
      const staff = link && (await loadStaff(db, link.accountId));
      // Someone taken off the coordinator lists since asking gets no session.
      const eligibility = staff && (await findEligibility(db, staff.email));
      if (!link || !staff || !eligibility) {
        c.set('outcome', 'link_dead');
        return c.html(htmlDocument(<DeadLinkPage language={language} />), 400);
      }
      await ensureAccount(db, staff.email, eligibility, staff.language, now());
      await startSession(c, deps, link.accountId, 'link');
      c.set('outcome', 'signed_in');
      const nextPath = safeNextPath(link.nextPath);
      if (await isPasskeyRequired(db, link.accountId)) return c.redirect(`/koordinator/konto?neste=${encodeURIComponent(nextPath)}`, 303);
      return c.redirect(nextPath, 303);
    })

    .post('/logg-ut', async (c) => {
      const language = pageLanguage(c);
      const token = readSessionCookie(c);
      if (token) await endSession(db, token);
      clearSessionCookie(c);
      c.set('outcome', 'signed_out');
      return c.redirect(`/koordinator/logg-inn?utlogget=1&lang=${language}`, 303);
    });
}
