/**
 * HTTP: `GET /trekk/:token` asks "Withdraw your application?" with one button; `POST /trekk/:token` withdraws it (see
 * withdraw-application.ts). The token is the signed link from the receipt (withdrawal-link.ts): a link that was
 * changed, has expired or was used already (the application is gone) gets the same kind page, and nothing is erased.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../app-env.js';
import { findApplicationRow } from '../applications/application-queries.repository.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../errors.js';
import { htmlDocument } from '../lib/html-document.js';
import { setHostedPageHeaders } from '../security/hosted-headers.js';
import { isCrossSite } from '../workspace/auth/same-origin.js';
import { readWithdrawalToken, WITHDRAWAL_PATH, type WithdrawalToken } from './withdrawal-link.js';
import { ConfirmWithdrawalPage, LinkUnavailablePage, WithdrawnPage } from './withdrawal-pages.js';
import { WITHDRAWAL_TEXTS } from './withdrawal.texts.js';
import { withdrawApplication } from './withdraw-application.js';

export interface WithdrawalRoutesDeps {
  db: Kysely<Database>;
  secretKey: string;
  now: () => Date;
  /** Called after a withdrawal queued the coordinators' mail, so it leaves at once. */
  onQueued: () => void;
}

export function createWithdrawalRoutes(deps: WithdrawalRoutesDeps) {
  function headers(c: Context<AppEnv>) {
    setHostedPageHeaders(c, 'none');
    // The link is the key: no page it leads to may pass it on.
    c.header('Referrer-Policy', 'no-referrer');
  }

  /** A token that is ours and not expired; null otherwise. */
  function validToken(c: Context<AppEnv>): WithdrawalToken | null {
    const token = readWithdrawalToken(deps.secretKey, c.req.param('token') ?? '');
    return token && token.expiresAt.getTime() > deps.now().getTime() ? token : null;
  }

  /** The kind page, in her language when the link still says it (an expired one does; a changed one does not). */
  function unavailable(c: Context<AppEnv>) {
    const language = readWithdrawalToken(deps.secretKey, c.req.param('token') ?? '')?.language ?? 'nb';
    c.set('outcome', 'link_unavailable');
    return c.html(htmlDocument(<LinkUnavailablePage language={language} texts={WITHDRAWAL_TEXTS[language]} />), 410);
  }

  return new Hono<AppEnv>()
    .get('/:token', async (c) => {
      headers(c);
      const token = validToken(c);
      if (!token || !(await findApplicationRow(deps.db, token.applicationId))) return unavailable(c);
      const page = <ConfirmWithdrawalPage language={token.language} action={`${WITHDRAWAL_PATH}/${c.req.param('token')}`} texts={WITHDRAWAL_TEXTS[token.language]} />;
      return c.html(htmlDocument(page));
    })
    .post('/:token', async (c) => {
      headers(c);
      if (isCrossSite(c.req.raw)) throw new HttpError(403, 'forbidden_origin', 'This form may be sent only from its own page.');
      const token = validToken(c);
      if (!token) return unavailable(c);
      const result = await withdrawApplication(deps.db, token.applicationId, deps.now());
      if (!result.withdrawn) return unavailable(c);
      if (result.queuedMail) deps.onQueued();
      c.set('outcome', 'withdrawn');
      return c.html(htmlDocument(<WithdrawnPage language={token.language} texts={WITHDRAWAL_TEXTS[token.language]} />));
    });
}
